package org.diplograph.extract.knowledge;

import java.time.LocalDate;

import org.diplograph.model.Office;

/**
 * One person's time in one office, from office-holders.tsv: "Mike Pompeo, US Secretary of State, 2018-04-26 to
 * 2021-01-20".
 *
 * @param office the office held
 * @param of     ISO2 of the state whose office it is, or the key of the organization (the part of the office's IRI
 *               that says whose it is)
 * @param holder the holder's name, as persons.tsv spells it for a listed person
 * @param start  first day in office
 * @param end    the day the spell ended (the successor's first day), or null while it goes on
 * @param source where the dates were checked
 */
public record OfficeSpell(Office office, String of, String holder, LocalDate start, LocalDate end, String source) {
    public OfficeSpell {
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a spell cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** True when the holder was in office on that day (the day of a hand-over counts for the newcomer only). */
    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    /** True when the spell and the period [from, to] share a day; null bounds are open. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !start.isAfter(to)) && (from == null || end == null || end.isAfter(from));
    }
}
