package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParseRepairsTest {

    private static Parse.Arc arc(int head, String relation, String tag) {
        return new Parse.Arc(head, relation, tag, "O");
    }

    @Test
    void a_past_verb_after_an_and_joining_a_verb_is_its_conjunct_not_a_modifier_of_the_next_noun() {
        // Kenya voiced support and condemned interference .
        Parse slipped = new Parse(List.of(
                arc(1, "nsubj", "NNP"), arc(-1, "root", "VBD"), arc(1, "dobj", "NN"), arc(1, "cc", "CC"),
                arc(5, "nmod", "VBN"), arc(2, "conj", "NN"), arc(1, "punct", ".")));
        Parse mended = ParseRepairs.apply(slipped);
        assertEquals(1, mended.head(4));
        assertEquals("conj", mended.relation(4));
        assertEquals(4, mended.head(5));
        assertEquals("dobj", mended.relation(5));
        assertEquals(slipped.arcs().subList(0, 4), mended.arcs().subList(0, 4));
    }

    @Test
    void a_participle_before_its_noun_with_no_joined_verb_is_left_alone() {
        // They visited the condemned building .
        Parse parse = new Parse(List.of(
                arc(1, "nsubj", "PRP"), arc(-1, "root", "VBD"), arc(4, "det", "DT"), arc(4, "amod", "VBN"),
                arc(1, "dobj", "NN"), arc(1, "punct", ".")));
        assertSame(parse, ParseRepairs.apply(parse));
    }

    @Test
    void an_and_joining_nouns_does_not_make_the_participle_a_verb() {
        // the ships and seized cargo arrived .
        Parse parse = new Parse(List.of(
                arc(1, "det", "DT"), arc(5, "nsubj", "NNS"), arc(1, "cc", "CC"), arc(4, "amod", "VBN"),
                arc(1, "conj", "NN"), arc(-1, "root", "VBD"), arc(5, "punct", ".")));
        assertSame(parse, ParseRepairs.apply(parse));
    }
}
