package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.extract.knowledge.Tsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ontology file declares every term of the contract and every term the product writes, each documented. */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology", "diplomacy.ttl");

    /** The terms of /work/shared/spec/CONTRACT.md, section "Ontology", plus the ones the brief names. */
    static final List<String> CONTRACT_CLASSES = List.of(
            "Actor", "Person", "State", "Organization",
            "Event", "Communication", "PhoneCall", "Meeting", "Visit", "Talks", "Consult",
            "Statement", "Support", "Oppose", "Block", "Propose", "Appeal", "Agree", "Reject", "Condemn",
            "Threaten", "Sanction", "Article", "Matter", "Office", "Modality");
    static final List<String> CONTRACT_PROPERTIES = List.of(
            "agent", "target", "participant", "object", "venue", "date", "modality",
            "trigger", "office", "title", "country", "memberOf", "role", "isoCode");
    static final List<String> MODALITIES = List.of("Asserted", "Expected", "Negated", "Hypothetical");
    static final List<String> COMMUNICATIONS = List.of("PhoneCall", "Meeting", "Visit", "Talks", "Consult");
    static final List<String> OTHER_EVENTS = List.of("Statement", "Support", "Oppose", "Block", "Propose", "Appeal",
            "Agree", "Reject", "Condemn", "Threaten", "Sanction");
    static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    static final Node CAMEO_CODE = Dip.term("cameoCode");
    static final Node CAMEO_LABEL = Dip.term("cameoLabel");
    static final Node PLOVER_TYPE = Dip.term("ploverType");
    static final Node DEFINITION = SKOS.definition.asNode();

    static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(ONTOLOGY).parse(ontology);
    }

    @Test
    void ontology_header_01() {
        Node iri = NodeFactory.createURI("https://w3id.org/diplograph/ontology");
        assertTrue(ontology.contains(iri, RDF.type.asNode(), OWL.Ontology.asNode()));
        for (String p : List.of("http://www.w3.org/2002/07/owl#versionInfo", "http://purl.org/dc/terms/title",
                "http://purl.org/dc/terms/description", "http://purl.org/dc/terms/created", "http://purl.org/dc/terms/license")) {
            assertFalse(values(iri, NodeFactory.createURI(p)).isEmpty(), "The ontology header lacks <" + p + ">");
        }
    }

    @Test
    void contract_terms_declared_and_documented_01() {
        List<String> problems = new ArrayList<>();
        CONTRACT_CLASSES.forEach(c -> checkDeclared(c, OWL.Class.asNode(), problems));
        for (String p : CONTRACT_PROPERTIES) {
            Node n = Dip.term(p);
            if (!ontology.contains(n, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                    && !ontology.contains(n, RDF.type.asNode(), OWL.DatatypeProperty.asNode())) {
                problems.add("dip:" + p + " is not declared an owl:ObjectProperty or owl:DatatypeProperty");
            }
            checkDocumented(p, problems);
        }
        MODALITIES.forEach(m -> checkDeclared(m, Dip.term("Modality"), problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void event_hierarchy_01() {
        Node subClassOf = RDFS.subClassOf.asNode();
        assertTrue(ontology.contains(Dip.term("Communication"), subClassOf, Dip.term("Event")));
        COMMUNICATIONS.forEach(c -> assertTrue(ontology.contains(Dip.term(c), subClassOf, Dip.term("Communication")), c));
        OTHER_EVENTS.forEach(c -> assertTrue(ontology.contains(Dip.term(c), subClassOf, Dip.term("Event")), c));
        for (String c : List.of("Person", "State", "Organization")) {
            assertTrue(ontology.contains(Dip.term(c), subClassOf, Dip.term("Actor")), c);
        }
        assertTrue(ontology.contains(Dip.term("agent"), RDFS.subPropertyOf.asNode(), Dip.term("participant")));
        assertTrue(ontology.contains(Dip.term("target"), RDFS.subPropertyOf.asNode(), Dip.term("participant")));
        assertTrue(ontology.contains(Dip.term("date"), RDFS.range.asNode(), NodeFactory.createURI(Dip.XSD + "date")));
    }

    @Test
    void event_classes_carry_cameo_and_plover_01() {
        List<String> problems = new ArrayList<>();
        List<String> events = new ArrayList<>(COMMUNICATIONS);
        events.addAll(OTHER_EVENTS);
        events.add("Communication");
        for (String c : events) {
            Node n = Dip.term(c);
            List<String> codes = strings(n, CAMEO_CODE);
            List<String> labels = strings(n, CAMEO_LABEL);
            if (codes.isEmpty()) {
                problems.add("dip:" + c + " has no dip:cameoCode");
            }
            codes.stream().filter(code -> !code.matches("\\d{2,4}")).forEach(code -> problems.add("dip:" + c + " has a malformed CAMEO code '" + code + "'"));
            Set<String> labelled = labels.stream().map(l -> l.substring(0, Math.max(0, l.indexOf(':')))).collect(Collectors.toSet());
            if (!labelled.equals(Set.copyOf(codes))) {
                problems.add("dip:" + c + " has CAMEO codes " + codes + " but labels " + labels);
            }
            List<String> plover = strings(n, PLOVER_TYPE);
            plover.stream().filter(p -> !PLOVER_TYPES.contains(p)).forEach(p -> problems.add("dip:" + c + " has an unknown PLOVER type '" + p + "'"));
            if (plover.isEmpty() && !c.equals("Statement")) {
                problems.add("dip:" + c + " has no dip:ploverType");
            }
        }
        assertEquals(List.of(), problems);
        // PLOVER dropped public statements: the class says so instead of carrying a made-up type
        assertEquals(List.of(), strings(Dip.term("Statement"), PLOVER_TYPE));
        assertTrue(strings(Dip.term("Statement"), SKOS.scopeNote.asNode()).stream().anyMatch(s -> s.contains("PLOVER")));
        assertEquals(List.of("041"), strings(Dip.term("PhoneCall"), CAMEO_CODE));
        assertEquals(List.of("129"), strings(Dip.term("Block"), CAMEO_CODE));
    }

    @Test
    void terms_of_Dip_are_declared_01() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Field f : Dip.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.isURI() && n.getURI().startsWith(Dip.NS)) {
                    checkAnyDeclaration(n.getURI().substring(Dip.NS.length()), problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void terms_written_by_the_mapper_are_declared_01() {
        Set<String> names = new TreeSet<>();
        for (EventType t : EventType.values()) {
            names.add(t.localName());
        }
        for (Modality m : Modality.values()) {
            names.add(m.localName());
        }
        for (ActorKind k : ActorKind.values()) {
            names.add(k.className());
        }
        // the finer organization kinds, written as rdf:type
        for (Tsv.Row row : Tsv.read("knowledge/organizations.tsv")) {
            names.add(row.get("type"));
        }
        names.add("GovernmentBody");
        List<String> problems = new ArrayList<>();
        names.forEach(n -> checkAnyDeclaration(n, problems));
        for (ActorKind k : ActorKind.values()) {
            assertTrue(ontology.contains(Dip.term(k.className()), RDFS.subClassOf.asNode(), Dip.term("Actor")), k.className());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void every_term_of_the_namespace_is_documented_01() {
        Set<String> terms = new TreeSet<>();
        ontology.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Dip.NS)) {
                terms.add(t.getSubject().getURI().substring(Dip.NS.length()));
            }
        });
        assertTrue(terms.size() >= 50, "too few terms found: " + terms);
        List<String> problems = new ArrayList<>();
        terms.forEach(t -> checkDocumented(t, problems));
        assertEquals(List.of(), problems);
    }

    private static void checkDeclared(String localName, Node type, List<String> problems) {
        if (!ontology.contains(Dip.term(localName), RDF.type.asNode(), type)) {
            problems.add("dip:" + localName + " is not declared a " + type);
        }
        checkDocumented(localName, problems);
    }

    private static void checkAnyDeclaration(String localName, List<String> problems) {
        if (values(Dip.term(localName), RDF.type.asNode()).isEmpty()) {
            problems.add("dip:" + localName + " is written by the product but not declared in " + ONTOLOGY);
        } else {
            checkDocumented(localName, problems);
        }
    }

    private static void checkDocumented(String localName, List<String> problems) {
        Node n = Dip.term(localName);
        boolean englishLabel = values(n, RDFS.label.asNode()).stream()
                .anyMatch(l -> l.isLiteral() && l.getLiteralLanguage().equals("en") && !l.getLiteralLexicalForm().isBlank());
        if (!englishLabel) {
            problems.add("dip:" + localName + " has no rdfs:label@en");
        }
        if (strings(n, DEFINITION).isEmpty()) {
            problems.add("dip:" + localName + " has no skos:definition");
        }
    }

    private static List<Node> values(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static List<String> strings(Node s, Node p) {
        return values(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().toList();
    }
}
