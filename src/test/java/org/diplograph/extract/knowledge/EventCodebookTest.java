package org.diplograph.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled event-codes.tsv codes events one by one, from their class, trigger and arguments. */
class EventCodebookTest {
    static final Actor UK = state("gb", "United Kingdom");
    static final Actor RUSSIA = state("ru", "Russia");
    static final Actor EU = new Actor("org/eu", ActorKind.ORGANIZATION, "European Union", "InternationalOrganization", null, null, null, null);
    static final Actor GENEVA_VENUE = new Actor("org/un", ActorKind.ORGANIZATION, "United Nations", "InternationalOrganization", null, null, null, null);

    static EventCodebook codebook;

    @BeforeAll
    static void load() {
        codebook = Knowledge.fromClasspath().codebook();
    }

    static Actor state(String iso, String name) {
        return new Actor("state/" + iso, ActorKind.STATE, name, null, null, iso.toUpperCase(java.util.Locale.ROOT), null, null);
    }

    static EventFrame frame(EventType type, String trigger, String object, Actor venue, List<Actor> targets) {
        return new EventFrame(type, List.of(UK), targets, object, venue, null, Modality.ASSERTED, List.of(0), trigger, null);
    }

    static EventCode code(EventType type, String trigger) {
        return codebook.code(frame(type, trigger, null, null, List.of(RUSSIA)), "A sentence.");
    }

    static EventCode code(EventType type, String trigger, String object, String sentence) {
        return codebook.code(frame(type, trigger, object, null, List.of(RUSSIA)), sentence);
    }

    @Test
    void every_class_has_a_code_01() {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        for (EventType t : EventType.values()) {
            EventCode c = code(t, "zzz");
            assertTrue(c.cameo().matches("\\d{2,4}"), t + ": " + c);
            seen.add(t);
        }
        assertEquals(EnumSet.allOf(EventType.class), seen);
    }

    @Test
    void sixteen_classes_coded_01() {
        assertEquals(new EventCode("041", "CONSULT", "phone", null), code(EventType.PHONE_CALL, "spoke by phone"));
        assertEquals(new EventCode("040", "CONSULT", null, null), code(EventType.MEETING, "met"));
        assertEquals(new EventCode("042", "CONSULT", "visit", null), code(EventType.VISIT, "visited"));
        assertEquals(new EventCode("046", "CONSULT", null, null), code(EventType.TALKS, "held talks"));
        assertEquals(new EventCode("040", "CONSULT", null, null), code(EventType.CONSULT, "discussed"));
        assertEquals(new EventCode("010", null, null, null), code(EventType.STATEMENT, "said"));
        assertEquals(new EventCode("051", "SUPPORT", null, null), code(EventType.SUPPORT, "backed"));
        assertEquals(new EventCode("110", "ACCUSE", "disapprove", null), code(EventType.OPPOSE, "opposed"));
        assertEquals(new EventCode("129", "REJECT", null, null), code(EventType.BLOCK, "vetoed"));
        assertEquals(new EventCode("030", "AGREE", null, null), code(EventType.PROPOSE, "proposed"));
        assertEquals(new EventCode("020", "REQUEST", null, null), code(EventType.APPEAL, "urged"));
        assertEquals(new EventCode("030", "AGREE", null, null), code(EventType.AGREE, "agreed"));
        assertEquals(new EventCode("120", "REJECT", null, null), code(EventType.REJECT, "rejected"));
        assertEquals(new EventCode("111", "ACCUSE", null, null), code(EventType.CONDEMN, "condemned"));
        assertEquals(new EventCode("130", "THREATEN", null, null), code(EventType.THREATEN, "warned"));
        assertEquals(new EventCode("160", "SANCTION", null, null), code(EventType.SANCTION, "took measures"));
    }

    @Test
    void sanctions_expulsions_ties_and_aid_01() {
        assertEquals("163", code(EventType.SANCTION, "imposed sanctions").cameo());
        assertEquals("economic", code(EventType.SANCTION, "adopted an embargo").ploverContext());
        assertEquals("166", code(EventType.SANCTION, "expelled").cameo());
        assertEquals("diplomatic", code(EventType.SANCTION, "expelled").ploverContext());
        assertEquals("161", code(EventType.SANCTION, "cut ties").cameo());
        assertEquals("161", code(EventType.SANCTION, "recalled its ambassador").cameo());
        assertEquals("1621", code(EventType.SANCTION, "suspended", "economic aid", "x").cameo());
        assertEquals("1622", code(EventType.SANCTION, "suspended", "military aid to Kyiv", "x").cameo());
        // the aid named in the trigger itself ("froze development aid for Rwanda")
        assertEquals("1621", code(EventType.SANCTION, "froze development aid", null, "x").cameo());
        assertEquals("1622", code(EventType.SANCTION, "suspended military aid", null, "x").cameo());
        assertEquals("163", code(EventType.SANCTION, "halted security exports", null, "x").cameo());
        // "suspended" without aid in its object is no aid cut
        assertEquals("160", code(EventType.SANCTION, "suspended", "the treaty", "x").cameo());
    }

