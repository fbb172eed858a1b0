package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real UD English models, with the corrections news text needs. */
class AnnotatorIT {
    static Annotator annotator;

    @BeforeAll
    static void load() {
        annotator = new Annotator(NlpModels.fromClasspath());
    }

    @Test
    void sentences_tokens_and_offsets_point_into_the_text() {
        String text = "Blinken met Lavrov in Geneva. They talked for hours.";
        AnnotatedText a = annotator.annotate(text);
        assertEquals(2, a.sentences().size());
        Sentence first = a.sentences().get(0);
        assertEquals("Blinken met Lavrov in Geneva.", first.span().of(text));
        Token met = first.token(1);
        assertEquals("met", met.span().of(text));
        assertEquals("VERB", met.pos());
        assertEquals("meet", met.lemma());
    }

    @Test
    void possessive_is_split_from_the_name() {
        Sentence s = annotator.annotate("Russia's ambassador spoke.").sentences().get(0);
        assertEquals(List.of("Russia", "'s", "ambassador", "spoke", "."), s.tokens().stream().map(Token::text).toList());
    }

    @Test
    void a_name_the_tokenizer_cuts_like_a_contraction_is_one_word() {
        Sentence s = annotator.annotate("Fidan met Retno Marsudi in Jakarta's old town.").sentences().get(0);
        assertEquals(List.of("Fidan", "met", "Retno", "Marsudi", "in", "Jakarta", "'s", "old", "town", "."),
                s.tokens().stream().map(Token::text).toList());
    }

    @Test
    void a_name_hyphened_to_a_participle_is_the_name_a_hyphen_and_the_participle() {
        Sentence s = annotator.annotate("The Saudi-led coalition backed the AU-led talks, said Moon Jae-in.").sentences().get(0);
        assertEquals(List.of("The", "Saudi", "-", "led", "coalition", "backed", "the", "AU", "-", "led", "talks", ",", "said", "Moon",
                "Jae-in", "."), s.tokens().stream().map(Token::text).toList());
    }

    @Test
    void abbreviation_does_not_end_the_sentence() {
        AnnotatedText a = annotator.annotate("May discussed the attack with U.S. President Donald Trump by telephone.");
        assertEquals(1, a.sentences().size());
    }

    @Test
    void dateline_is_a_head_of_its_own() {
        String text = "WASHINGTON, May 9 - President Donald Trump announced the decision.";
        AnnotatedText a = annotator.annotate(text, "WASHINGTON, May 9 -".length());
        assertEquals("WASHINGTON, May 9 -", a.sentences().get(0).text());
        assertEquals("President Donald Trump announced the decision.", a.sentences().get(1).text());
    }

    @Test
    void a_middle_initial_and_a_suffix_end_no_sentence_and_the_initial_is_one_token() {
        AnnotatedText a = annotator.annotate("President Ronald W. Reagan, Jr. spoke with the Soviet leader. He was brief.");
        assertEquals(2, a.sentences().size());
        assertTrue(a.sentences().get(0).tokens().stream().map(Token::text).toList().contains("W."));
    }
}
