package org.diplograph.nlp;

/**
 * A half-open range {@code [begin, end)} of UTF-16 character offsets into the raw article text.
 * Character and token positions are different types ({@link TokenSpan}) so they cannot be mixed up.
 */
public record CharSpan(int begin, int end) {
    public CharSpan {
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("Bad character span [" + begin + ", " + end + "): need 0 <= begin <= end");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(CharSpan other) {
        return begin <= other.begin && other.end <= end;
    }

    /** The text this span covers in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }
}
