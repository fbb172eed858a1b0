package org.diplograph.nlp;

import java.util.List;

/** A text split into sentences and annotated tokens; every offset points into {@link #text()}. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
