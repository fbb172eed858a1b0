package org.diplograph.extract.knowledge;

import java.util.List;

import org.diplograph.model.Modality;

/**
 * Words before a trigger that make its event expected, hypothetical or negated (a row of modality.tsv).
 *
 * @param words    the lemmas of the cue
 * @param modality what it makes the event
 * @param reported what it makes the event inside reported speech ("said Seoul would try": Expected)
 * @param governs  whether it counts only as a verb governing the trigger ("revoked an invitation to visit")
 * @param verbsOnly whether it counts only for a trigger that is a verb: "denied supplying weapons" was not done,
 *                 "denied the accusations" were still made
 */
public record ModalityCue(List<String> words, Modality modality, Modality reported, boolean governs, boolean verbsOnly) {
    public ModalityCue {
        words = List.copyOf(words);
    }
}
