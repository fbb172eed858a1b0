package org.diplograph.nlp;

/**
 * One token as OpenNLP read it: its text, where it stands in the article, its Universal Dependencies
 * part of speech (UPOS, e.g. {@code PROPN}, {@code VERB}) and its lower-case lemma.
 */
public record Token(String text, CharSpan span, String pos, String lemma) {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public boolean isNoun() {
        return "NOUN".equals(pos) || "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Its form is not its lemma: for a noun, a plural ("ministers"; "minister" is one person). */
    public boolean isInflected() {
        return !text().equalsIgnoreCase(lemma());
    }

    /** The possessive ending split off a name: "'s" of "Russia's", or the bare apostrophe of "Emirates'". */
    public boolean isPossessiveMark() {
        return text.equals("'s") || text.equals("\u2019s") || text.equals("'") || text.equals("\u2019");
    }

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
