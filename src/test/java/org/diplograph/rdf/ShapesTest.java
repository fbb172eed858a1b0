package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes accept the example of docs/ontology.md (output of the product) and reject broken variants of it;
 * the JSON-LD context covers the ontology and reads back the same triples.
 */
class ShapesTest {
    static final Path SHAPES = Path.of("ontology", "shapes.ttl");
    static final Path CONTEXT = Path.of("ontology", "context.jsonld");
    static final Path DOC = Path.of("docs", "ontology.md");
    static final String EVENT = "https://w3id.org/diplograph/id/event/bc2d742f6ee61192b52a30d8";
    static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/diplograph/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    static Shapes shapes;
    static String example;

    @BeforeAll
    static void load() throws IOException {
        shapes = Shapes.parse(RDFParser.source(SHAPES).toGraph());
        Matcher m = Pattern.compile("```turtle\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        assertTrue(m.find(), DOC + " has no ```turtle block");
        example = m.group(1);
    }

    static Graph exampleGraph() {
        return RDFParser.fromString(example, Lang.TURTLE).toGraph();
    }

    /** The example after a SPARQL update, validated; the report. */
    static ValidationReport broken(String update) {
        Graph g = exampleGraph();
        long before = g.size();
        UpdateAction.parseExecute(PREFIXES + update, g);
        assertTrue(g.size() != before || update.contains("INSERT"), "the update changed nothing: " + update);
        return ShaclValidator.get().validate(shapes, g);
    }

    static Set<String> focusNodes(ValidationReport r) {
        Set<String> nodes = new TreeSet<>();
        for (ReportEntry e : r.getEntries()) {
            nodes.add(e.focusNode().toString());
        }
        return nodes;
    }

    @Test
    void docs_example_conforms_01() {
        Graph g = exampleGraph();
        assertTrue(g.contains(NodeFactory.createURI(EVENT), RDF.type.asNode(), Dip.term("PhoneCall")));
        ValidationReport r = ShaclValidator.get().validate(shapes, g);
        assertTrue(r.conforms(), () -> "docs example does not conform: " + r.getEntries());
    }

    @Test
    void event_without_agent_01() {
        ValidationReport r = broken("DELETE WHERE { ?e dip:agent ?a }");
        assertFalse(r.conforms());
        assertEquals(Set.of(EVENT), focusNodes(r));
    }

    @Test
    void date_not_xsd_date_01() {
        ValidationReport plain = broken("DELETE { ?e dip:date ?d } INSERT { ?e dip:date \"2021-05-19\" } WHERE { ?e dip:date ?d }");
        assertFalse(plain.conforms());
        assertEquals(Set.of(EVENT), focusNodes(plain));
        ValidationReport badDay = broken("DELETE { ?e dip:date ?d } INSERT { ?e dip:date \"2021-02-30\"^^xsd:date } WHERE { ?e dip:date ?d }");
        assertFalse(badDay.conforms());
        ValidationReport twoDays = broken("INSERT { ?e dip:date \"2021-05-18\"^^xsd:date } WHERE { ?e dip:date ?d }");
        assertFalse(twoDays.conforms());
    }

    @Test
    void participants_are_agents_and_targets_01() {
        assertFalse(broken("DELETE { ?e dip:participant ?t } WHERE { ?e dip:target ?t }").conforms());
        assertFalse(broken("INSERT { ?e dip:participant <https://w3id.org/diplograph/id/state/il> } WHERE { ?e dip:agent ?a }").conforms());
    }

    @Test
    void event_type_and_modality_01() {
        assertFalse(broken("INSERT { ?e a dip:Meeting } WHERE { ?e a dip:PhoneCall }").conforms());
        assertFalse(broken("DELETE { ?e a dip:PhoneCall } INSERT { ?e a dip:Event } WHERE { ?e a dip:PhoneCall }").conforms());
        assertFalse(broken("DELETE { ?e dip:modality ?m } INSERT { ?e dip:modality dip:Likely } WHERE { ?e dip:modality ?m }").conforms());
        assertFalse(broken("DELETE WHERE { ?e dip:modality ?m }").conforms());
        // events are closed: a misspelt property is caught
        assertFalse(broken("INSERT { ?e dip:agents ?a } WHERE { ?e dip:agent ?a }").conforms());
    }

    @Test
    void provenance_01() {
        assertFalse(broken("DELETE WHERE { ?e prov:wasDerivedFrom ?s }").conforms());
        // the anchor must be the article's text between the offsets
        ValidationReport shifted = broken("DELETE { ?s nif:beginIndex ?b } INSERT { ?s nif:beginIndex 21 } WHERE { ?s a nif:Sentence ; nif:beginIndex ?b }");
        assertFalse(shifted.conforms());
        assertTrue(shifted.getEntries().stream().anyMatch(e -> e.message().contains("nif:anchorOf")), () -> shifted.getEntries().toString());
        assertFalse(broken("DELETE { ?s nif:endIndex ?x } INSERT { ?s nif:endIndex 20 } WHERE { ?s a nif:Sentence ; nif:endIndex ?x }").conforms());
    }

    @Test
    void actors_and_articles_01() {
        assertFalse(broken("INSERT { ?a rdfs:label \"Joseph R. Biden\" } WHERE { ?e dip:agent ?a }").conforms());
        assertFalse(broken("DELETE { ?a a dip:Person } WHERE { ?e dip:agent ?a }").conforms());
        assertFalse(broken("INSERT { ?a skos:altLabel ?l } WHERE { ?e dip:agent ?a . ?a rdfs:label ?l }").conforms());
        assertFalse(broken("DELETE { ?s dip:isoCode ?c } INSERT { ?s dip:isoCode \"USA\" } WHERE { ?s dip:isoCode ?c }").conforms());
        assertFalse(broken("DELETE WHERE { ?o dip:title ?t }").conforms());
        assertFalse(broken("DELETE { ?a dcterms:issued ?d } INSERT { ?a dcterms:issued \"20 May 2021\" } WHERE { ?a dcterms:issued ?d }").conforms());
    }

    @Test
    void jsonld_context_covers_the_ontology_01() throws IOException {
        Graph ontology = RDFParser.source(OntologyTest.ONTOLOGY).toGraph();
        Set<String> declared = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Dip.NS)) {
                declared.add(t.getSubject().getURI());
            }
        });
        // each dip: term is mapped under its own local name
        String context = Files.readString(CONTEXT);
        Matcher terms = Pattern.compile("\"(\\w+)\":\\s*(?:\\{ \"@id\": )?\"dip:(\\w+)\"").matcher(context);
        Set<String> mapped = new TreeSet<>();
        while (terms.find()) {
            assertEquals(terms.group(2), terms.group(1), "context.jsonld maps a term to another local name");
            mapped.add(Dip.NS + terms.group(2));
        }
        assertEquals(declared, mapped, "context.jsonld must map every dip: term of the ontology, and only those");
    }

    @Test
    void jsonld_context_reads_an_event_01() throws IOException {
        String context = Files.readString(CONTEXT).strip();
        String body = context.substring(1, context.length() - 1);
        String doc = "{" + body + """
                , "@graph": [ {
                  "id": "%s",
                  "type": "PhoneCall",
                  "agent": "https://w3id.org/diplograph/id/person/joe-biden",
                  "target": "https://w3id.org/diplograph/id/person/benjamin-netanyahu",
                  "participant": ["https://w3id.org/diplograph/id/person/joe-biden", "https://w3id.org/diplograph/id/person/benjamin-netanyahu"],
                  "date": "2021-05-19",
                  "modality": "Asserted",
                  "trigger": "telephone conversation",
                  "confidence": "0.859",
                  "cameoCode": "041",
                  "ploverType": "CONSULT",
                  "ploverMode": "phone",
                  "label": "PhoneCall: Joe Biden → Benjamin Netanyahu (2021-05-19)",
                  "wasDerivedFrom": "https://w3id.org/diplograph/id/article/t-e9aa1aef319a16e65923#char=20,133"
                } ] }
                """.formatted(EVENT);
        Graph fromJson = GraphFactory.createDefaultGraph();
        RDFParser.fromString(doc, Lang.JSONLD).parse(fromJson);
        Graph turtle = exampleGraph();
        List<Triple> expected = turtle.find(NodeFactory.createURI(EVENT), Node.ANY, Node.ANY).toList();
        assertEquals(expected.size(), fromJson.size(), () -> "JSON-LD gave " + fromJson);
        for (Triple t : expected) {
            assertTrue(fromJson.contains(t), () -> "JSON-LD lacks " + t + "; it gave " + fromJson);
        }
    }
}
