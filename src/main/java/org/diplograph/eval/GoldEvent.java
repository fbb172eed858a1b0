package org.diplograph.eval;

import java.util.List;

/**
 * One hand-annotated event of a gold file: its class, who acts, towards whom, on which day, and the sentence
 * that says so.
 *
 * @param type     an event class local name ("PhoneCall", "Block")
 * @param agents   acceptable names of the agent (usually one; a list when several names are right)
 * @param targets  acceptable names of the target; empty when the gold leaves it open (null), which then
 *                 matches any target
 * @param date     YYYY-MM-DD, or null
 * @param modality "Expected", "Negated", "Hypothetical" for modal events; null for asserted ones
 * @param evidence the sentence of the article that states the event, or null
 */
public record GoldEvent(String type, List<String> agents, List<String> targets, String date, String modality,
                        String evidence) {
    public GoldEvent {
        agents = List.copyOf(agents);
        targets = List.copyOf(targets);
    }

    /** "Meeting Antony Blinken -> Sameh Shoukry", for reports. */
    public String describe() {
        return type + " " + names(agents) + " -> " + (targets.isEmpty() ? "(any)" : names(targets));
    }

    private static String names(List<String> names) {
        List<String> shown = names.stream().map(n -> n.isEmpty() ? "(none)" : n).toList();
        return shown.isEmpty() ? "(none)" : shown.size() == 1 ? shown.get(0) : String.join(" | ", shown);
    }
}
