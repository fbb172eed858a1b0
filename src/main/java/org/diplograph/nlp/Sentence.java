package org.diplograph.nlp;

import java.util.List;

/**
 * One sentence of an article: its position in the article, its annotated tokens and, when the sentence was worth
 * parsing (it holds a trigger word), its dependency parse; else {@code parse} is null.
 */
public record Sentence(int index, CharSpan span, String text, List<Token> tokens, Parse parse) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (parse != null && parse.size() != tokens.size()) {
            throw new IllegalArgumentException("A parse of " + parse.size() + " tokens for a sentence of " + tokens.size());
        }
    }

    public Sentence(int index, CharSpan span, String text, List<Token> tokens) {
        this(index, span, text, tokens, null);
    }

    /** The same sentence with its parse. */
    public Sentence withParse(Parse p) {
        return new Sentence(index, span, text, tokens, p);
    }

    public boolean parsed() {
        return parse != null;
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