    @Test
    void host_visit_third_place_01() {
        assertEquals(new EventCode("043", "CONSULT", "host", null), code(EventType.MEETING, "hosted"));
        assertEquals("043", code(EventType.MEETING, "received").cameo());
        EventCode third = codebook.code(frame(EventType.MEETING, "met", null, GENEVA_VENUE, List.of(RUSSIA)), "x");
        assertEquals(new EventCode("044", "CONSULT", "third-party", null), third);
        assertEquals("042", code(EventType.VISIT, "arrived in").cameo());
    }

    @Test
    void mediation_and_negotiation_01() {
        assertEquals("045", code(EventType.TALKS, "mediated").cameo());
        assertEquals("045", code(EventType.TALKS, "talks", null, "Qatar mediated talks between the two sides.").cameo());
        assertEquals("046", code(EventType.TALKS, "talks", null, "The two sides held talks.").cameo());
    }

    @Test
    void signing_intent_ceasefire_01() {
        assertEquals("057", code(EventType.AGREE, "signed").cameo());
        assertEquals("057", code(EventType.AGREE, "put their names to").cameo());
        assertEquals("0871", code(EventType.AGREE, "agreed", "to halt firing", "x").cameo());
        assertEquals("030", code(EventType.AGREE, "agreed", "to cooperate on trade", "x").cameo());
        assertEquals("112", code(EventType.CONDEMN, "accused").cameo());
        assertEquals("1312", code(EventType.THREATEN, "threatened", "new sanctions", "x").cameo());
        assertEquals("138", code(EventType.THREATEN, "threatened", "military force", "x").cameo());
    }

    @Test
    void a_noun_trigger_signed_is_a_signing_01() {
        // "signed an agreement": the extractor's trigger is the noun, the light verb stands just before it
        String sentence = "Russia and Ukraine signed an agreement with Turkey on Friday.";
        EventFrame ev = frame(EventType.AGREE, "agreement", null, null, List.of(RUSSIA));
        assertEquals(new EventCode("057", "AGREE", null, null), codebook.code(ev, sentence, sentence.indexOf("agreement")));
        assertEquals("057", codebook.code(ev, sentence).cameo()); // trigger place not given: found in the sentence
        assertEquals("057", codebook.code(ev, "The two leaders will sign the peace agreement in Cairo.").cameo());
        assertEquals("057", codebook.code(ev, "Parliament ratified the agreement.").cameo());
        assertEquals("030", codebook.code(ev, "They reached a significant agreement on trade.").cameo());
        assertEquals("030", codebook.code(ev, "They reached an initial agreement on trade.").cameo());
        // a signing told elsewhere in the sentence is not this event's
        assertEquals("030", codebook.code(ev, "Weeks after they signed the memorandum, the sides reached an agreement.").cameo());
    }

    @Test
    void a_statement_has_no_plover_type_01() {
        assertNull(code(EventType.STATEMENT, "said").ploverType());
    }

    static IllegalStateException badFile(String... rows) {
        String text = "class\ttrigger\tcondition\tcameo\tplover_type\tplover_mode\tplover_context\n" + String.join("\n", rows) + "\n";
        List<Tsv.Row> parsed = Tsv.read("my/event-codes.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return assertThrows(IllegalStateException.class, () -> EventCodebook.load(parsed));
    }

    @Test
    void bad_rows_name_file_line_and_reason_01() {
        IllegalStateException e = badFile("Sanction\t*\t-\t16x\tSANCTION\t-\t-");
        assertTrue(e.getMessage().startsWith("my/event-codes.tsv line 2: CAMEO code '16x'"), e.getMessage());
        e = badFile("Sanktion\t*\t-\t160\tSANCTION\t-\t-");
        assertTrue(e.getMessage().contains("line 2: Unknown event class 'Sanktion'"), e.getMessage());
        e = badFile("Sanction\t*\tobject=aid\t160\tSANCTION\t-\t-");
        assertTrue(e.getMessage().contains("line 2: unknown condition 'object=aid'"), e.getMessage());
        e = badFile("Agree\t*\tbefore~\t057\tAGREE\t-\t-");
        assertTrue(e.getMessage().contains("line 2: condition 'before~' names no word"), e.getMessage());
        e = badFile("Sanction\t*\t-\t160\tsanction\t-\t-");
        assertTrue(e.getMessage().contains("PLOVER type 'sanction' must be upper case"), e.getMessage());
        e = badFile("Sanction\t*\t-\t160\tSANCTION\t-\t-", "Sanction\texpel\t-\t166\tSANCTION\t-\t-");
        assertTrue(e.getMessage().contains("line 3: this row comes after the default row of Sanction"), e.getMessage());
        e = badFile("Sanction\t*\t-\t160\tSANCTION\t-\t-");
        assertTrue(e.getMessage().startsWith("my/event-codes.tsv: no default row"), e.getMessage());
        assertTrue(e.getMessage().contains("PhoneCall"), e.getMessage());
    }
}
