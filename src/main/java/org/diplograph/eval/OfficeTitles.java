package org.diplograph.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares an extracted office title (dip:title) with the gold role.
 * <ul>
 * <li>RIGHT: equal ignoring case, accents and punctuation ("Secretary-General" = "secretary general").</li>
 * <li>PARTIAL: the content words of one title are all in the other ("Foreign Minister" and "Minister of Foreign
 * Affairs", "Ambassador" and "Ambassador to the United Nations"), and both carry the same rank words
 * (vice, deputy, assistant, under, former, prime, general, chief, first, senior, special), so
 * "Vice President" is not a partial "President" and "Prime Minister" is not a partial "Foreign Minister".</li>
 * <li>WRONG otherwise; MISSING when the actor holds no office in the output.</li>
 * </ul>
 * Partial matches are reported apart from right ones, never counted as right.
 */
public final class OfficeTitles {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "to", "for", "and", "in", "on", "at", "a", "an");
    private static final Set<String> RANKS = Set.of("vice", "deputy", "assistant", "under", "former",
            "prime", "general", "chief", "first", "senior", "special");

    private OfficeTitles() {
    }

    /** The best verdict over the actor's titles. */
    public static Verdict compare(String goldRole, List<String> titles) {
        if (titles.isEmpty()) {
            return Verdict.MISSING;
        }
        Verdict best = Verdict.WRONG;
        for (String title : titles) {
            Verdict v = compare(goldRole, title);
            if (v.ordinal() < best.ordinal()) {
                best = v;
            }
        }
        return best;
    }

    static Verdict compare(String goldRole, String title) {
        String g = Names.normalize(goldRole), t = Names.normalize(title);
        if (g.equals(t)) {
            return Verdict.RIGHT;
        }
        Set<String> gw = contentWords(g), tw = contentWords(t);
        if (gw.isEmpty() || tw.isEmpty()) {
            return Verdict.WRONG;
        }
        boolean nested = gw.containsAll(tw) || tw.containsAll(gw);
        boolean sameRanks = ranks(gw).equals(ranks(tw));
        return nested && sameRanks ? Verdict.PARTIAL : Verdict.WRONG;
    }

    private static Set<String> contentWords(String normalized) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : normalized.split(" ")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> ranks(Set<String> words) {
        Set<String> out = new LinkedHashSet<>(words);
        out.retainAll(RANKS);
        return out;
    }
}
