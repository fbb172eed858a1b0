package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.analysis.EventTable;
import org.diplograph.analysis.ExampleStore;
import org.diplograph.extract.knowledge.Country;
import org.diplograph.extract.knowledge.Gazetteer;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.rdf.Dip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's "done when", through the command line: per-event CAMEO and PLOVER codes in the events table, role phrases
 * resolved to the holder on the article's day, the holders of an office with their dates, no demonym or capital as
 * a state's alternative name, and shared identifiers. Articles written for the test (coding/coding-articles.jsonl).
 */
class EventCodingIT {
    static final String ARTICLES = "src/test/resources/org/diplograph/cli/coding/coding-articles.jsonl";
    static final Node SAME_AS = NodeFactory.createURI(Dip.OWL + "sameAs");

    @TempDir
    static Path dir;

    static String db;
    static List<Map<String, String>> rows;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("db").toString();
        Cli.Run run = Cli.run("ingest", "--db", db, ARTICLES);
        assertEquals(0, run.exit(), run.err());
        Cli.Run events = Cli.run("events", "--db", db, "--format", "tsv");
        assertEquals(0, events.exit(), events.err());
        rows = table(events.out());
    }

    static List<Map<String, String>> table(String tsv) {
        List<String> lines = tsv.lines().toList();
        assertEquals(String.join("\t", EventTable.COLUMNS), lines.get(0));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(EventTable.COLUMNS.get(i), cells[i]);
            }
            out.add(row);
        }
        return out;
    }

    static Map<String, String> row(String type, String source) {
        return rows.stream().filter(r -> r.get("Event_Type").equals(type) && r.get("Source_Name").contains(source))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " by " + source + " in " + rows));
    }

    @Test
    void events_are_coded_as_event_coders_would_01() {
        Map<String, String> sanctions = row("Sanction", "European Union");
        assertEquals("163", sanctions.get("CAMEO_Code"));
        assertEquals("SANCTION", sanctions.get("PLOVER_Type"));
        assertEquals("economic", sanctions.get("PLOVER_Context"));
        assertEquals("IGOEUREEC", sanctions.get("Source_CAMEO"));
        assertEquals("RUS", sanctions.get("Target_CAMEO"));

        Map<String, String> expulsion = row("Sanction", "United Kingdom");
        assertEquals("166", expulsion.get("CAMEO_Code"));
        assertEquals("diplomatic", expulsion.get("PLOVER_Context"));
        assertEquals("GBR", expulsion.get("Source_CAMEO"));

        Map<String, String> host = row("Meeting", "Xi Jinping");
        assertEquals("043", host.get("CAMEO_Code"));
        assertEquals("CONSULT", host.get("PLOVER_Type"));
        assertEquals("host", host.get("PLOVER_Mode"));
        assertEquals("CHNGOV", host.get("Source_CAMEO"));
        assertEquals("FRAGOV", host.get("Target_CAMEO"));

        Map<String, String> mediation = row("Talks", "Israel");
        assertEquals("045", mediation.get("CAMEO_Code"));
        assertEquals("CONSULT", mediation.get("PLOVER_Type"));

        Map<String, String> signing = row("Agree", "Turkey");
        assertEquals("057", signing.get("CAMEO_Code"));
        assertEquals("AGREE", signing.get("PLOVER_Type"));

        // the mediator is the agent, the two sides the targets: CAMEO 045 (mediate), not the sides' 046
        Map<String, String> mediator = row("Talks", "Egypt");
        assertEquals("045", mediator.get("CAMEO_Code"));
        assertEquals("EGY", mediator.get("Source_CAMEO"));
        assertEquals(List.of("Hamas", "Israel"), List.of(mediator.get("Target_Name").split("; ")).stream().sorted().toList());

        // "signed an agreement": the trigger is the noun, the verb before it makes the signing
        Map<String, String> signed = row("Agree", "Russia");
        assertEquals("agreement", signed.get("Trigger"));
        assertEquals("057", signed.get("CAMEO_Code"));
        assertEquals("AGREE", signed.get("PLOVER_Type"));

        Map<String, String> call = row("PhoneCall", "Mike Pompeo");
        assertEquals("041", call.get("CAMEO_Code"));
        assertEquals("phone", call.get("PLOVER_Mode"));
    }

    @Test
    void the_secretary_of_state_is_the_holder_on_the_articles_day_01() {
        Map<String, String> in2019 = row("PhoneCall", "Mike Pompeo");
        assertEquals("Mohammad Javad Zarif", in2019.get("Target_Name"), "the Iranian foreign minister in 2019");
        assertEquals("2019-06-04", in2019.get("Article_Date"));
        Map<String, String> in2022 = row("PhoneCall", "Antony Blinken");
        assertEquals("Annalena Baerbock", in2022.get("Target_Name"), "the German foreign minister in 2022");
        assertEquals("USAGOV", in2022.get("Source_CAMEO"));
    }

    @Test
    void an_undated_article_leaves_the_role_phrase_unresolved_01() throws Exception {
        Path text = dir.resolve("undated.txt");
        Files.writeString(text, "The Secretary of State spoke by phone with the Iranian foreign minister.\n");
        Cli.Run run = Cli.run("extract", text.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("person/mike-pompeo"), run.out());
        assertFalse(run.out().contains("person/antony-blinken"), run.out());
        Cli.Run dated = Cli.run("extract", "--published", "2022-03-01", text.toString());
        assertTrue(dated.out().contains("person/antony-blinken"), dated.out());
        // between Tillerson's last day and Pompeo's first no one held the office: the phrase stays the office's
        Cli.Run gap = Cli.run("extract", "--published", "2018-04-10", text.toString());
        assertTrue(gap.out().contains("dip:agent            <https://w3id.org/diplograph/id/person/office-holder/us/us-secretary-of-state>"), gap.out());
        assertTrue(gap.out().contains("\"Secretary of State (United States), not named\""), gap.out());
        assertTrue(gap.out().contains("dip:office          <https://w3id.org/diplograph/id/office/us/us-secretary-of-state>"), gap.out());
        assertFalse(gap.out().contains("dip:agent            <https://w3id.org/diplograph/id/person/rex-tillerson>"), gap.out());
    }

    @Test
    void holders_of_the_secretary_of_state_since_2017_01() {
        Cli.Run run = Cli.run("query", "office-holders", "--db", db, "--format", "csv", "--param", "office=Secretary of State",
                "--param", "of=US", "--param", "since=2017-01-21");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("officeName,holderName,from,until,source,holder,post", lines.get(0));
        List<String> holders = lines.subList(1, lines.size()).stream().map(l -> l.split(",")[1]).toList();
        assertEquals(List.of("Rex Tillerson", "Mike Pompeo", "Antony Blinken", "Marco Rubio"), holders);
        assertTrue(lines.get(2).contains(",Mike Pompeo,2018-04-26,2021-01-20,"), lines.get(2));
        assertTrue(lines.get(4).contains(",Marco Rubio,2025-01-21,,"), lines.get(4));

        Cli.Run on = Cli.run("query", "office-holders", "--db", db, "--format", "csv", "--param", "office=foreign minister",
                "--param", "of=Iran", "--param", "on=2019-06-04");
        assertEquals(2, on.out().lines().count(), on.out());
        assertTrue(on.out().contains("Mohammad Javad Zarif,2013-08-15,2021-08-25"), on.out());
    }

    @Test
    void actor_timeline_shows_the_office_held_at_each_event_01() {
        Cli.Run run = Cli.run("query", "actor-timeline", "--db", db, "--format", "csv", "--param", "actor=Antony Blinken");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("date,actorName,office,class"), lines.get(0));
        assertTrue(lines.get(1).contains(",Antony Blinken,Secretary of State (United States),PhoneCall,"), lines.get(1));
    }

    @Test
    void the_store_conforms_to_the_shapes_01() {
        Cli.Run run = Cli.run("validate", "--db", db);
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void states_have_only_names_as_alternative_labels_and_every_state_a_wikidata_link_01() {
        Gazetteer gazetteer = Knowledge.fromClasspath().gazetteer();
        for (String store : List.of(db, ExampleStore.database().toString())) {
            Dataset ds = TDB2Factory.connectDataset(store);
            Txn.executeRead(ds, () -> {
                Graph g = ds.getUnionModel().getGraph();
                List<Triple> states = g.find(Node.ANY, Dip.ISO_CODE, Node.ANY).toList();
                assertFalse(states.isEmpty());
                for (Triple t : states) {
                    Country c = gazetteer.country(t.getObject().getLiteralLexicalForm()).orElseThrow();
                    List<String> alternatives = new java.util.ArrayList<>();
                    for (Triple alt : g.find(t.getSubject(), Dip.SKOS_ALT_LABEL, Node.ANY).toList()) {
                        String label = alt.getObject().getLiteralLexicalForm();
                        assertTrue(c.aliases().contains(label), c.name() + " has the alternative label '" + label + "'");
                        alternatives.add(label);
                    }
                    // an actor's every listed spelling, whether this text used it or not: a script may join on "U.S." or "UK"
                    boolean actor = g.contains(Node.ANY, Dip.AGENT, t.getSubject()) || g.contains(Node.ANY, Dip.TARGET, t.getSubject());
                    assertTrue(!actor || alternatives.containsAll(c.aliases().stream().filter(a -> !a.equals(c.name())).toList()),
                            c.name() + ": " + alternatives);
                    List<Triple> wikidata = g.find(t.getSubject(), SAME_AS, Node.ANY).toList();
                    assertEquals(1, wikidata.size(), c.name());
                    assertTrue(wikidata.get(0).getObject().getURI().startsWith("http://www.wikidata.org/entity/Q"));
                    assertEquals(1, g.find(t.getSubject(), Dip.ISO3_CODE, Node.ANY).toList().size(), c.name());
                    assertEquals(1, g.find(t.getSubject(), Dip.CAMEO_ACTOR_CODE, Node.ANY).toList().size(), c.name());
                }
                // "Americans", "Washington", "Chinese hosts": none is the name of an actor
                for (String notAName : List.of("Americans", "Washington", "American", "Chinese", "Kremlin", "Beijing")) {
                    assertFalse(g.contains(Node.ANY, Dip.SKOS_ALT_LABEL, NodeFactory.createLiteralString(notAName)), notAName);
                }
            });
            ds.close();
        }
    }

    @Test
    void a_holder_the_article_spells_otherwise_keeps_one_label_01() throws Exception {
        Path text = dir.resolve("hollande.txt");
        Files.writeString(text, "Paris. May 2.\nFrench President Francois Hollande met German Chancellor Angela Merkel in Paris.\n");
        Cli.Run run = Cli.run("extract", "--published", "2014-05-02", text.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("spell/fr/president/francois-hollande/2012-05-15"), run.out());
        Path ttl = Files.writeString(dir.resolve("hollande.ttl"), run.out());
        Cli.Run valid = Cli.run("validate", ttl.toString());
        assertEquals(0, valid.exit(), valid.out() + valid.err());
    }

    @Test
    void nato_un_and_eu_offices_are_the_organizations_own_01() throws Exception {
        Path text = dir.resolve("orgs.txt");
        Files.writeString(text, "Brussels. March 3.\nNATO Secretary General Jens Stoltenberg met UN Secretary-General António "
                + "Guterres and EU High Representative Josep Borrell in Brussels.\n");
        Cli.Run run = Cli.run("extract", "--published", "2023-03-03", "--format", "ntriples", text.toString());
        assertEquals(0, run.exit(), run.err());
        Graph g = RDFParser.fromString(run.out(), Lang.NTRIPLES).toGraph();
        Map<String, String> officeOf = new HashMap<>();
        for (Triple t : g.find(Node.ANY, Dip.HOLDS_OFFICE, Node.ANY).toList()) {
            officeOf.put(t.getSubject().getURI().replace(Dip.ID, ""), t.getObject().getURI().replace(Dip.ID, ""));
        }
        assertEquals("office/nato/nato-secretary-general", officeOf.get("person/jens-stoltenberg"), officeOf.toString());
        assertEquals("office/un/un-secretary-general", officeOf.get("person/antonio-guterres"), officeOf.toString());
        assertEquals("office/eu/foreign-policy-chief", officeOf.get("person/josep-borrell"), officeOf.toString());
        assertFalse(officeOf.containsValue("office/any/secretary-general"), officeOf.toString());
        String iris = String.join(" ", officeOf.values()).toLowerCase(Locale.ROOT);
        assertFalse(iris.contains("/any/"), iris);
    }
}
