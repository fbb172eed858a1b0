package org.diplograph.source;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline news puts before the first sentence: a place and often a day, as in "Washington. May 20.",
 * "MOSCOW, March 3 -", "KYIV, Ukraine, Feb. 9, 2023 (Reuters) -" or "Vienna, 14 July 2015 --"; or a place in
 * capitals and the agency, with no day: "WASHINGTON (Reuters) -", "CAIRO/AMMAN (AP) —".
 *
 * @param place the place as written
 * @param day   month and day, if given (null when the dateline has none)
 * @param year  the year, if given
 * @param begin offset in the text where the dateline starts (after a headline and byline, if any)
 * @param end   offset in the text just after the dateline
 */
public record Dateline(String place, MonthDay day, Integer year, int begin, int end) {

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}.'\\- ]{1,40}?(?:/\\p{Lu}[\\p{L}.'\\- ]{1,30}?)*)(?:, \\p{Lu}[\\p{L}.' ]{1,30}?)?[.,]\\s+"
                    + "(?:" + MONTH + "\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?|(\\d{1,2})\\s+" + MONTH + "(?:,?\\s*(\\d{4}))?)"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*(?:[.,:]|--|-|\u2013|\u2014)");
    /** A wire story's place in capitals, one or more ("NEW DELHI/ISLAMABAD"), maybe a region, and its agency. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu}.'\\- ]{1,30}(?:/\\p{Lu}[\\p{Lu}.'\\- ]{1,30})*)(?:, \\p{Lu}[\\p{L}.' ]{1,30}?)?"
                    + "\\s+\\([\\p{L}. ]{1,30}\\)\\s*(?:--|-|\u2013|\u2014)");

    /** The dateline at the start of the text, or of one of its next lines after a headline and a byline. */
    public static Optional<Dateline> parse(String text) {
        int lineStart = 0;
        for (int line = 0; line < 4 && lineStart >= 0 && lineStart < text.length(); line++) {
            Optional<Dateline> found = parseAt(text, lineStart);
            if (found.isPresent()) {
                return found;
            }
            int newline = text.indexOf('\n', Math.max(lineStart, firstNonBlank(text)));
            lineStart = newline < 0 ? -1 : newline + 1;
        }
        return Optional.empty();
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static Optional<Dateline> parseAt(String text, int from) {
        Matcher m = DATELINE.matcher(text);
        m.region(from, text.length());
        if (!m.lookingAt()) {
            Matcher agency = AGENCY_DATELINE.matcher(text);
            agency.region(from, text.length());
            return agency.lookingAt()
                    ? Optional.of(new Dateline(agency.group(1).trim(), null, null, from, agency.end()))
                    : Optional.empty();
        }
        String monthName = m.group(2) != null ? m.group(2) : m.group(6);
        String dayText = m.group(3) != null ? m.group(3) : m.group(5);
        String yearText = m.group(4) != null ? m.group(4) : m.group(7);
        Month month = month(monthName);
        int dayOfMonth = Integer.parseInt(dayText);
        if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(m.group(1).trim(), MonthDay.of(month, dayOfMonth),
                yearText == null ? null : Integer.valueOf(yearText), from, m.end()));
    }

    /** The full date, when the dateline gives the year. */
    public Optional<LocalDate> date() {
        if (year == null || day == null || !day.isValidYear(year)) {
            return Optional.empty();
        }
        return Optional.of(day.atYear(year));
    }

    private static Month month(String name) {
        String key = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Not a month: " + name);
    }
}
