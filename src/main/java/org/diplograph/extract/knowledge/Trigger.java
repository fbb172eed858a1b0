package org.diplograph.extract.knowledge;

import java.util.List;
import java.util.Locale;

import org.diplograph.model.EventType;

/**
 * A row of the trigger lexicon: a word or phrase that makes an event of a class, and the frame that finds its
 * participants (see triggers.tsv).
 *
 * @param words   the lemmas of the phrase
 * @param noun    whether its head is a noun ("talks") rather than a verb ("met")
 * @param type    the class of the event it makes
 * @param frame   who acts and where the other parties are
 * @param targets for ACT and NOUN frames: the roles that may hold the other party, tried in order
 * @param needs   what the sentence must hold for the row to apply
 */
public record Trigger(List<String> words, boolean noun, EventType type, Frame frame, List<String> targets, Need needs) {
    public Trigger {
        words = List.copyOf(words);
        targets = List.copyOf(targets);
    }

    /** Who acts and where the other party stands around the trigger; see triggers.tsv. */
    public enum Frame { SPEECH, TELL, CONTACT, ACT, NOUN, FROM }

    /** The target roles a row may name (besides a preposition of {@link #PREPOSITIONS}). */
    public static final List<String> TARGET_ROLES = List.of("object", "object-before-of", "origin-on", "that-clause", "after", "where", "proposal");

    /** The prepositions whose object a row may name as its target role. */
    public static final List<String> PREPOSITIONS = List.of("with", "to", "on", "against", "for", "from", "of", "between", "targeting", "in", "at", "over");

    /** What the sentence must hold for a row to apply; when it does not, the next row of the same words is tried. */
    public enum Need {
        NONE("-"), ACTOR_OBJECT("actor-object"), TARGET("target"), TO_VERB("to-verb"), PERSON_OBJECT("person-object"),
        CENSURE("censure-predicate"), PRAISE("praise-predicate"), EXPULSION("expulsion-predicate"), THING_OBJECT("thing-object"),
        DRAFT_OBJECT("draft-object"), PACT_OBJECT("pact-object"), TALLY("tally-list"), AID_OBJECT("aid-object"),
        JUDGEMENT("judgement-predicate"), JOINT_SUBJECT("joint-subject"), BODY_OBJECT("body-object");

        private final String cell;

        Need(String cell) {
            this.cell = cell;
        }

        public String cell() {
            return cell;
        }

        static Need of(String cell) {
            String c = cell.isEmpty() ? "-" : cell.toLowerCase(Locale.ROOT);
            for (Need n : values()) {
                if (n.cell.equals(c)) {
                    return n;
                }
            }
            throw new IllegalArgumentException("needs must be one of " + java.util.Arrays.stream(values()).map(Need::cell).toList()
                    + ", not '" + cell + "'");
        }
    }

    public String phrase() {
        return String.join(" ", words);
    }
}
