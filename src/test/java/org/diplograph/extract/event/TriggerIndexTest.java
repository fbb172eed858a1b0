package org.diplograph.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.knowledge.IrregularVerbs;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.Token;
import org.junit.jupiter.api.Test;

/** The lexicon rows a token may open: exactly those whose first word {@link TriggerMatcher#sameWord} accepts. */
class TriggerIndexTest {

    @Test
    void trigger_index_gives_the_rows_of_every_first_word_sameword_accepts_01() {
        List<Trigger> triggers = Knowledge.fromClasspath().triggers();
        TriggerIndex index = new TriggerIndex(triggers);
        Set<String> forms = new LinkedHashSet<>(List.of("Café", "naïve", "İSTANBUL", "the", "Leaves", "ALLIES", "x"));
        var irregular = IrregularVerbs.formsByBase();
        for (Trigger t : triggers) {
            String w = t.words().get(0);
            String stem = w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
            forms.addAll(List.of(w, w.toUpperCase(Locale.ROOT), Character.toUpperCase(w.charAt(0)) + w.substring(1), w + "s",
                    w + "es", w + "d", w + "ed", stem + "ed", stem + "ing", w + w.charAt(w.length() - 1) + "ed"));
            if (w.endsWith("y")) {
                forms.add(w.substring(0, w.length() - 1) + "ied");
                forms.add(w.substring(0, w.length() - 1) + "ies");
            }
            forms.addAll(irregular.getOrDefault(w, List.of()));
        }
        int matched = 0;
        for (String form : forms) {
            // the lemmatizer may give the lemma, the form itself or something else
            for (String lemma : List.of(form.toLowerCase(Locale.ROOT), form, "unknown")) {
                Token token = new Token(form, new CharSpan(0, form.length()), "VERB", lemma);
                List<Trigger> expected = new ArrayList<>();
                for (Trigger t : triggers) {
                    if (TriggerMatcher.sameWord(token, t.words().get(0))) {
                        expected.add(t);
                    }
                }
                assertEquals(expected, index.rowsAt(token), form + "/" + lemma);
                matched += expected.isEmpty() ? 0 : 1;
            }
        }
        assertFalse(matched == 0);
    }
}
