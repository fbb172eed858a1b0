package org.diplograph.analysis;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.diplograph.store.StoreLocation;

/**
 * Who talked to whom, as a graph: the actors of the communication events and, between two of them, an edge
 * weighted by the number of events. Read with the saved query {@code communication-network}, so the picture
 * and the analyst's table agree.
 *
 * <pre>
 * Network n = Network.read(where, conn, Map.of("from", "2021-05-01"), Duration.ofSeconds(60));
 * </pre>
 */
public record Network(List<Actor> actors, List<Link> links) {
    public Network {
        actors = List.copyOf(actors);
        links = List.copyOf(links);
    }

    /** An actor: its IRI, canonical name and kind (Person, State, Organization). */
    public record Actor(String iri, String label, String kind) {
    }

    /** Two actors who communicated, the number of events and their classes (e.g. "Meeting, PhoneCall"). */
    public record Link(String source, String target, int weight, String classes) {
    }

    /** The network in the store, through the saved query with the given parameters. */
    public static Network read(StoreLocation where, RDFConnection conn, Map<String, String> params, Duration timeout)
            throws IOException {
        SavedQuery saved = SavedQuery.fromClasspath("communication-network").orElseThrow(
                () -> new IllegalStateException("The saved query communication-network is missing from the jar"));
        Query q = saved.bind(params);
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        Txn.executeRead(conn, () -> {
            try (QueryExecution qe = StoreQueries.execution(conn, where, q, timeout)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Actor a = new Actor(s.getResource("source").getURI(), s.getLiteral("sourceName").getLexicalForm(),
                            s.getLiteral("sourceKind").getLexicalForm());
                    Actor b = new Actor(s.getResource("target").getURI(), s.getLiteral("targetName").getLexicalForm(),
                            s.getLiteral("targetKind").getLexicalForm());
                    actors.putIfAbsent(a.iri(), a);
                    actors.putIfAbsent(b.iri(), b);
                    links.add(new Link(a.iri(), b.iri(), s.getLiteral("weight").getInt(),
                            s.getLiteral("classes").getLexicalForm()));
                }
            }
        });
        return new Network(new ArrayList<>(actors.values()), links);
    }
}
