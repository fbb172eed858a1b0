package org.diplograph.source;

import java.util.Locale;

/** Checks shared by every kind of input on an article's text. */
final class Texts {
    private Texts() {
    }

    /** Why the text is over the size budget, or null when it is not. */
    static String tooLong(String text, ReadLimits limits) {
        if (text.length() <= limits.maxTextChars()) {
            return null;
        }
        return String.format(Locale.ROOT, "the text is %,d characters, over the limit of %,d for one article (--max-text): "
                + "split it into articles, or raise --max-text if it really is one", text.length(), limits.maxTextChars());
    }
}
