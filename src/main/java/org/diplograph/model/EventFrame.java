package org.diplograph.model;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.nlp.CharSpan;

/**
 * One diplomatic event read from an article.
 *
 * @param type      its class
 * @param agents    who acts (at least one)
 * @param targets   who is acted towards (may be empty)
 * @param object    what is acted on ("the French initiative"), or null
 * @param venue     where it happens (an organization such as the UN Security Council), or null
 * @param date      the day, only when the text fixes it; else null
 * @param modality  asserted, expected, hypothetical or negated
 * @param sentences indexes of the sentences it was read from (more than one when the article repeats it)
 * @param trigger   the words that made the event ("held talks", "told")
 * @param triggerSpan where those words stand, as characters of the article (first and last word of the trigger)
 * @param confidence  how likely an annotator would code it, as the confidence model judges it (0 to 1), or null when
 *                    it was not judged (events not asserted, or no model)
 */
public record EventFrame(EventType type, List<Actor> agents, List<Actor> targets, String object, Actor venue,
                         LocalDate date, Modality modality, List<Integer> sentences, String trigger,
                         CharSpan triggerSpan, Double confidence) {
    public EventFrame {
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
        sentences = List.copyOf(sentences);
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("An event needs an agent: " + type + " '" + trigger + "'");
        }
    }

    /** An event as the rules read it, not yet judged by the confidence model. */
    public EventFrame(EventType type, List<Actor> agents, List<Actor> targets, String object, Actor venue,
                      LocalDate date, Modality modality, List<Integer> sentences, String trigger, CharSpan triggerSpan) {
        this(type, agents, targets, object, venue, date, modality, sentences, trigger, triggerSpan, null);
    }

    /** The same event aimed at these targets instead. */
    public EventFrame withTargets(List<Actor> others) {
        return new EventFrame(type, agents, others, object, venue, date, modality, sentences, trigger, triggerSpan, confidence);
    }

    public EventFrame withConfidence(double p) {
        return new EventFrame(type, agents, targets, object, venue, date, modality, sentences, trigger, triggerSpan, p);
    }

    public int firstSentence() {
        return sentences.get(0);
    }
}
