package org.diplograph.eval;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a gold name and an extracted name are the same actor, by the rules of the reference scorer
 * (../shared/tools/score.py): equal after normalization, or the same surname and first initial
 * ("Anthony Blinken" and "Antony Blinken").
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Names() {
    }

    /**
     * Accents off, lower case, no leading "the", every run of other characters one space:
     * "the U.S." and "US" stay apart ("u s", "us"), "Zelenskyy's" becomes "zelenskyy s".
     */
    public static String normalize(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = LEADING_THE.matcher(s).replaceFirst("");
        s = NOT_ALNUM.matcher(s).replaceAll(" ").strip();
        return s;
    }

    /** True when one gold name and one extracted name match. */
    public static boolean match(Collection<String> gold, Collection<String> predicted) {
        Set<String> g = normalized(gold);
        Set<String> p = normalized(predicted);
        for (String n : g) {
            if (p.contains(n)) {
                return true;
            }
        }
        for (String gn : g) {
            String[] gt = words(gn);
            for (String pn : p) {
                String[] pt = words(pn);
                if (gt.length >= 2 && pt.length >= 2 && gt[gt.length - 1].equals(pt[pt.length - 1])
                        && gt[0].charAt(0) == pt[0].charAt(0)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> normalized(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isEmpty()) {
                out.add(normalize(n));
            }
        }
        return out;
    }

    private static String[] words(String normalized) {
        return normalized.isEmpty() ? new String[0] : normalized.split(" ");
    }
}
