package org.diplograph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.system.Txn;
import org.diplograph.store.StoreLocation;

/**
 * The events table: one row per event, in the shape analysts load event data into pandas or R, with column
 * names close to GDELT's and ICEWS's where they mean the same (Source = the agent, Target = the target,
 * CAMEO_Code, PLOVER_Type; Source_CAMEO and Target_CAMEO are GDELT's Actor1Code and Actor2Code). The codes are the
 * event's own, as the coder wrote them; an event of an older store without them gets its class's codes. An event with several agents or targets keeps one row; its names, countries and
 * IRIs are joined with "; " in the same order, so the n-th name goes with the n-th IRI.
 *
 * <pre>
 * new EventTable(EventCodes.fromClasspath()).write(where, conn, EventTable.Separator.CSV, System.out, timeout);
 * </pre>
 */
public final class EventTable {
    public static final List<String> COLUMNS = List.of("Event_ID", "Event_Date", "Event_Type", "CAMEO_Code",
            "PLOVER_Type", "PLOVER_Mode", "PLOVER_Context", "Source_Name", "Source_Country", "Source_CAMEO",
            "Source_IRI", "Target_Name", "Target_Country", "Target_CAMEO", "Target_IRI", "Object", "Venue", "Modality",
            "Trigger", "Sentence", "Article_Title", "Article_Date", "Article_URL", "Article_IRI");

    private static final String QUERY_RESOURCE = "org/diplograph/analysis/events-table.rq";
    private static final String FIELD = "\u001F";
    private static final String RECORD = "\u001E";

    public enum Separator {
        CSV(','), TSV('\t');

        final char ch;

        Separator(char ch) {
            this.ch = ch;
        }
    }

    private final EventCodes codes;

    public EventTable(EventCodes codes) {
        this.codes = codes;
    }

    /** The query behind the table (the parties packed into one cell each). */
    public static Query query() {
        try (InputStream in = EventTable.class.getClassLoader().getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The events query " + QUERY_RESOURCE + " is missing from the classpath");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + QUERY_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Writes the header and one row per event in the store; returns the number of events. */
    public int write(StoreLocation where, RDFConnection conn, Separator sep, PrintStream out, Duration timeout) {
        int[] count = {0};
        Txn.executeRead(conn, () -> {
            try (QueryExecution qe = StoreQueries.execution(conn, where, query(), timeout)) {
                ResultSet rs = qe.execSelect();
                out.println(line(COLUMNS, sep));
                while (rs.hasNext()) {
                    out.println(line(row(rs.next()), sep));
                    count[0]++;
                }
            }
        });
        out.flush();
        return count[0];
    }

    /** The cells of one event's row, in the order of {@link #COLUMNS}. */
    List<String> row(QuerySolution s) {
        String type = iri(s.get("type"));
        List<String[]> agents = parties(text(s.get("agents")));
        List<String[]> targets = parties(text(s.get("targets")));
        String sentences = records(text(s.get("sentences"))).stream()
                .map(r -> r.split(FIELD, 2))
                .filter(r -> r.length == 2)
                .sorted(Comparator.comparingLong(r -> parseLong(r[0])))
                .map(r -> r[1])
                .collect(Collectors.joining(" "));
        return List.of(
                iri(s.get("event")),
                text(s.get("date")),
                localName(type),
                s.contains("cameo") ? text(s.get("cameo")) : codes.cameo(type).orElse(""),
                s.contains("cameo") ? text(s.get("plover")) : codes.plover(type).orElse(""),
                text(s.get("mode")),
                text(s.get("context")),
                join(agents, 0), join(agents, 2), join(agents, 3), join(agents, 1),
                join(targets, 0), join(targets, 2), join(targets, 3), join(targets, 1),
                text(s.get("object")),
                text(s.get("venue")),
                localName(iri(s.get("mod"))),
                text(s.get("trigger")),
                sentences,
                text(s.get("title")),
                text(s.get("published")),
                text(s.get("url")),
                iri(s.get("article")));
    }

    private static List<String[]> parties(String packed) {
        List<String[]> parties = new ArrayList<>();
        for (String r : records(packed)) {
            String[] f = r.split(FIELD, -1);
            parties.add(new String[] {f[0], f.length > 1 ? f[1] : "", f.length > 2 ? f[2] : "", f.length > 3 ? f[3] : ""});
        }
        parties.sort(Comparator.comparing((String[] p) -> p[0]).thenComparing(p -> p[1]));
        return parties;
    }

    private static List<String> records(String packed) {
        if (packed.isEmpty()) {
            return List.of();
        }
        return List.of(packed.split(RECORD));
    }

    private static String join(List<String[]> parties, int field) {
        return parties.stream().map(p -> p[field]).collect(Collectors.joining("; "));
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String text(RDFNode n) {
        if (n == null) {
            return "";
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static String iri(RDFNode n) {
        return n != null && n.isURIResource() ? n.asResource().getURI() : text(n);
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** One line of CSV (RFC 4180 quoting) or TSV (tabs and line breaks inside a cell become spaces). */
    static String line(List<String> cells, Separator sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(sep.ch);
            }
            String c = cells.get(i);
            if (sep == Separator.TSV) {
                sb.append(c.replaceAll("[\\t\\r\\n]+", " "));
            } else if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
