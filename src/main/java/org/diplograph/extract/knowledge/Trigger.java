package org.diplograph.extract.knowledge;

import java.util.List;

import org.diplograph.model.EventType;

/** A row of the trigger lexicon: a word or phrase that makes an event of a class, and how to read its participants. */
public record Trigger(List<String> words, boolean noun, EventType type, Frame frame) {
    public Trigger {
        words = List.copyOf(words);
    }

    /** How the participants stand around the trigger; see triggers.tsv. */
    public enum Frame { SPEECH, TELL, CONTACT, CALL, ACT, REQUEST, NOUN, FROM }

    public String phrase() {
        return String.join(" ", words);
    }
}
