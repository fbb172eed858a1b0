package org.diplograph.extract.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.diplograph.model.Office;

/**
 * Who held which office when (office-holders.tsv): "the Secretary of State" in an article of 2019 is Mike Pompeo,
 * in one of 2022 Antony Blinken.
 *
 * <pre>
 * gazetteer.holders().on(secretaryOfState, "US", LocalDate.of(2019, 6, 1));   // Mike Pompeo's spell
 * </pre>
 */
public final class OfficeHolders {
    private final Map<String, List<OfficeSpell>> byOffice;
    private final Map<String, List<OfficeSpell>> byHolder;

    OfficeHolders(List<OfficeSpell> spells) {
        Map<String, List<OfficeSpell>> offices = new HashMap<>();
        Map<String, List<OfficeSpell>> holders = new HashMap<>();
        for (OfficeSpell s : spells) {
            offices.computeIfAbsent(officeKey(s.office(), s.of()), k -> new ArrayList<>()).add(s);
            holders.computeIfAbsent(Gazetteer.slug(s.holder()), k -> new ArrayList<>()).add(s);
        }
        offices.values().forEach(l -> l.sort(Comparator.comparing(OfficeSpell::start)));
        holders.values().forEach(l -> l.sort(Comparator.comparing(OfficeSpell::start)));
        offices.replaceAll((k, v) -> List.copyOf(v));
        holders.replaceAll((k, v) -> List.copyOf(v));
        this.byOffice = Map.copyOf(offices);
        this.byHolder = Map.copyOf(holders);
    }

    private static String officeKey(Office office, String of) {
        return office.key() + "@" + of.toLowerCase(Locale.ROOT);
    }

    /** The spell of whoever held the office of that state or organization on that day. */
    public Optional<OfficeSpell> on(Office office, String of, LocalDate day) {
        if (office == null || of == null || day == null) {
            return Optional.empty();
        }
        return of(office, of).stream().filter(s -> s.covers(day)).findFirst();
    }

    /** Every spell in that office of that state or organization, earliest first. */
    public List<OfficeSpell> of(Office office, String of) {
        return office == null || of == null ? List.of() : byOffice.getOrDefault(officeKey(office, of), List.of());
    }

    /** Every spell of the person with that name, earliest first. */
    public List<OfficeSpell> held(String name) {
        return byHolder.getOrDefault(Gazetteer.slug(name), List.of());
    }

    /**
     * Reads office-holders.tsv, checking each row against the offices, states and organizations already loaded:
     * the office must exist, its holder's state or organization must be one the office can belong to, the dates
     * must be days, and one office's spells must not overlap.
     */
    static OfficeHolders load(List<Tsv.Row> rows, Map<String, Office> offices, Map<String, Country> countries,
                              Map<String, OrganizationEntry> organizations) {
        List<OfficeSpell> spells = new ArrayList<>();
        Map<String, Tsv.Row> rowOf = new HashMap<>();
        for (Tsv.Row r : rows) {
            Office office = offices.get(r.get("office"));
            if (office == null) {
                throw r.error("office '" + r.get("office") + "' is not in offices.tsv");
            }
            String where = r.get("of");
            String of;
            if (where.startsWith("org:")) {
                of = where.substring(4);
                if (!organizations.containsKey(of)) {
                    throw r.error("organization '" + of + "' is not in organizations.tsv");
                }
                if (!office.isGeneric() && !where.equals(office.scope())) {
                    throw r.error("office '" + office.key() + "' belongs to " + office.scope() + ", not " + where);
                }
            } else {
                of = where.toUpperCase(Locale.ROOT);
                if (!countries.containsKey(of)) {
                    throw r.error("'" + where + "' is neither a state of countries.tsv (ISO2) nor org:KEY");
                }
                if (!office.isGeneric() && !of.equals(office.scope())) {
                    throw r.error("office '" + office.key() + "' belongs to " + office.scope() + ", not " + where);
                }
            }
            if (r.get("holder").isEmpty()) {
                throw r.error("no holder");
            }
            if (r.get("source").isEmpty()) {
                throw r.error("no source: say where the dates come from (a URL, or \"Wikipedia: <article>\")");
            }
            OfficeSpell spell;
            try {
                LocalDate start = LocalDate.parse(r.get("start"));
                LocalDate end = r.get("end").isEmpty() ? null : LocalDate.parse(r.get("end"));
                spell = new OfficeSpell(office, of, r.get("holder"), start, end, r.get("source"));
            } catch (DateTimeParseException e) {
                throw r.error("start and end must be days written YYYY-MM-DD (end may be -): " + e.getParsedString());
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            for (OfficeSpell other : spells) {
                if (other.office().equals(office) && other.of().equals(of) && overlapBeyondHandOver(other, spell)) {
                    throw r.error(spell.holder() + "'s spell (" + spell.start() + " to " + (spell.end() == null ? "now" : spell.end())
                            + ") overlaps " + other.holder() + "'s in the same office (" + rowOf.get(key(other)).file()
                            + " line " + rowOf.get(key(other)).line() + ")");
                }
            }
            spells.add(spell);
            rowOf.put(key(spell), r);
        }
        return new OfficeHolders(spells);
    }

    private static String key(OfficeSpell s) {
        return s.office().key() + "|" + s.of() + "|" + s.holder() + "|" + s.start();
    }

    private static boolean overlapBeyondHandOver(OfficeSpell a, OfficeSpell b) {
        boolean aBeforeB = a.end() != null && !a.end().isAfter(b.start());
        boolean bBeforeA = b.end() != null && !b.end().isAfter(a.start());
        return !aBeforeB && !bBeforeA;
    }
}
