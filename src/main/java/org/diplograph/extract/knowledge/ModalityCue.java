package org.diplograph.extract.knowledge;

import java.util.List;

import org.diplograph.model.Modality;

/** Words before a trigger that make its event expected, hypothetical or negated (modality.tsv). */
public record ModalityCue(List<String> words, Modality modality) {
    public ModalityCue {
        words = List.copyOf(words);
    }
}
