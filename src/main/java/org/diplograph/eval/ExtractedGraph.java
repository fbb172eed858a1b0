package org.diplograph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplograph.rdf.Dip;

/**
 * The events and actors of one article's extracted RDF, read back the way the reference scorer
 * (../shared/tools/score.py) reads the N-Triples of {@code extract}: what is scored is what users get.
 *
 * <pre>
 * ExtractedGraph g = new ExtractedGraph(triples);
 * List&lt;EventPair&gt; asserted = g.pairs("Asserted");
 * </pre>
 *
 * Design decision: the statements are kept as a list in output order, not in a Jena graph, because matching
 * is greedy in that order (the first extracted pair that fits a gold event takes it), and a graph does not
 * keep order. The list holds exactly the triples {@code extract --format ntriples} prints, in the same order.
 */
public final class ExtractedGraph {
    static final Set<String> ACTOR_KINDS = Set.of("Person", "State", "Organization");
    /** Most specific first: an event typed Meeting and Communication is a Meeting. */
    private static final List<String> PRIORITY = List.of("PhoneCall", "Meeting", "Visit", "Talks", "Consult",
            "Statement", "Support", "Oppose", "Block", "Propose", "Appeal", "Agree", "Reject", "Condemn",
            "Threaten", "Sanction", "Communication", "Event");

    private final Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
    private final Map<Node, List<String>> names = new LinkedHashMap<>();
    private final List<PredictedEvent> events = new ArrayList<>();

    /** An extracted event node: its most specific class, parties, date and modality. */
    public record PredictedEvent(Node node, String type, List<Party> agents, List<Party> targets, String date,
                                 String modality) {
    }

    public ExtractedGraph(List<Triple> triples) {
        for (Triple t : triples) {
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            if (t.getPredicate().equals(Dip.RDFS_LABEL) || t.getPredicate().equals(Dip.SKOS_ALT_LABEL)) {
                names.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(text(t.getObject()));
            }
        }
        for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
            Set<String> types = new LinkedHashSet<>();
            for (Node o : objects(e.getValue(), Dip.RDF_TYPE)) {
                String local = dipLocalName(o);
                if (local != null && GoldArticle.EVENT_TYPES.contains(local)) {
                    types.add(local);
                }
            }
            if (types.isEmpty()) {
                continue;
            }
            String type = PRIORITY.stream().filter(types::contains).findFirst().orElseThrow();
            List<Node> modality = objects(e.getValue(), Dip.MODALITY);
            List<Node> date = objects(e.getValue(), Dip.DATE);
            events.add(new PredictedEvent(e.getKey(), type, parties(e.getValue(), Dip.AGENT),
                    parties(e.getValue(), Dip.TARGET), date.isEmpty() ? null : text(date.get(0)),
                    modality.isEmpty() ? "Asserted" : localAfterNamespace(modality.get(0))));
        }
    }

    /** The event nodes, in the order the output first mentions them. */
    public List<PredictedEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The (class, agent, target) pairs of the events with this modality, or of every event when it is null;
     * a pair that repeats one already listed (same class and nodes) is left out.
     */
    public List<EventPair> pairs(String modality) {
        List<EventPair> out = new ArrayList<>();
        Set<List<Object>> seen = new LinkedHashSet<>();
        for (PredictedEvent e : events) {
            if (modality != null && !modality.equals(e.modality())) {
                continue;
            }
            List<Party> agents = e.agents().isEmpty() ? java.util.Collections.singletonList(null) : e.agents();
            List<Party> targets = e.targets().isEmpty() ? java.util.Collections.singletonList(null) : e.targets();
            for (Party a : agents) {
                for (Party t : targets) {
                    if (!seen.add(java.util.Arrays.asList(e.type(), a == null ? null : a.node(), t == null ? null : t.node()))) {
                        continue;
                    }
                    out.add(new EventPair(e.type(), a == null ? new Party(null, List.of()) : a, t, e.date(), e.modality(), e.node(),
                            sentenceOf(e.node())));
                }
            }
        }
        return out;
    }

    /** The text of the first sentence the event was read from (prov:wasDerivedFrom, nif:anchorOf), or null. */
    private String sentenceOf(Node event) {
        for (Node sentence : objects(bySubject.getOrDefault(event, List.of()), Dip.PROV_WAS_DERIVED_FROM)) {
            for (Node text : objects(bySubject.getOrDefault(sentence, List.of()), Dip.NIF_ANCHOR_OF)) {
                return text(text);
            }
        }
        return null;
    }

    /** Every node typed dip:Person, dip:State or dip:Organization, in output order. */
    public List<PredictedActor> actors() {
        List<PredictedActor> out = new ArrayList<>();
        for (Map.Entry<Node, List<Triple>> e : bySubject.entrySet()) {
            List<String> kinds = new ArrayList<>();
            for (Node o : objects(e.getValue(), Dip.RDF_TYPE)) {
                String local = dipLocalName(o);
                if (local != null && ACTOR_KINDS.contains(local) && !kinds.contains(local)) {
                    kinds.add(local);
                }
            }
            if (kinds.isEmpty()) {
                continue;
            }
            List<String> titles = new ArrayList<>();
            for (Node office : objects(e.getValue(), Dip.HOLDS_OFFICE)) {
                objects(bySubject.getOrDefault(office, List.of()), Dip.TITLE).forEach(t -> titles.add(text(t)));
            }
            List<String> countries = new ArrayList<>();
            for (Node country : objects(e.getValue(), Dip.COUNTRY)) {
                objects(bySubject.getOrDefault(country, List.of()), Dip.RDFS_LABEL).forEach(l -> countries.add(text(l)));
            }
            out.add(new PredictedActor(e.getKey(), names.getOrDefault(e.getKey(), List.of()), kinds, titles, countries));
        }
        return out;
    }

    private List<Party> parties(List<Triple> props, Node property) {
        List<Party> out = new ArrayList<>();
        for (Node n : objects(props, property)) {
            out.add(new Party(n, names.getOrDefault(n, List.of(text(n)))));
        }
        return out;
    }

    private static List<Node> objects(List<Triple> props, Node property) {
        List<Node> out = new ArrayList<>();
        for (Triple t : props) {
            if (t.getPredicate().equals(property)) {
                out.add(t.getObject());
            }
        }
        return out;
    }

    private static String dipLocalName(Node n) {
        return n.isURI() && n.getURI().startsWith(Dip.NS) ? n.getURI().substring(Dip.NS.length()) : null;
    }

    /** The part after the dip: namespace, whatever the IRI (the reference scorer cuts it the same way). */
    private static String localAfterNamespace(Node n) {
        String s = text(n);
        return s.length() > Dip.NS.length() ? s.substring(Dip.NS.length()) : "";
    }

    /** A literal's lexical form, an IRI's string, a blank node's N-Triples label. */
    private static String text(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isURI()) return n.getURI();
        return "_:" + n.getBlankNodeLabel();
    }
}
