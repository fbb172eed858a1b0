package org.diplograph.extract.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.Modality;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * Finds the day an event happened from the words of its clause: an explicit date ("May 19", "19 May 2021"),
 * a weekday ("on Wednesday"), "today", "this afternoon", "yesterday", "tomorrow". Relative dates are resolved against the
 * publication date: a weekday is the latest such day on or before it for a reported fact, the next one on or
 * after it for an expected event. Without a publication date only a date with its year is resolved; nothing is
 * guessed. Vague times ("last week", "in recent days") fix no day.
 */
final class DateResolver {
    /** A year as written: "2019". */
    static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final java.util.regex.Pattern DAY_DIGITS = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern ORDINAL_ENDING = java.util.regex.Pattern.compile("(st|nd|rd|th)$");
    /** The weekdays and the months by the words that name them ("Monday"; "September", "Sep", "Sept"). */
    private static final java.util.Map<String, DayOfWeek> WEEKDAYS;
    private static final java.util.Map<String, Month> MONTHS;

    static {
        java.util.Map<String, DayOfWeek> days = new java.util.HashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.putIfAbsent(d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT), d);
        }
        WEEKDAYS = java.util.Map.copyOf(days);
        // in month order, the first month a word names wins, as in the loop this replaces ("May" is May's name and
        // abbreviation)
        java.util.Map<String, Month> months = new java.util.HashMap<>();
        for (Month m : Month.values()) {
            String name = m.name().charAt(0) + m.name().substring(1).toLowerCase(Locale.ROOT);
            months.putIfAbsent(name, m);
            months.putIfAbsent(name.substring(0, 3), m);
        }
        months.putIfAbsent("Sept", Month.SEPTEMBER);
        MONTHS = java.util.Map.copyOf(months);
    }

    private final WordLists words;

    DateResolver(WordLists words) {
        this.words = words;
    }

    /**
     * The date expressed nearest to {@code anchor} in tokens [from, to), or empty. Not a bound of time ("told him to
     * leave by February 7", "until Friday"), nor, for what is told as done, a day after publication.
     */
    Optional<LocalDate> resolve(Sentence s, int from, int to, int anchor, LocalDate published, Modality modality) {
        return resolve(s, from, to, anchor, published, modality, k -> false);
    }

    /** The same, passing over the tokens {@code elsewhere} holds (a stretch of the sentence with a time of its own). */
    Optional<LocalDate> resolve(Sentence s, int from, int to, int anchor, LocalDate published, Modality modality,
            java.util.function.IntPredicate elsewhere) {
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean done = modality == Modality.ASSERTED || modality == Modality.NEGATED;
        for (int k = Math.max(0, from); k < to; k++) {
            Optional<LocalDate> d = bounded(s, k) || elsewhere.test(k) ? Optional.empty() : dateAt(s, k, published, modality);
            if (d.isPresent() && done && published != null && d.get().isAfter(published)) {
                continue;
            }
            if (d.isPresent() && Math.abs(k - anchor) < bestDistance) {
                best = d.get();
                bestDistance = Math.abs(k - anchor);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the date word at k (or its day number before it) follows a preposition of a bound: "by 7 February". */
    private boolean bounded(Sentence s, int k) {
        int before = k - 1;
        if (before >= 0 && dayNumber(s.token(before).text()) > 0 && month(s.token(k).text()) != null) {
            before--; // "by 7 February"
        }
        return before >= 0 && words.has(WordLists.Name.BOUND_PREPOSITIONS, s.token(before).text().toLowerCase(Locale.ROOT));
    }

    private Optional<LocalDate> dateAt(Sentence s, int k, LocalDate published, Modality modality) {
        Token t = s.token(k);
        String w = t.text().toLowerCase(Locale.ROOT);
        boolean future = modality == Modality.EXPECTED;
        Token before = k > 0 ? s.token(k - 1) : null;
        switch (w) {
            case "today", "tonight" -> {
                return Optional.ofNullable(published);
            }
            case "this" -> {
                // "held a call this afternoon": the day of publication
                String next = k + 1 < s.size() ? s.token(k + 1).text().toLowerCase(Locale.ROOT) : "";
                if (next.equals("morning") || next.equals("afternoon") || next.equals("evening")) {
                    return Optional.ofNullable(published);
                }
            }
            case "yesterday" -> {
                return Optional.ofNullable(published).map(p -> p.minusDays(1));
            }
            case "tomorrow" -> {
                return Optional.ofNullable(published).map(p -> p.plusDays(1));
            }
            default -> {
            }
        }
        DayOfWeek day = weekday(t.text());
        if (day != null) {
            if (published == null || (before != null && (before.is("every") || before.is("on") && k >= 2 && s.token(k - 2).is("every")))) {
                return Optional.empty();
            }
            if (before != null && before.is("last")) {
                return Optional.of(published.with(TemporalAdjusters.previous(day)));
            }
            if (before != null && before.is("next")) {
                return Optional.of(published.with(TemporalAdjusters.next(day)));
            }
            return Optional.of(future ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day)));
        }
        Month month = month(t.text());
        if (month != null) {
            // "May 19, 2021" or "May 19"
            if (k + 1 < s.size() && dayNumber(s.token(k + 1).text()) > 0) {
                int dom = dayNumber(s.token(k + 1).text());
                Integer year = yearAt(s, k + 2);
                return date(month, dom, year, published, future);
            }
            // "19 May 2021"
            if (before != null && dayNumber(before.text()) > 0) {
                return date(month, dayNumber(before.text()), yearAt(s, k + 1), published, future);
            }
        }
        return Optional.empty();
    }

    private static Integer yearAt(Sentence s, int k) {
        if (k < s.size() && s.token(k).text().equals(",")) {
            k++;
        }
        if (k < s.size() && YEAR.matcher(s.token(k).text()).matches()) {
            return Integer.valueOf(s.token(k).text());
        }
        return null;
    }

    private static Optional<LocalDate> date(Month month, int dom, Integer year, LocalDate published, boolean future) {
        if (dom > month.maxLength()) {
            return Optional.empty();
        }
        if (year != null) {
            return month == Month.FEBRUARY && dom == 29 && !java.time.Year.isLeap(year) ? Optional.empty()
                    : Optional.of(LocalDate.of(year, month, dom));
        }
        if (published == null) {
            return Optional.empty();
        }
        // a day without a year is the one nearest the publication date
        int y = published.getYear();
        if (month == Month.FEBRUARY && dom == 29 && !java.time.Year.isLeap(y)) {
            return Optional.empty();
        }
        LocalDate d = LocalDate.of(y, month, dom);
        if (!future && d.isAfter(published.plusDays(31))) {
            d = d.minusYears(1);
        } else if (future && d.isBefore(published.minusDays(31))) {
            d = d.plusYears(1);
        }
        return Optional.of(d);
    }

    private static int dayNumber(String text) {
        // this runs for every token of every clause searched for a date: most are words, and a day number starts
        // with a digit whatever its ending (the suffix pattern is compiled once, not at every call)
        if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
            return -1;
        }
        String digits = ORDINAL_ENDING.matcher(text).replaceAll("");
        if (!DAY_DIGITS.matcher(digits).matches()) {
            return -1;
        }
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= 31 ? n : -1;
    }

    static DayOfWeek weekday(String word) {
        // a map made once: the loop over the names built seven strings for every token tried
        return WEEKDAYS.get(word);
    }

    /** A month by its English name or abbreviation ("Sept."), capitalized as in running text. */
    static Month month(String word) {
        String w = word.replace(".", "");
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return null;
        }
        return MONTHS.get(w);
    }
}
