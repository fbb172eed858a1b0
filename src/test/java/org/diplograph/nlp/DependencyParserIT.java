package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parser's reading of sentences written for the purpose, in the relations extraction relies on. */
class DependencyParserIT {
    static Annotator annotator;
    static DependencyParser parser;

    @BeforeAll
    static void load() {
        NlpModels models = NlpModels.fromClasspath();
        annotator = new Annotator(models);
        parser = models.parser().get();
    }

    private static Sentence parsed(String text) {
        Sentence s = annotator.annotate(text).sentences().get(0);
        return s.withParse(parser.parse(s));
    }

    private static int at(Sentence s, String word) {
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in " + s.text());
    }

    @Test
    void subjects_lists_control_and_prepositional_objects() {
        Sentence s = parsed("Britain, France and Germany agreed on Monday to resume talks with Iran.");
        Parse p = s.parse();
        int agreed = at(s, "agreed");

        assertEquals(-1, p.head(agreed));
        assertEquals("nsubj", p.relation(at(s, "Britain")));
        assertEquals(agreed, p.head(at(s, "Britain")));
        // conjuncts chain, each on the one before: the whole list hangs under its first member
        assertEquals(List.of(at(s, "France")), p.dependents(at(s, "Britain"), "conj"));
        assertEquals("conj", p.relation(at(s, "Germany")));
        assertTrue(p.dominates(at(s, "Britain"), at(s, "Germany")));
        assertEquals("xcomp", p.relation(at(s, "resume")));
        assertEquals("pobj", p.relation(at(s, "Iran")));
        assertEquals("with", s.token(p.head(at(s, "Iran"))).text());
    }

    @Test
    void a_possessive_owns_its_noun_and_a_passive_has_its_agent() {
        Sentence visit = parsed("Sergei Lavrov's visit to North Korea came two weeks after the vote.");
        assertEquals(at(visit, "visit"), visit.parse().head(at(visit, "Lavrov")));
        assertEquals("poss", visit.parse().relation(at(visit, "Lavrov")));
        assertEquals("NN", visit.parse().arcs().get(at(visit, "visit")).tag());

        Sentence passive = parsed("The draft was vetoed by Russia.");
        int by = at(passive, "by");
        assertEquals("agent", passive.parse().relation(by));
        assertEquals(by, passive.parse().head(at(passive, "Russia")));
        assertEquals("nsubjpass", passive.parse().relation(at(passive, "draft")));
    }

    @Test
    void over_long_sentences_are_not_parsed() {
        Sentence s = annotator.annotate("Talks " + "and talks ".repeat(DependencyParser.MAX_TOKENS) + "went on.").sentences().get(0);
        assertNull(parser.parse(s));
    }
}
