package org.diplograph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementBind;
import org.junit.jupiter.api.Test;

class SavedQueryTest {
    private static final List<String> SAVED = List.of("actor-contacts", "actor-timeline", "communication-network",
            "country-statements", "event-evidence", "most-active-actors", "office-holders", "offices-and-counterparts", "stances",
            "who-talked-to-whom");

    @Test
    void catalog_lists_every_saved_query_with_a_summary() throws IOException {
        List<SavedQuery> all = SavedQuery.catalog();
        assertEquals(SAVED, all.stream().map(SavedQuery::name).toList());
        for (SavedQuery q : all) {
            assertFalse(q.summary().isBlank(), q.name() + " has no summary");
            assertTrue(q.text().contains("./diplograph query " + q.name()), q.name() + " has no example");
        }
    }

    @Test
    void every_saved_query_parses_without_parameters_and_with_each_parameter_bound() throws IOException {
        for (SavedQuery q : SavedQuery.catalog()) {
            assertTrue(q.bind(Map.of()).isSelectType(), q.name());
            assertFalse(q.parameters().isEmpty(), q.name() + " declares no parameters");
            for (SavedQuery.Parameter p : q.parameters()) {
                String value = switch (p.kind()) {
                    case DATE -> "2021-05-20";
                    case IRI -> "https://w3id.org/diplograph/id/person/antony-blinken";
                    case INTEGER -> "3";
                    case TEXT -> "Antony Blinken";
                };
                Query bound = q.bind(Map.of(p.name(), value));
                assertTrue(bound.toString().contains(p.kind() == SavedQuery.Kind.DATE ? "2021-05-20" : value.substring(0, 10)),
                        q.name() + " ?" + p.name() + " not bound");
            }
        }
    }

    @Test
    void summaries_and_parameter_descriptions_are_whole_when_their_comment_spans_lines() throws IOException {
        assertEquals("the evidence of an event: the sentences it was read from, their offsets, and the article "
                + "(title, publication date, URL).", SavedQuery.load("event-evidence").summary());
        assertEquals("one of the parties, by its name or any alternative label met in text (case does not matter), "
                + "e.g. \"Antony Blinken\" or \"Blinken\"",
                SavedQuery.load("who-talked-to-whom").parameter("actor").orElseThrow().description());
        assertEquals("first day, e.g. 2021-05-01 (undated events are then left out)",
                SavedQuery.load("who-talked-to-whom").parameter("from").orElseThrow().description());
    }

    @Test
    void who_talked_to_whom_declares_its_parameters() throws IOException {
        SavedQuery q = SavedQuery.load("who-talked-to-whom");
        assertEquals(List.of("actor", "actorIri", "from", "to"), q.parameters().stream().map(SavedQuery.Parameter::name).toList());
        assertEquals(SavedQuery.Kind.DATE, q.parameter("from").orElseThrow().kind());
        assertEquals(SavedQuery.Kind.IRI, q.parameter("actorIri").orElseThrow().kind());
    }

    @Test
    void a_date_is_bound_as_xsd_date() throws IOException {
        String text = SavedQuery.load("who-talked-to-whom").bind(Map.of("from", "2021-05-01")).toString();
        assertTrue(text.contains("\"2021-05-01\"^^<http://www.w3.org/2001/XMLSchema#date>")
                || text.contains("\"2021-05-01\"^^xsd:date"), text);
    }

    @Test
    void an_injection_attempt_stays_one_literal() throws IOException {
        SavedQuery q = SavedQuery.load("who-talked-to-whom");
        String attack = "x\" } ; DROP ALL ; SELECT * { ?s ?p ?o } #";
        Query bound = q.bind(Map.of("actor", attack));
        Query plain = q.bind(Map.of("actor", "x"));
        assertEquals(plain.getProjectVars(), bound.getProjectVars());
        assertEquals(binds(plain), binds(bound));
        assertTrue(bound.toString().contains("x\\\" } ; DROP ALL"), bound.toString());
    }

    @Test
    void an_iri_that_would_break_out_is_refused() throws IOException {
        SavedQuery q = SavedQuery.load("who-talked-to-whom");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> q.bind(Map.of("actorIri", "https://x> . ?s ?p ?o . <https://y")));
        assertTrue(ex.getMessage().contains("actorIri"), ex.getMessage());
    }

    @Test
    void unknown_parameters_and_bad_values_are_refused_with_the_choices() throws IOException {
        SavedQuery q = SavedQuery.load("who-talked-to-whom");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("acter", "x")));
        assertTrue(unknown.getMessage().contains("actor, actorIri, from, to"), unknown.getMessage());
        IllegalArgumentException badDate = assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("from", "20 May")));
        assertTrue(badDate.getMessage().contains("'20 May'") && badDate.getMessage().contains("YYYY-MM-DD"), badDate.getMessage());
    }

    @Test
    void an_unknown_query_name_lists_the_saved_ones() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> SavedQuery.load("who-met-whom"));
        assertTrue(ex.getMessage().contains("who-talked-to-whom"), ex.getMessage());
    }

    @Test
    void a_query_without_declarations_guesses_kinds_from_values() {
        SavedQuery q = SavedQuery.of("mine", "SELECT * WHERE { ?e <https://w3id.org/diplograph/ontology#date> ?d FILTER(?d >= ?from) }");
        assertTrue(q.bind(Map.of("from", "2021-05-01")).toString().contains("2021-05-01\"^^"));
        assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of("nothere", "1")));
    }

    private static int binds(Query q) {
        int[] n = {0};
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementBind el) {
                n[0]++;
            }
        });
        return n[0];
    }
}
