package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.EventFrame;

/**
 * Merges the events an article reports more than once into one event read from several sentences: same
 * class, same parties (for a communication, in either direction), same modality, and dates that do not
 * contradict each other. A call, meeting or round of talks mentioned again is the same one; a statement,
 * appeal or condemnation in another sentence is another one, unless that sentence only quotes the first
 * ("\"Ashkenazi told Blinken that ...\" the newspaper writes").
 */
public final class EventMerger {

    /**
     * @param quoted for each sentence of the article, whether it is a quotation (opens with a quotation mark)
     */
    public List<EventFrame> merge(List<EventFrame> events, java.util.function.IntPredicate quoted) {
        List<EventFrame> out = new ArrayList<>();
        for (EventFrame e : events) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                EventFrame o = out.get(i);
                boolean restated = o.sentences().contains(e.firstSentence()) || e.type().isCommunication()
                        || quoted.test(e.firstSentence());
                if (restated && sameEvent(o, e)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                out.add(e);
            } else {
                out.set(same, combine(out.get(same), e));
            }
        }
        return out;
    }

    private static boolean sameEvent(EventFrame a, EventFrame b) {
        if (a.type() != b.type() || a.modality() != b.modality()) {
            return false;
        }
        if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
            return false;
        }
        if (a.type().isCommunication()) {
            return keys(a.agents(), a.targets()).equals(keys(b.agents(), b.targets()));
        }
        return keys(a.agents(), List.of()).equals(keys(b.agents(), List.of()))
                && keys(a.targets(), List.of()).equals(keys(b.targets(), List.of()));
    }

    private static Set<String> keys(List<Actor> first, List<Actor> second) {
        Set<String> keys = new HashSet<>(SentenceView.keys(first));
        keys.addAll(SentenceView.keys(second));
        return keys;
    }

    private static EventFrame combine(EventFrame a, EventFrame b) {
        List<Integer> sentences = new ArrayList<>(a.sentences());
        b.sentences().stream().filter(s -> !sentences.contains(s)).forEach(sentences::add);
        return new EventFrame(a.type(), a.agents(), a.targets(), a.object() != null ? a.object() : b.object(),
                a.venue() != null ? a.venue() : b.venue(), a.date() != null ? a.date() : b.date(), a.modality(),
                sentences, a.trigger(), a.triggerSpan());
    }
}
