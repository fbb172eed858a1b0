package org.diplograph.nlp;

import java.util.List;

/** One sentence of an article: its position in the article and its annotated tokens. */
public record Sentence(int index, CharSpan span, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** The raw text from the first to the last token of {@code span}, as it stands in the article. */
    public String textOf(TokenSpan span) {
        if (span.length() == 0) {
            return "";
        }
        int begin = tokens.get(span.begin()).span().begin() - this.span.begin();
        int end = tokens.get(span.end() - 1).span().end() - this.span.begin();
        return text.substring(begin, end);
    }

    public CharSpan charSpanOf(TokenSpan span) {
        return new CharSpan(tokens.get(span.begin()).span().begin(), tokens.get(span.end() - 1).span().end());
    }
}
