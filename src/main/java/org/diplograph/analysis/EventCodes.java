package org.diplograph.analysis;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.rdf.Dip;

/**
 * The CAMEO code and PLOVER type of each event class, as the ontology annotates them ({@code dip:cameoCode},
 * {@code dip:ploverType}); a class without its own inherits its nearest superclass's.
 *
 * <pre>
 * EventCodes codes = EventCodes.fromClasspath();
 * codes.cameo(Dip.NS + "PhoneCall");   // e.g. "040"
 * </pre>
 */
public final class EventCodes {
    /** Where the ontology is packed in the jar. */
    public static final String ONTOLOGY_RESOURCE = "ontology/diplomacy.ttl";

    static final Node CAMEO_CODE = Dip.term("cameoCode");
    static final Node PLOVER_TYPE = Dip.term("ploverType");
    private static final Node SUBCLASS_OF = NodeFactory.createURI(Dip.RDFS + "subClassOf");

    private final Graph ontology;
    private final Map<String, Optional<String>> cameo = new HashMap<>();
    private final Map<String, Optional<String>> plover = new HashMap<>();

    private EventCodes(Graph ontology) {
        this.ontology = ontology;
    }

    /** The codes in an ontology graph. */
    public static EventCodes from(Graph ontology) {
        return new EventCodes(ontology);
    }

    /** The codes of the ontology packed in the jar; none when it isn't there. */
    public static EventCodes fromClasspath() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = EventCodes.class.getClassLoader().getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in != null) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + ONTOLOGY_RESOURCE + " from the classpath: " + e.getMessage(), e);
        }
        return new EventCodes(g);
    }

    /** True when the ontology gives any code at all. */
    public boolean isEmpty() {
        return !ontology.contains(Node.ANY, CAMEO_CODE, Node.ANY) && !ontology.contains(Node.ANY, PLOVER_TYPE, Node.ANY);
    }

    /** The CAMEO code of the event class (its IRI), or empty. */
    public synchronized Optional<String> cameo(String classIri) {
        return cameo.computeIfAbsent(classIri, c -> lookUp(NodeFactory.createURI(c), CAMEO_CODE, new HashSet<>()));
    }

    /** The PLOVER event type of the event class (its IRI), or empty. */
    public synchronized Optional<String> plover(String classIri) {
        return plover.computeIfAbsent(classIri, c -> lookUp(NodeFactory.createURI(c), PLOVER_TYPE, new HashSet<>()));
    }

    private Optional<String> lookUp(Node cls, Node property, Set<Node> seen) {
        if (!seen.add(cls)) {
            return Optional.empty();
        }
        var own = ontology.find(cls, property, Node.ANY);
        try {
            if (own.hasNext()) {
                return Optional.of(text(own.next().getObject()));
            }
        } finally {
            own.close();
        }
        for (Triple t : ontology.find(cls, SUBCLASS_OF, Node.ANY).toList()) {
            if (t.getObject().isURI()) {
                Optional<String> inherited = lookUp(t.getObject(), property, seen);
                if (inherited.isPresent()) {
                    return inherited;
                }
            }
        }
        return Optional.empty();
    }

    /** A literal's text, or an IRI's local name (PLOVER types may be given as terms). */
    private static String text(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isURI()) {
            String iri = n.getURI();
            int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
            return iri.substring(cut + 1);
        }
        return n.toString();
    }
}
