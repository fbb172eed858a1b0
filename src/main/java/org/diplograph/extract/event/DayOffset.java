package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.nlp.Parse;

/**
 * A stretch of a sentence told as so many days from the rest of it: "India expelled a diplomat on Tuesday, <b>a day
 * after Trudeau accused New Delhi</b>", "the summons came <b>two weeks before the premier visited Tokyo</b>". News
 * dates the clause it leads with and the other one by the distance; the events of the stretch happen
 * {@code days} after the day of the clause it hangs on (negative: before it).
 *
 * @param start the first word of the measure ("a" of "a day after")
 * @param innerStart the first word after "after" or "before"
 * @param innerEnd the end (exclusive) of what "after" or "before" governs
 * @param governed the head of the stretch in the parse: the verb "after" marks, or "after" itself; -1 without a parse
 * @param days how many days the stretch lies from the clause it hangs on, when the text counts them
 */
record DayOffset(int start, int innerStart, int innerEnd, int governed, OptionalLong days) {

    /** Whether token k is told in the stretch: its events take the offset day. */
    boolean holds(int k) {
        return k >= innerStart && k < innerEnd;
    }

    /** Whether token k belongs to the offset phrase at all, the measure included: no day of the outer clause. */
    boolean covers(int k) {
        return k >= start && k < innerEnd;
    }

    /**
     * The offsets of a sentence, left to right: a unit of the offset-units list right before a word of the
     * offset-prepositions list ("day after", "weeks before"), counted when a word of offset-counts or a number
     * stands before the unit and no word of the approximators list before that ("a day after", "two weeks before";
     * "days after", "a few weeks after", "less than two weeks after" count nothing), or when the unit is shorter
     * than a day ("hours after").
     */
    static List<DayOffset> in(SentenceView v) {
        List<DayOffset> out = new ArrayList<>();
        for (int k = 2; k < v.size(); k++) {
            Long sign = v.words.numbered(WordLists.Name.OFFSET_PREPOSITIONS).get(lower(v, k));
            Long unit = v.words.numbered(WordLists.Name.OFFSET_UNITS).get(lower(v, k - 1));
            if (sign == null || unit == null) {
                continue;
            }
            Long count = v.words.numbered(WordLists.Name.OFFSET_COUNTS).get(lower(v, k - 2));
            if (count == null && lower(v, k - 2).matches("\\d{1,3}")) {
                count = Long.valueOf(lower(v, k - 2));
            }
            boolean approximate = k >= 3 && v.words.has(WordLists.Name.APPROXIMATORS, lower(v, k - 3));
            int start = count == null ? k - 1 : k - 2;
            OptionalLong days = unit == 0 ? OptionalLong.of(0)
                    : count == null || approximate ? OptionalLong.empty() : OptionalLong.of(sign * count * unit);
            int governed = governedBy(v, k);
            out.add(new DayOffset(start, k + 1, endOfWhatItGoverns(v, k, governed), governed, days));
        }
        return out;
    }

    /** The verb "after" marks in the parse ("after Trudeau accused ..."), else "after" itself; -1 without a parse. */
    private static int governedBy(SentenceView v, int preposition) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return -1;
        }
        return parse.relation(preposition).equals("mark") && parse.head(preposition) > preposition ? parse.head(preposition) : preposition;
    }

    /**
     * The end of the clause or phrase "after" governs: the subtree of the verb it marks ("after Trudeau accused New
     * Delhi of ...") or its own ("after the vote on the draft"); without a parse, or when the parse hangs the whole
     * sentence there, the end of the clause.
     */
    private static int endOfWhatItGoverns(SentenceView v, int preposition, int governed) {
        Parse parse = v.sentence.parse();
        if (parse == null || governed < 0 || parse.head(governed) < 0) {
            return v.clauseEnd(preposition);
        }
        int end = preposition + 1;
        for (int j = preposition + 1; j < v.size(); j++) {
            if (parse.dominates(governed, j)) {
                end = j + 1;
            }
        }
        return end;
    }

    private static String lower(SentenceView v, int k) {
        return k < 0 ? "" : v.token(k).text().toLowerCase(Locale.ROOT);
    }
}
