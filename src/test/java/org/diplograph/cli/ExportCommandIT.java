package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.analysis.ExampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each export format, read back with Jena RIOT, gives the store's statements. */
class ExportCommandIT {
    static final String ARTICLE_001 = "https://w3id.org/diplograph/id/article/001-gaza-ceasefire-diplomacy";

    @TempDir
    Path dir;

    static Set<Quad> storeQuads(Node graph) {
        Dataset ds = TDB2Factory.connectDataset(ExampleStore.database().toString());
        return Txn.calculateRead(ds, () -> {
            Set<Quad> quads = new HashSet<>();
            ds.asDatasetGraph().find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    DatasetGraph export(String format, Lang lang, String... more) throws IOException {
        Path file = dir.resolve("export." + format);
        String[] base = {"export", "--db", ExampleStore.database().toString(), "--format", format, "-o", file.toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(more)).toArray(String[]::new);
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.size(file) > 0);
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.source(file).lang(lang).parse(back);
        return back;
    }

    static Set<Quad> quads(DatasetGraph dsg) {
        Set<Quad> quads = new HashSet<>();
        dsg.find().forEachRemaining(quads::add);
        return quads;
    }

    @Test
    void turtle_holds_each_statement_of_the_union_once_with_the_ontology_prefixes() throws IOException {
        DatasetGraph back = export("turtle", Lang.TURTLE);
        Set<Triple> expected = new HashSet<>();
        storeQuads(null).forEach(q -> expected.add(q.asTriple()));
        Set<Triple> got = new HashSet<>();
        back.getDefaultGraph().find().forEachRemaining(got::add);
        assertEquals(expected.size(), back.getDefaultGraph().size());
        assertEquals(expected, got);
        assertEquals("https://w3id.org/diplograph/ontology#", back.getDefaultGraph().getPrefixMapping().getNsPrefixURI("dip"));
        Cli.Run run = Cli.run("export", "--db", ExampleStore.database().toString(), "--format", "turtle");
        assertTrue(run.err().contains("diplograph export: " + expected.size() + " triples"), "each statement written once: " + run.err());
        String text = Files.readString(dir.resolve("export.turtle"));
        assertTrue(text.contains("dip:PhoneCall"), "prefixed names are used");
    }

    @Test
    void trig_and_nquads_keep_every_article_graph() throws IOException {
        Set<Quad> expected = storeQuads(null);
        DatasetGraph trig = export("trig", Lang.TRIG);
        assertEquals(expected, quads(trig));
        assertEquals(5, trig.size(), "one graph per example article");
        assertEquals(expected, quads(export("nquads", Lang.NQUADS)));
    }

    @Test
    void jsonld_keeps_every_article_graph() throws IOException {
        DatasetGraph back = export("jsonld", Lang.JSONLD);
        assertEquals(storeQuads(null), quads(back));
    }

    @Test
    void one_graph_with_graph_in_every_format() throws IOException {
        Node g = NodeFactory.createURI(ARTICLE_001);
        Set<Quad> expected = storeQuads(g);
        assertTrue(expected.size() > 100);
        assertEquals(expected, quads(export("trig", Lang.TRIG, "--graph", ARTICLE_001)));
        assertEquals(expected, quads(export("nquads", Lang.NQUADS, "--graph", ARTICLE_001)));
        assertEquals(expected, quads(export("jsonld", Lang.JSONLD, "--graph", ARTICLE_001)));
        assertEquals(expected.size(), export("turtle", Lang.TURTLE, "--graph", ARTICLE_001).getDefaultGraph().size());
    }

    @Test
    void an_unknown_graph_exports_nothing_and_says_so() {
        Cli.Run run = Cli.run("export", "--db", ExampleStore.database().toString(), "--format", "nquads",
                "--graph", "https://w3id.org/diplograph/id/article/none");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no graph named https://w3id.org/diplograph/id/article/none"), run.err());
        assertEquals(2, Cli.run("export", "--db", ExampleStore.database().toString(), "--graph", "not an iri").exit());
    }

    @Test
    void export_to_standard_output_carries_only_data() {
        Cli.Run run = Cli.run("export", "--db", ExampleStore.database().toString(), "--format", "nquads");
        assertEquals(0, run.exit(), run.err());
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(run.out(), Lang.NQUADS).parse(back);
        assertEquals(storeQuads(null).size(), quads(back).size());
        assertTrue(run.err().contains("quads"), run.err());
    }
}
