package org.diplograph.model;

import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.TokenSpan;

/**
 * A place in the text that refers to an actor.
 *
 * @param actor    the actor referred to
 * @param sentence index of the sentence in the article
 * @param tokens   the tokens of the whole mention, title included ("Israeli Foreign Minister Gabi Ashkenazi")
 * @param span     the same as characters of the article
 * @param surface  the form that names the actor ("Gabi Ashkenazi", "Blinken", "US", "Israeli")
 * @param form     how it refers
 */
public record Mention(Actor actor, int sentence, TokenSpan tokens, CharSpan span, String surface, Form form) {

    public enum Form {
        /** a name, with or without a title */
        NAME,
        /** an office or role without a name ("the head of the State Department") */
        ROLE,
        /** a demonym used as an adjective ("the French initiative") */
        DEMONYM,
        /** a pronoun resolved to an earlier mention */
        PRONOUN,
        /** an unnamed group speaking for its state ("Israeli officials") */
        SOURCE
    }

    /** True when the mention can be the subject or object of an event by itself. */
    public boolean canParticipate() {
        return form != Form.DEMONYM;
    }
}
