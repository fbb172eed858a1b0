package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.nlp.NlpModels;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the real pipeline (OpenNLP models, gazetteer, mapper) writes conforms to ontology/shapes.ttl. */
class ShapesIT {
    static final Path CORPUS_001 = Path.of("..", "shared", "corpus", "dev", "001-gaza-ceasefire-diplomacy.txt");
    static final Path EXAMPLE_001 = Path.of("examples", "001-gaza-ceasefire-diplomacy.json");
    static final Path EXAMPLES = Path.of("examples");

    static Shapes shapes;
    static Extractor extractor;
    static RdfMapper mapper;

    @BeforeAll
    static void load() {
        shapes = Shapes.parse(RDFParser.source(ShapesTest.SHAPES).toGraph());
        Knowledge knowledge = Knowledge.fromClasspath();
        extractor = new Extractor(NlpModels.fromClasspath(), knowledge);
        mapper = new RdfMapper(knowledge);
    }

    static List<Article> read(Path file) {
        List<Article> articles = new ArrayList<>();
        List<Object> problems = new ArrayList<>();
        new ArticleReader().read(file, articles::add, problems::add);
        assertEquals(List.of(), problems, "reading " + file);
        assertFalse(articles.isEmpty(), "no article in " + file);
        return articles;
    }

    /** Article 001 from the shared corpus when present (published 2021-05-20), else its copy in examples/. */
    static Article article001() {
        if (Files.isRegularFile(CORPUS_001)) {
            return read(CORPUS_001).get(0).withPublished(LocalDate.of(2021, 5, 20));
        }
        return read(EXAMPLE_001).get(0);
    }

    static Graph graphOf(Article article) {
        Graph g = GraphFactory.createDefaultGraph();
        mapper.write(extractor.extract(article), StreamRDFLib.graph(g), false);
        return g;
    }

    static void assertConforms(Graph g, String what) {
        ValidationReport r = ShaclValidator.get().validate(shapes, g);
        if (!r.conforms()) {
            ShLib.printReport(r);
        }
        assertTrue(r.conforms(), () -> what + " does not conform to " + ShapesTest.SHAPES + ": " + r.getEntries().size()
                + " violations, first " + r.getEntries().iterator().next());
    }

    static long count(Graph g, Node type) {
        return g.stream(Node.ANY, RDF.type.asNode(), type).count();
    }

    @Test
    void article_001_conforms_01() {
        Graph g = graphOf(article001());
        assertTrue(count(g, Dip.term("PhoneCall")) >= 1, "article 001 should give the Biden-Netanyahu call");
        assertTrue(g.stream(Node.ANY, Dip.DATE, Node.ANY).count() >= 1, "article 001 should give a dated event");
        assertConforms(g, "article 001");
    }

    @Test
    void examples_conform_per_graph_and_merged_01() throws IOException {
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        List<Path> files;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            files = s.filter(ArticleReader::isArticleFile).sorted().toList();
        }
        assertTrue(files.size() >= 5, "examples/ should hold at least five articles: " + files);
        for (Path f : files) {
            for (Article a : read(f)) {
                mapper.write(extractor.extract(a), StreamRDFLib.dataset(all), true);
            }
        }
        List<Node> graphs = new ArrayList<>();
        all.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(files.size(), graphs.size(), "one named graph per article");
        Graph merged = GraphFactory.createDefaultGraph();
        long events = 0;
        for (Node name : graphs) {
            Graph g = all.getGraph(name);
            assertTrue(g.contains(name, RDF.type.asNode(), Dip.ARTICLE), "the graph " + name + " is named after its article");
            assertConforms(g, "graph " + name);
            events += g.stream(Node.ANY, Dip.MODALITY, Node.ANY).count();
            g.find().forEachRemaining(merged::add);
        }
        assertTrue(events >= 10, "the examples should give at least 10 events, gave " + events);
        // the same actor is one node across articles: merged graphs must conform too
        assertConforms(merged, "the merged examples");
    }

    @Test
    void offsets_count_characters_not_utf16_units_01() {
        // an emoji is two UTF-16 units but one character: NIF offsets (RFC 5147) and SPARQL count characters
        String text = "Washington. May 20.\nBreaking \uD83D\uDEA8 news today.\n"
                + "US President Joe Biden held a telephone conversation with Israeli Prime Minister Benjamin Netanyahu on Wednesday.\n";
        Article a = new Article("emoji-test", null, null, LocalDate.of(2021, 5, 20), null, text, "test");
        Graph g = graphOf(a);
        Node sentence = g.stream(Node.ANY, RDF.type.asNode(), Dip.NIF_SENTENCE).findFirst().orElseThrow().getSubject();
        int begin = text.indexOf("US President");
        assertEquals(String.valueOf(begin - 1), g.stream(sentence, Dip.NIF_BEGIN, Node.ANY).findFirst().orElseThrow()
                .getObject().getLiteralLexicalForm());
        assertTrue(sentence.getURI().endsWith("#char=" + (begin - 1) + "," + (text.strip().length() - 1)), sentence.getURI());
        assertConforms(g, "an article with an emoji");
    }

    @Test
    void broken_output_does_not_conform_01() {
        Graph g = graphOf(article001());
        Node call = g.stream(Node.ANY, RDF.type.asNode(), Dip.term("PhoneCall")).findFirst().orElseThrow().getSubject();

        Graph noAgent = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(noAgent::add);
        noAgent.remove(call, Dip.AGENT, Node.ANY);
        ValidationReport r1 = ShaclValidator.get().validate(shapes, noAgent);
        assertFalse(r1.conforms(), "an event without dip:agent must not conform");
        assertTrue(r1.getEntries().stream().anyMatch(e -> e.focusNode().equals(call)));

        Graph badDate = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(badDate::add);
        UpdateAction.parseExecute("""
                PREFIX dip: <https://w3id.org/diplograph/ontology#>
                DELETE { ?e dip:date ?d } INSERT { ?e dip:date "Wednesday" } WHERE { ?e dip:date ?d }
                """, badDate);
        ValidationReport r2 = ShaclValidator.get().validate(shapes, badDate);
        assertFalse(r2.conforms(), "a dip:date that is not an xsd:date must not conform");
        assertTrue(r2.getEntries().stream().anyMatch(e -> e.resultPath().toString().contains(Dip.DATE.getURI())),
                () -> "the violation should be on dip:date: " + r2.getEntries());
    }
}
