package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.analysis.EventTable;
import org.diplograph.analysis.ExampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** events, validate and network against the store built from examples/. */
class AnalystCommandsIT {
    static final String SHAPES = "src/test/resources/org/diplograph/analysis/test-shapes.ttl";
    static final String BROKEN = "src/test/resources/org/diplograph/analysis/broken-event.ttl";

    @TempDir
    Path dir;

    String db() {
        return ExampleStore.database().toString();
    }

    @Test
    void events_table_has_one_row_per_event_with_gdelt_like_columns() {
        Cli.Run run = Cli.run("events", "--db", db(), "--format", "tsv");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(String.join("\t", EventTable.COLUMNS), lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertEquals(EventTable.COLUMNS.size(), cells.length, line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(EventTable.COLUMNS.get(i), cells[i]);
            }
            rows.add(row);
        }
        assertEquals(eventCount(), rows.size());
        assertEquals(rows.size(), rows.stream().map(r -> r.get("Event_ID")).distinct().count());
        Map<String, String> call = rows.stream().filter(r -> r.get("Event_Type").equals("PhoneCall")
                && r.get("Source_Name").equals("Gabi Ashkenazi")).findFirst().orElseThrow();
        assertEquals("Israel", call.get("Source_Country"));
        assertEquals("https://w3id.org/diplograph/id/person/gabi-ashkenazi", call.get("Source_IRI"));
        assertEquals("Antony Blinken", call.get("Target_Name"));
        assertEquals("United States", call.get("Target_Country"));
        assertEquals("Asserted", call.get("Modality"));
        assertEquals(ExportCommandIT.ARTICLE_001, call.get("Article_IRI"));
        assertEquals("2021-05-20", call.get("Article_Date"));
        assertTrue(call.get("Sentence").startsWith("Israeli Foreign Minister Gabi Ashkenazi told"), call.get("Sentence"));
        Map<String, String> block = rows.stream().filter(r -> r.get("Event_Type").equals("Block")).findFirst().orElseThrow();
        assertEquals("the French initiative", block.get("Object"));
        assertEquals("United Nations Security Council", block.get("Venue"));
        assertEquals("United States", block.get("Source_Country"), "a state is its own country");
        Map<String, String> talks = rows.stream().filter(r -> r.get("Source_Name").contains("; ")).findFirst().orElseThrow();
        assertEquals(talks.get("Source_Name").split("; ").length, talks.get("Source_IRI").split("; ").length);
    }

    @Test
    void events_csv_quotes_sentences_with_commas() {
        Cli.Run run = Cli.run("events", "--db", db());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Event_ID,Event_Date,Event_Type,CAMEO_Code,PLOVER_Type,PLOVER_Mode,PLOVER_Context,Source_Name"), run.out());
        assertTrue(run.out().contains(",\"Israeli Foreign Minister Gabi Ashkenazi told US Secretary of State Anthony Blinken during a telephone conversation that Israel needs some time to complete the operation in Gaza, Axios reports"), run.out());
    }

    @Test
    void validate_passes_the_example_store_and_fails_a_broken_graph() throws Exception {
        Cli.Run ok = Cli.run("validate", "--db", db(), "--shapes", SHAPES);
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("Conforms"), ok.out());

        Cli.Run broken = Cli.run("validate", "--shapes", SHAPES, BROKEN);
        assertEquals(1, broken.exit(), broken.out() + broken.err());
        assertTrue(broken.out().contains("Violation: <https://w3id.org/diplograph/id/event/broken>"), broken.out());
        assertTrue(broken.out().contains("path:       dip:agent"), broken.out());
        assertTrue(broken.out().contains("An event needs at least one agent (dip:agent)"), broken.out());
        assertTrue(broken.out().contains("value:      \"last Tuesday\""), broken.out());
        assertTrue(broken.out().contains("3 violation(s)"), broken.out());

        // the same broken event in a store
        Path store = dir.resolve("broken-db");
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        Txn.executeWrite(ds, () -> org.apache.jena.riot.RDFParser.source(BROKEN).parse(
                ds.getNamedModel("https://w3id.org/diplograph/id/article/x")));
        assertEquals(1, Cli.run("validate", "--db", store.toString(), "--shapes", SHAPES).exit());
    }

    @Test
    void validate_of_an_unreadable_file_exits_1_naming_it() throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<a> <b");
        Cli.Run run = Cli.run("validate", "--shapes", SHAPES, bad.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("bad.ttl"), run.err());
    }

    @Test
    void network_graphml_parses_with_the_actors_and_weighted_edges() throws Exception {
        Path file = dir.resolve("network.graphml");
        Cli.Run run = Cli.run("network", "--db", db(), "--format", "graphml", "-o", file.toString());
        assertEquals(0, run.exit(), run.err());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        Map<String, String> labels = new HashMap<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            labels.put(n.getAttribute("id"), data(n, "label") + "|" + data(n, "kind"));
        }
        assertEquals("Antony Blinken|Person", labels.get(QueryCommandIT.BLINKEN));
        assertEquals("Gabi Ashkenazi|Person", labels.get(QueryCommandIT.ASHKENAZI));
        NodeList edges = doc.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge");
        boolean found = false;
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(labels.containsKey(e.getAttribute("source")) && labels.containsKey(e.getAttribute("target")));
            if (e.getAttribute("source").equals(QueryCommandIT.BLINKEN) && e.getAttribute("target").equals(QueryCommandIT.ASHKENAZI)) {
                found = true;
                assertEquals("1", data(e, "weight"));
                assertEquals("PhoneCall", data(e, "classes"));
            }
        }
        assertTrue(found, "the Ashkenazi-Blinken call is an edge");
        assertEquals(QueryCommandIT.rows("communication-network").size(), edges.getLength());
    }

    @Test
    void network_picture_is_self_contained_and_shows_the_actors() throws Exception {
        Cli.Run html = Cli.run("network", "--db", db(), "--format", "html");
        assertEquals(0, html.exit(), html.err());
        assertTrue(html.out().startsWith("<!DOCTYPE html>"));
        assertTrue(html.out().contains(">Antony Blinken</text>") && html.out().contains(">Gabi Ashkenazi</text>"));
        assertFalse(html.out().contains("<script"), "no script");
        assertFalse(html.out().matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched");
        Cli.Run svg = Cli.run("network", "--db", db(), "--format", "svg", "--actor", "Blinken");
        assertEquals(0, svg.exit(), svg.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        // one dot for Blinken and one for each actor he communicated with (the edges of the saved query), beside
        // the 3 legend dots
        int edges = QueryCommandIT.rows("communication-network", "actor=Blinken").size();
        assertTrue(edges >= 3, "Blinken talked to Ashkenazi, Xi Jinping and Qin Gang at least: " + edges);
        assertEquals(1 + edges, doc.getElementsByTagName("circle").getLength() - 3, "Blinken and his contacts, beside the 3 legend dots");
    }

    private static String data(Element e, String key) {
        NodeList data = e.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }

    static long eventCount() {
        Dataset ds = TDB2Factory.connectDataset(ExampleStore.database().toString());
        return Txn.calculateRead(ds, () -> {
            var qe = org.apache.jena.query.QueryExecution.create()
                    .query("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e <https://w3id.org/diplograph/ontology#modality> ?m } }")
                    .dataset(ds).build();
            try (qe) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
