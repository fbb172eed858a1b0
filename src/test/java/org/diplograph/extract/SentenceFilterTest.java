package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.diplograph.extract.knowledge.Knowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cheap first pass: which sentences of a raw text are worth tagging (no models: the knowledge files only). */
class SentenceFilterTest {
    private static SentenceFilter filter;

    @BeforeAll
    static void load() {
        filter = SentenceFilter.of(Knowledge.fromClasspath());
    }

    @Test
    void filter_regular_and_irregular_forms_of_a_trigger_lemma_01() {
        Set<String> veto = SentenceFilter.formsOf("veto");
        assertTrue(veto.containsAll(List.of("veto", "vetoes", "vetoed", "vetoing")), veto.toString());
        assertTrue(SentenceFilter.formsOf("cancel").contains("cancelled"));
        assertTrue(SentenceFilter.formsOf("criticize").contains("criticizing"));
        assertTrue(SentenceFilter.formsOf("deny").containsAll(List.of("denies", "denied")));
        // "met", "spoke", "told" come from the irregular verbs
        Predicate<String> keep = filter.start("Blinken met Lavrov. Blinken spoke to Wang. Blinken told Lavrov.");
        assertNotNull(keep);
        assertTrue(keep.test("Blinken met Lavrov."));
    }

    @Test
    void filter_an_article_without_actor_names_is_not_annotated_01() {
        assertNull(filter.start("Harbour City beat Millbrook 3-2 on Saturday. \"We kept believing,\" the coach told reporters."));
        // a name, but nothing that can carry a trigger
        assertNull(filter.start("France 2, Brazil 1."));
    }

    @Test
    void filter_sentences_before_the_first_actor_and_without_cue_or_trigger_are_left_out_01() {
        Predicate<String> keep = filter.start("It rained. The crowd said it was wet. Russia proposed a draft. The weather held. "
                + "The draft was vetoed.");
        assertNotNull(keep);
        assertFalse(keep.test("It rained."));
        assertFalse(keep.test("The crowd said it was wet."), "a trigger before any actor cannot make an event");
        assertTrue(keep.test("Russia proposed a draft."));
        assertFalse(keep.test("The weather is fine."));
        assertTrue(keep.test("The draft was vetoed."), "a trigger after an actor may refer back to it");
    }

    @Test
    void filter_acronyms_count_only_as_written_and_names_with_a_capital_01() {
        Predicate<String> keep = filter.start("The US said no. Tell us more.");
        assertNotNull(keep);
        assertFalse(keep.test("Tell us more."), "'us' is not the US");
        assertTrue(keep.test("The US said no."));
        assertTrue(filter.start("LAVROV SAID NO.") != null, "a name in capitals is still a name");
        assertTrue(filter.start("Mr Smith, a spokesman for the firm, said no.") != null, "a courtesy title before an unknown name");
    }
}
