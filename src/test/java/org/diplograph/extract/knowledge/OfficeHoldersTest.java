package org.diplograph.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.diplograph.model.Office;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dated offices from office-holders.tsv, and the checks on its rows. */
class OfficeHoldersTest {
    static Gazetteer gazetteer;
    static Office secretaryOfState;

    @BeforeAll
    static void load() {
        gazetteer = Knowledge.fromClasspath().gazetteer();
        secretaryOfState = gazetteer.office("us-secretary-of-state").orElseThrow();
    }

    @Test
    void holder_on_a_day_01() {
        OfficeHolders h = gazetteer.holders();
        assertEquals("Mike Pompeo", h.on(secretaryOfState, "US", LocalDate.of(2019, 6, 4)).orElseThrow().holder());
        assertEquals("Antony Blinken", h.on(secretaryOfState, "US", LocalDate.of(2022, 3, 1)).orElseThrow().holder());
        // the day of a hand-over belongs to the newcomer; a gap between two holders has no holder
        assertEquals("Marco Rubio", h.on(secretaryOfState, "US", LocalDate.of(2025, 1, 21)).orElseThrow().holder());
        assertTrue(h.on(secretaryOfState, "US", LocalDate.of(2018, 4, 10)).isEmpty(), "Tillerson gone, Pompeo not yet in");
        Office fm = gazetteer.office("foreign-minister").orElseThrow();
        assertEquals("Mohammad Javad Zarif", h.on(fm, "IR", LocalDate.of(2019, 6, 4)).orElseThrow().holder());
        assertEquals("Sergei Lavrov", h.on(fm, "RU", LocalDate.of(2024, 1, 1)).orElseThrow().holder());
        assertTrue(h.on(fm, "IL", LocalDate.of(2024, 1, 1)).isEmpty(), "no Israeli foreign ministers in the file");
    }

    @Test
    void holders_since_2017_01() {
        List<String> since = gazetteer.holders().of(secretaryOfState, "US").stream()
                .filter(s -> !s.start().isBefore(LocalDate.of(2017, 1, 21))).map(OfficeSpell::holder).toList();
        assertEquals(List.of("Rex Tillerson", "Mike Pompeo", "Antony Blinken", "Marco Rubio"), since);
        OfficeSpell rubio = gazetteer.holders().of(secretaryOfState, "US").getLast();
        assertNull(rubio.end(), "still in office");
        assertTrue(rubio.source().startsWith("Wikipedia: "), rubio.source());
    }

    @Test
    void organizations_have_their_own_offices_01() {
        Office nato = gazetteer.office("nato-secretary-general").orElseThrow();
        assertEquals("nato", nato.organizationKey());
        assertEquals("Mark Rutte", gazetteer.holders().on(nato, "nato", LocalDate.of(2025, 3, 1)).orElseThrow().holder());
        Office generic = gazetteer.office("secretary-general").orElseThrow();
        assertEquals(nato, gazetteer.organizationOffice(generic, "nato").orElseThrow());
        assertEquals("un-secretary-general", gazetteer.organizationOffice(generic, "un").orElseThrow().key());
        assertEquals(generic, gazetteer.organizationOffice(generic, "gcc").orElseThrow(), "no office of its own");
        List<String> spells = gazetteer.holders().held("Jens Stoltenberg").stream().map(s -> s.office().key()).toList();
        assertEquals(List.of("nato-secretary-general"), spells);
    }

    @Test
    void every_spell_has_a_source_and_sane_dates_01() {
        for (Office o : gazetteer.offices().values()) {
            for (String of : List.of("US", "GB", "FR", "RU", "CN", "nato", "un", "eu")) {
                for (OfficeSpell s : gazetteer.holders().of(o, of)) {
                    assertTrue(!s.source().isBlank(), s.toString());
                    assertTrue(s.end() == null || s.end().isAfter(s.start()), s.toString());
                    assertTrue(s.end() == null || s.end().getYear() >= 2000, "from 2000 on: " + s);
                }
            }
        }
    }

    static IllegalStateException badFile(String... rows) {
        String text = "office\tof\tholder\tstart\tend\tsource\n" + String.join("\n", rows) + "\n";
        List<Tsv.Row> parsed = Tsv.read("my/office-holders.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return assertThrows(IllegalStateException.class, () -> OfficeHolders.load(parsed, gazetteer.offices(),
                gazetteer.countries(), java.util.Map.of("nato", new OrganizationEntry("nato", "NATO", "InternationalOrganization", "", List.of(), true))));
    }

    @Test
    void bad_rows_name_file_line_and_reason_01() {
        String src = "Wikipedia: a list";
        IllegalStateException e = badFile("us-secretary-of-state\tUS\tA\t2018-04-26\t2021-01-20\t" + src,
                "us-secretary-of-state\tUS\tB\t2020-01-01\t-\t" + src);
        assertTrue(e.getMessage().startsWith("my/office-holders.tsv line 3: B's spell"), e.getMessage());
        assertTrue(e.getMessage().contains("overlaps A's in the same office (my/office-holders.tsv line 2)"), e.getMessage());
        e = badFile("us-secretary-of-state\tUS\tA\t26/04/2018\t-\t" + src);
        assertTrue(e.getMessage().contains("line 2: start and end must be days written YYYY-MM-DD"), e.getMessage());
        e = badFile("secretary-of-states\tUS\tA\t2018-04-26\t-\t" + src);
        assertTrue(e.getMessage().contains("line 2: office 'secretary-of-states' is not in offices.tsv"), e.getMessage());
        e = badFile("us-secretary-of-state\tGB\tA\t2018-04-26\t-\t" + src);
        assertTrue(e.getMessage().contains("belongs to US, not GB"), e.getMessage());
        e = badFile("foreign-minister\tXX\tA\t2018-04-26\t-\t" + src);
        assertTrue(e.getMessage().contains("'XX' is neither a state"), e.getMessage());
        e = badFile("foreign-minister\tFR\tA\t2018-04-26\t2017-01-01\t" + src);
        assertTrue(e.getMessage().contains("cannot end (2017-01-01) before it starts"), e.getMessage());
        e = badFile("foreign-minister\tFR\tA\t2018-04-26\t-\t-");
        assertTrue(e.getMessage().contains("no source"), e.getMessage());
    }
}
