package org.diplograph.eval;

import org.apache.jena.graph.Node;

/**
 * One (class, agent, target) pair of an extracted event, the unit of scoring: an event with two agents and one
 * target counts as two pairs.
 *
 * @param target   null when the event has no target
 * @param date     the event's dip:date as YYYY-MM-DD, or null
 * @param modality the local name of its dip:modality ("Asserted" when the output gives none)
 * @param event    the event node the pair is read from
 * @param evidence the sentence the event was read from (its first), or null when the output gives none
 */
public record EventPair(String type, Party agent, Party target, String date, String modality, Node event, String evidence) {
    /** "Meeting Antony Blinken -> Sameh Shoukry", for reports. */
    public String describe() {
        return type + " " + agent.label() + " -> " + (target == null ? "(none)" : target.label());
    }
}
