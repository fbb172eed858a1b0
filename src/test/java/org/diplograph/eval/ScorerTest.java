package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.junit.jupiter.api.Test;

/** The matching rules of score.py, on a hand-written extraction (no models). */
class ScorerTest {
    static final String EXTRACTED = """
            @prefix dip: <https://w3id.org/diplograph/ontology#> .
            @prefix person: <https://w3id.org/diplograph/id/person/> .
            @prefix state: <https://w3id.org/diplograph/id/state/> .
            @prefix org: <https://w3id.org/diplograph/id/org/> .
            @prefix office: <https://w3id.org/diplograph/id/office/> .
            @prefix event: <https://w3id.org/diplograph/id/event/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            person:antony-blinken a dip:Person ; rdfs:label "Antony Blinken" ; skos:altLabel "Blinken" ;
                dip:office office:us-secretary-of-state ; dip:country state:us .
            office:us-secretary-of-state dip:title "Secretary of State" .
            state:us a dip:State ; rdfs:label "United States" ; skos:altLabel "Washington" .
            person:sameh-shoukry a dip:Person ; rdfs:label "Sameh Shoukry" .
            state:ru a dip:Organization ; rdfs:label "Russia" .
            state:fr a dip:State ; rdfs:label "France" .
            org:unsc a dip:Organization ; rdfs:label "UN Security Council" ; skos:altLabel "Security Council" .
            person:ltg a dip:Person ; rdfs:label "Linda Thomas-Greenfield" .
            person:joe-biden a dip:Person ; rdfs:label "Joe Biden" .
            person:xi-jinping a dip:Person ; rdfs:label "Xi Jinping" .
            state:ua a dip:State ; rdfs:label "Ukraine" .
            event:e1 a dip:Meeting ; dip:agent person:sameh-shoukry ; dip:target person:antony-blinken ;
                dip:modality dip:Asserted .
            event:e2 a dip:Condemn ; dip:agent state:ru ; dip:target state:fr ; dip:modality dip:Asserted .
            event:e3 a dip:Statement ; dip:agent person:ltg ; dip:target org:unsc .
            event:e4 a dip:Talks ; dip:agent person:joe-biden ; dip:target person:xi-jinping ;
                dip:date "2021-09-10"^^<http://www.w3.org/2001/XMLSchema#date> ; dip:modality dip:Asserted .
            event:e5 a dip:Support ; dip:agent state:us ; dip:target state:ua ; dip:modality dip:Expected .
            event:e6 a dip:Block ; dip:agent state:ru ; dip:modality dip:Asserted .
            event:e7 a dip:Meeting ; dip:agent person:sameh-shoukry ; dip:target person:antony-blinken .
            """;

    static List<Triple> triples(String turtle) {
        List<Triple> out = new ArrayList<>();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                out.add(t);
            }
        });
        return out;
    }

    static GoldEvent event(String type, String agent, String target, String date) {
        return new GoldEvent(type, List.of(agent), target == null ? List.of() : List.of(target), date, null, "...");
    }

    static final GoldArticle GOLD = new GoldArticle("t", Path.of("t.txt"), null,
            List.of(event("Meeting", "Antony Blinken", "Sameh Shoukry", null),
                    event("Condemn", "France", "Russia", null),
                    event("Statement", "Linda Thomas-Greenfield", null, null),
                    event("PhoneCall", "Joe Biden", "Xi Jinping", "2021-09-09")),
            List.of(new GoldEvent("Support", List.of("United States"), List.of("Ukraine"), null, "Expected", "..."),
                    new GoldEvent("Block", List.of("Russia"), List.of(), null, "Hypothetical", "...")),
            List.of(new GoldActor("Antony Blinken", "Person", "Secretary of State", "United States", List.of("Blinken")),
                    new GoldActor("Sameh Shoukry", "Person", "Foreign Minister", "Egypt", List.of()),
                    new GoldActor("Russia", "State", null, null, List.of("Moscow")),
                    new GoldActor("United Nations Security Council", "Organization", null, null, List.of("Security Council")),
                    new GoldActor("Wang Yi", "Person", null, null, List.of())));

    @Test
    void pairs_dedup_01() {
        ExtractedGraph g = new ExtractedGraph(triples(EXTRACTED));
        assertEquals(7, g.events().size());
        // e5 is Expected; e7 repeats e1's class and parties
        assertEquals(List.of("Meeting", "Condemn", "Statement", "Talks", "Block"),
                g.pairs("Asserted").stream().map(EventPair::type).toList());
        assertEquals(6, g.pairs(null).size());
    }

    @Test
    void score_events_01() {
        DocumentScore s = new Scorer().score(GOLD, triples(EXTRACTED));
        // Meeting matches in the other direction, the Statement's open target matches the council,
        // the Condemn does not (only communications turn round), Talks for a PhoneCall only leniently
        assertEquals(new Counts(2, 5, 4), s.strict());
        assertEquals(new Counts(3, 5, 4), s.lenient());
        assertEquals(List.of("Condemn"), s.missed().stream().map(GoldEvent::type).toList());
        assertEquals(List.of("Condemn Russia -> France", "Block Russia -> (none)"),
                s.spurious().stream().map(EventPair::describe).toList());
        assertEquals(1, s.datesGold());
        assertEquals(0, s.datesRight());
        assertEquals(0.6, s.lenient().precision(), 1e-9);
        assertEquals(0.75, s.lenient().recall(), 1e-9);
        assertEquals(2 * 0.6 * 0.75 / 1.35, s.lenient().f1(), 1e-9);
    }

    @Test
    void score_modal_01() {
        DocumentScore s = new Scorer().score(GOLD, triples(EXTRACTED));
        DocumentScore.ModalOutcome support = s.modal().get(0), block = s.modal().get(1);
        assertTrue(support.found());
        assertFalse(support.assertedAsFact());
        assertFalse(block.found());
        assertTrue(block.assertedAsFact());
        assertEquals(java.util.Set.of("Asserted"), block.readAs());
    }

    @Test
    void score_actors_01() {
        List<ActorCheck> a = new Scorer().score(GOLD, triples(EXTRACTED)).actors();
        assertTrue(a.get(0).allRight());
        assertEquals(Verdict.RIGHT, a.get(0).country());
        assertEquals(Verdict.MISSING, a.get(1).office());
        assertEquals(Verdict.MISSING, a.get(1).country());
        assertEquals(Verdict.WRONG, a.get(2).kind());
        assertEquals("UN Security Council", a.get(3).found().label());
        assertEquals(Verdict.RIGHT, a.get(3).kind());
        assertNull(a.get(4).found());
    }

    @Test
    void score_failed_01() {
        DocumentScore s = new Scorer().failed(GOLD, "extraction failed: boom");
        assertEquals(new Counts(0, 0, 4), s.lenient());
        assertEquals(4, s.missed().size());
        assertEquals(2, s.modal().size());
    }
}
