package org.diplograph.nlp;

/** A half-open range {@code [begin, end)} of token indexes within one sentence. */
public record TokenSpan(int begin, int end) {
    public TokenSpan {
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("Bad token span [" + begin + ", " + end + "): need 0 <= begin <= end");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(int index) {
        return begin <= index && index < end;
    }

    public boolean overlaps(TokenSpan other) {
        return begin < other.end && other.begin < end;
    }
}
