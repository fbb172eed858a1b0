package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldArticleTest {
    @TempDir
    Path dir;

    GoldArticle read(String json) throws Exception {
        Path f = dir.resolve("007-x.json");
        Files.writeString(f, json);
        return GoldArticle.read(f);
    }

    String error(String json) {
        return assertThrows(GoldArticle.FormatException.class, () -> read(json)).getMessage();
    }

    @Test
    void read_01() throws Exception {
        GoldArticle g = read("""
                {"published": "2021-05-20",
                 "events": [{"type": "Meeting", "agent": ["Egypt", "Sameh Shoukry"], "target": null, "date": "2021-05-19",
                             "evidence": "Shoukry met ..."}],
                 "modal_events": [{"type": "Talks", "modality": "Expected", "agent": "Israel", "target": "Hamas"}],
                 "actors": [{"name": "Sameh Shoukry", "kind": "Person", "role": "Foreign Minister", "country": "Egypt",
                             "aliases_in_text": ["Shoukry"]}]}
                """);
        assertEquals("007-x", g.id());
        assertEquals(dir.resolve("007-x.txt"), g.text());
        assertEquals(LocalDate.of(2021, 5, 20), g.published());
        assertEquals(new GoldEvent("Meeting", List.of("Egypt", "Sameh Shoukry"), List.of(), "2021-05-19", null, "Shoukry met ..."),
                g.events().get(0));
        assertEquals("Expected", g.modal().get(0).modality());
        assertEquals(List.of("Shoukry"), g.actors().get(0).aliases());
    }

    @Test
    void a_null_among_acceptable_names_keeps_the_role_closed_and_matches_nothing_as_the_reference_scorer_reads_it() throws Exception {
        GoldArticle g = read("""
                {"events": [{"type": "Condemn", "agent": "Jordan", "target": ["Israel", null]}]}
                """);
        GoldEvent e = g.events().get(0);
        assertEquals("Condemn Jordan -> Israel | (none)", e.describe());
        Party jordan = new Party(null, List.of("Jordan"));
        assertEquals(true, EventMatcher.STRICT.matches(e,
                new EventPair("Condemn", jordan, new Party(null, List.of("Israel")), null, "Asserted", null, null)));
        assertEquals(false, EventMatcher.STRICT.matches(e, new EventPair("Condemn", jordan, null, null, "Asserted", null, null)));
    }

    @Test
    void read_errors_01() throws IOException {
        assertEquals("no \"events\" list; an article without events has \"events\": []", error("{}"));
        assertEquals("\"published\" is '20 May', expected YYYY-MM-DD", error("{\"published\": \"20 May\", \"events\": []}"));
        assertEquals("events[0]: \"date\" is '2021-13-01', expected YYYY-MM-DD or null",
                error("{\"events\": [{\"type\": \"Meeting\", \"agent\": \"A\", \"date\": \"2021-13-01\"}]}"));
        assertEquals("events[0]: \"agent\" is a number (3), expected a name, a list of names or null",
                error("{\"events\": [{\"type\": \"Meeting\", \"agent\": 3}]}"));
        assertEquals("modal_events[0]: \"modality\" is missing, expected Expected, Negated or Hypothetical",
                error("{\"events\": [], \"modal_events\": [{\"type\": \"Talks\", \"agent\": \"A\"}]}"));
        assertEquals("actors[0] (Iran): \"kind\" is 'Country', expected Person, State or Organization",
                error("{\"events\": [], \"actors\": [{\"name\": \"Iran\", \"kind\": \"Country\"}]}"));
        assertEquals(true, error("{\"events\": [").startsWith("not valid JSON: "));
    }
}
