package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.analysis.ExampleStore;
import org.junit.jupiter.api.Test;

/** Every saved query, through the query command, against the store built from examples/. */
class QueryCommandIT {
    static final String BLINKEN = "https://w3id.org/diplograph/id/person/antony-blinken";
    static final String ASHKENAZI = "https://w3id.org/diplograph/id/person/gabi-ashkenazi";
    static final String ARTICLE_001 = "https://w3id.org/diplograph/id/article/001-gaza-ceasefire-diplomacy";

    /** Runs a query with --format json and returns its rows as variable -> lexical form or IRI. */
    static List<Map<String, String>> rows(String name, String... params) {
        List<String> args = new ArrayList<>(List.of("query", name, "--db", ExampleStore.database().toString(), "--format", "json"));
        for (String p : params) {
            args.add("--param");
            args.add(p);
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    static boolean has(List<Map<String, String>> rows, Map<String, String> wanted) {
        return rows.stream().anyMatch(r -> wanted.entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))));
    }

    @Test
    void who_talked_to_whom_has_the_ashkenazi_blinken_phone_call_of_article_001() {
        List<Map<String, String>> rows = rows("who-talked-to-whom");
        assertTrue(has(rows, Map.of("class", "PhoneCall", "agentName", "Gabi Ashkenazi", "targetName", "Antony Blinken",
                "agent", ASHKENAZI, "target", BLINKEN, "article", ARTICLE_001, "modality", "Asserted")), rows.toString());
        assertTrue(has(rows, Map.of("class", "Meeting", "agentName", "Xi Jinping", "targetName", "Antony Blinken", "date", "2023-06-19")));
        assertTrue(rows.stream().allMatch(r -> List.of("PhoneCall", "Meeting", "Visit", "Talks", "Consult").contains(r.get("class"))));
    }

    @Test
    void who_talked_to_whom_by_alternative_label_in_any_case_keeps_only_that_actor() {
        List<Map<String, String>> rows = rows("who-talked-to-whom", "actor=blinken");
        assertTrue(has(rows, Map.of("agentName", "Gabi Ashkenazi", "targetName", "Antony Blinken")));
        assertTrue(rows.stream().allMatch(r -> r.get("agent").equals(BLINKEN) || r.get("target").equals(BLINKEN)), rows.toString());
        assertEquals(rows, rows("who-talked-to-whom", "actorIri=" + BLINKEN));
    }

    @Test
    void who_talked_to_whom_in_a_date_range_keeps_dated_events_inside_it() {
        List<Map<String, String>> rows = rows("who-talked-to-whom", "from=2023-01-01", "to=2023-12-31");
        assertTrue(has(rows, Map.of("agentName", "Xi Jinping", "targetName", "Antony Blinken", "date", "2023-06-19")));
        assertTrue(rows.stream().allMatch(r -> r.get("date").startsWith("2023-")), rows.toString());
    }

    @Test
    void actor_timeline_lists_the_actors_events_with_roles_and_parties() {
        List<Map<String, String>> rows = rows("actor-timeline", "actor=Antony Blinken");
        assertTrue(has(rows, Map.of("class", "PhoneCall", "role", "target", "with", "Gabi Ashkenazi", "article", ARTICLE_001)));
        assertTrue(has(rows, Map.of("class", "Meeting", "role", "target", "with", "Xi Jinping", "date", "2023-06-19")));
        assertTrue(rows.stream().allMatch(r -> r.get("actorName").equals("Antony Blinken")));
    }

    @Test
    void actor_contacts_counts_the_communications_per_contact() {
        List<Map<String, String>> rows = rows("actor-contacts", "actor=Blinken", "from=2023-01-01", "to=2023-12-31");
        assertTrue(has(rows, Map.of("contactName", "Xi Jinping", "events", "1", "classes", "Meeting",
                "first", "2023-06-19", "last", "2023-06-19")), rows.toString());
        assertFalse(has(rows, Map.of("contactName", "Gabi Ashkenazi")), "an undated call is outside any date range");
        assertTrue(has(rows("actor-contacts", "actor=Blinken"), Map.of("contactName", "Gabi Ashkenazi", "classes", "PhoneCall")));
    }

    @Test
    void stances_show_the_us_blocking_the_french_initiative_in_the_security_council() {
        List<Map<String, String>> rows = rows("stances", "venue=UN Security Council");
        assertTrue(has(rows, Map.of("stance", "Block", "actorName", "United States", "initiative", "the French initiative",
                "towards", "France", "venueName", "United Nations Security Council")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("venueName").equals("United Nations Security Council")));
        assertTrue(has(rows("stances"), Map.of("stance", "Propose", "actorName", "France", "date", "2021-05-19")));
        assertTrue(has(rows("stances", "object=french"), Map.of("stance", "Block")));
    }

    @Test
    void offices_and_counterparts_pair_israels_foreign_minister_with_the_us_secretary_of_state() {
        List<Map<String, String>> rows = rows("offices-and-counterparts", "country=IL");
        assertTrue(has(rows, Map.of("personName", "Gabi Ashkenazi", "officeName", "Foreign Minister (Israel)",
                "counterpartName", "Antony Blinken", "counterpartOffice", "Secretary of State (United States)",
                "counterpartCountry", "United States", "events", "1")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("countryName").equals("Israel")), rows.toString());
    }

    @Test
    void communication_network_weighs_each_pair_once() {
        List<Map<String, String>> rows = rows("communication-network");
        assertTrue(has(rows, Map.of("source", BLINKEN, "target", ASHKENAZI, "weight", "1", "classes", "PhoneCall",
                "sourceKind", "Person", "targetKind", "Person")), rows.toString());
        assertEquals(rows.size(), rows.stream().map(r -> r.get("source") + " " + r.get("target")).distinct().count());
        assertTrue(rows.stream().allMatch(r -> r.get("source").compareTo(r.get("target")) < 0));
    }

    @Test
    void event_evidence_gives_the_sentences_and_article_of_an_event() {
        String call = rows("who-talked-to-whom", "actor=Ashkenazi").stream()
                .filter(r -> r.get("class").equals("PhoneCall")).findFirst().orElseThrow().get("event");
        List<Map<String, String>> rows = rows("event-evidence", "event=" + call);
        assertTrue(has(rows, Map.of("begin", "20", "article", ARTICLE_001, "published", "2021-05-20")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("sentence").startsWith(
                "Israeli Foreign Minister Gabi Ashkenazi told US Secretary of State Anthony Blinken during a telephone conversation")));
        assertTrue(rows.stream().allMatch(r -> r.get("id").equals(call)));
    }

    @Test
    void country_statements_gives_what_israels_officials_said() {
        List<Map<String, String>> rows = rows("country-statements", "country=Israel");
        assertTrue(has(rows, Map.of("speakerName", "Gabi Ashkenazi", "office", "Foreign Minister (Israel)", "class", "Statement",
                "towards", "Antony Blinken")), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get("countryName").equals("Israel")));
        assertEquals(rows, rows("country-statements", "country=il"));
    }

    @Test
    void most_active_actors_come_in_decreasing_order_of_events() {
        List<Map<String, String>> rows = rows("most-active-actors");
        // his first dated event is the Sunday of talks with Qin Gang (article 012)
        assertTrue(has(rows, Map.of("actorName", "Antony Blinken", "kind", "Person", "first", "2023-06-18")), rows.toString());
        List<Integer> counts = rows.stream().map(r -> Integer.parseInt(r.get("events"))).toList();
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i - 1) >= counts.get(i), counts.toString());
        }
        Map<String, String> blinken = rows.stream().filter(r -> r.get("actorName").equals("Antony Blinken")).findFirst().orElseThrow();
        assertEquals(Integer.parseInt(blinken.get("events")),
                Integer.parseInt(blinken.get("asAgent")) + Integer.parseInt(blinken.get("asTarget")));
    }

    @Test
    void injection_attempts_return_nothing_and_leave_the_store_unchanged() {
        long before = quadCount();
        for (String attack : List.of("x\" } ; DROP ALL ; SELECT * { ?s ?p ?o } #", "Blinken' } DELETE WHERE { ?s ?p ?o } #",
                "> . ?s ?p ?o . <", "\\\" ) } UNION { ?s ?p ?o }")) {
            for (String query : List.of("who-talked-to-whom", "actor-timeline", "country-statements", "stances")) {
                String param = query.equals("country-statements") ? "country" : "actor";
                assertEquals(List.of(), rows(query, param + "=" + attack), query + " with " + attack);
            }
        }
        Cli.Run iri = Cli.run("query", "who-talked-to-whom", "--db", ExampleStore.database().toString(),
                "--param", "actorIri=https://x> . ?s ?p ?o . <https://y");
        assertEquals(2, iri.exit());
        assertTrue(iri.err().contains("expected an absolute IRI"), iri.err());
        assertEquals("", iri.out());
        assertEquals(before, quadCount());
    }

    @Test
    void the_table_format_aligns_columns_and_shortens_iris() {
        Cli.Run run = Cli.run("query", "who-talked-to-whom", "--db", ExampleStore.database().toString(), "--param", "actor=Ashkenazi");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("date  "), lines[0]);
        assertTrue(lines[1].startsWith("----"), lines[1]);
        assertTrue(run.out().contains("id:person/gabi-ashkenazi"), run.out());
        assertTrue(run.out().strip().endsWith("row)") || run.out().strip().endsWith("rows)"));
        int agentColumn = lines[0].indexOf("agentName");
        assertTrue(Stream.of(lines).skip(2).filter(l -> l.contains("PhoneCall"))
                .anyMatch(l -> l.substring(agentColumn).startsWith("Gabi Ashkenazi")), run.out());
    }

    @Test
    void csv_and_tsv_carry_the_same_rows() {
        String db = ExampleStore.database().toString();
        Cli.Run csv = Cli.run("query", "who-talked-to-whom", "--db", db, "--format", "csv");
        Cli.Run tsv = Cli.run("query", "who-talked-to-whom", "--db", db, "--format", "tsv");
        assertTrue(csv.out().startsWith("date,class,agentName,targetName"), csv.out());
        assertTrue(tsv.out().startsWith("?date\t?class\t?agentName"), tsv.out());
        assertEquals(csv.out().strip().lines().count(), tsv.out().strip().lines().count());
        assertTrue(csv.out().contains("PhoneCall,Gabi Ashkenazi,Antony Blinken"), csv.out());
    }

    @Test
    void a_missing_database_says_to_ingest_first() {
        Cli.Run run = Cli.run("query", "who-talked-to-whom", "--db", Path.of("target", "no-such-db").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("No TDB2 database at") && run.err().contains("ingest"), run.err());
    }

    @Test
    void bad_usage_exits_2() {
        String db = ExampleStore.database().toString();
        assertEquals(2, Cli.run("query", "who-talked-to-whom", "--db", db, "--param", "acter=x").exit());
        assertEquals(2, Cli.run("query", "no-such-query", "--db", db).exit());
        assertEquals(2, Cli.run("query", "who-talked-to-whom", "--db", db, "--endpoint", "http://localhost:1/x").exit());
        assertEquals(2, Cli.run("query", "who-talked-to-whom", "--db", db, "--format", "xml").exit());
    }

    static long quadCount() {
        Dataset ds = TDB2Factory.connectDataset(ExampleStore.database().toString());
        return Txn.calculateRead(ds, () -> {
            long[] n = {0};
            ds.asDatasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }
}
