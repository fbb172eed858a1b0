package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.nlp.NlpModels;
import org.diplograph.source.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The names a person reads on an actor: its label, and every other spelling the text or the knowledge gives. */
class ActorLabelsIT {

    static Extractor extractor;
    static RdfMapper mapper;

    @BeforeAll
    static void load() {
        Knowledge knowledge = Knowledge.fromClasspath();
        extractor = new Extractor(NlpModels.fromClasspath(), knowledge);
        mapper = new RdfMapper(knowledge);
    }

    static Graph graphOf(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        mapper.write(extractor.extract(new Article("labels-test", null, null, LocalDate.of(2023, 5, 1), null, text, "test")),
                StreamRDFLib.graph(g), false);
        return g;
    }

    static Set<String> literals(Graph g, String iri, Node property) {
        return g.stream(NodeFactory.createURI(iri), property, Node.ANY).map(t -> t.getObject().getLiteralLexicalForm())
                .collect(Collectors.toSet());
    }

    @Test
    void a_listed_person_carries_the_spellings_the_knowledge_lists_beside_the_one_in_the_text() {
        Graph g = graphOf("Erdogan met Prime Minister Muhammad Shehbaz Sharif in Ankara on Monday.\n");
        String erdogan = "https://w3id.org/diplograph/id/person/recep-tayyip-erdogan";
        assertEquals(Set.of("Recep Tayyip Erdogan"), literals(g, erdogan, Dip.RDFS_LABEL));
        Set<String> alt = literals(g, erdogan, Dip.SKOS_ALT_LABEL);
        assertTrue(alt.containsAll(Set.of("Erdogan", "Tayyip Erdogan", "Recep Tayyip Erdoğan")), alt.toString());
        // the full name of an official text is the same person, not a new one
        String sharif = "https://w3id.org/diplograph/id/person/shehbaz-sharif";
        assertEquals(Set.of("Shehbaz Sharif"), literals(g, sharif, Dip.RDFS_LABEL));
        assertTrue(literals(g, sharif, Dip.SKOS_ALT_LABEL).contains("Muhammad Shehbaz Sharif"));
    }

    @Test
    void a_monarch_is_also_named_with_the_title_news_gives_the_name() {
        Graph g = graphOf("King Abdullah II received the Iraqi foreign minister in Amman on Monday.\n");
        Set<String> alt = literals(g, "https://w3id.org/diplograph/id/person/abdullah-ii", Dip.SKOS_ALT_LABEL);
        assertTrue(alt.contains("King Abdullah II"), alt.toString());
    }
}
