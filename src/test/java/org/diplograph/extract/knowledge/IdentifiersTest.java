package org.diplograph.extract.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** identifiers.tsv: every state joined to Wikidata, ISO alpha-3 and CAMEO; organizations and people where known. */
class IdentifiersTest {
    static Gazetteer gazetteer;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        gazetteer = Knowledge.fromClasspath().gazetteer();
    }

    /** The user-assigned codes of countries.tsv for states few others recognise. */
    private static final java.util.Set<String> SELF_DECLARED = java.util.Set.of("XS", "XA", "XO", "XT", "XC");

    @Test
    void every_state_has_wikidata_iso3_and_cameo_01() {
        for (Country c : gazetteer.countries().values()) {
            ActorIds ids = gazetteer.ids("state/" + c.iso().toLowerCase(Locale.ROOT));
            assertNotNull(ids.wikidata(), c.name());
            if (SELF_DECLARED.contains(c.iso())) {
                continue; // no ISO alpha-3, no CAMEO code: none was ever given
            }
            assertTrue(ids.iso3() != null && ids.iso3().matches("[A-Z]{3}"), c.name());
            assertTrue(ids.cameo() != null && ids.cameo().matches("[A-Z]{3}"), c.name());
        }
        assertEquals(new ActorIds("Q34754", null, null), gazetteer.ids("state/xs"), "Somaliland");
        assertEquals(new ActorIds("Q30", "USA", "USA"), gazetteer.ids("state/us"));
        assertEquals("KSV", gazetteer.ids("state/xk").cameo(), "CAMEO's code for Kosovo, not ISO's user-assigned XKX");
        assertEquals("http://www.wikidata.org/entity/Q159", gazetteer.ids("state/ru").wikidataIri());
    }

    @Test
    void organizations_and_people_01() {
        assertEquals(new ActorIds("Q7184", null, "IGOWSTNAT"), gazetteer.ids("org/nato"));
        assertEquals("IGOUNO", gazetteer.ids("org/un").cameo());
        assertEquals("Q6279", gazetteer.ids("person/joe-biden").wikidata());
        // the Secretaries of State an article of 2017-2021 resolves "the Secretary of State" to
        assertEquals("Q473239", gazetteer.ids("person/mike-pompeo").wikidata());
        assertEquals("Q331401", gazetteer.ids("person/rex-tillerson").wikidata());
        assertEquals(ActorIds.NONE, gazetteer.ids("person/nobody-we-know"));
    }

    @Test
    void a_bad_row_names_file_line_and_reason_01() throws Exception {
        Files.writeString(dir.resolve("identifiers.tsv"), "actor\twikidata\tiso3\tcameo\nstate/us\tQ30\tUSA\tUSA\norg/natto\tQ7184\t-\t-\n");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Knowledge.load(KnowledgeFiles.overriddenBy(dir)));
        assertTrue(e.getMessage().contains("identifiers.tsv line 3: actor 'org/natto' is not one of ours"), e.getMessage());
        Files.writeString(dir.resolve("identifiers.tsv"), "actor\twikidata\tiso3\tcameo\nstate/us\t30\tUSA\tUSA\n");
        e = assertThrows(IllegalStateException.class, () -> Knowledge.load(KnowledgeFiles.overriddenBy(dir)));
        assertTrue(e.getMessage().contains("line 2: Wikidata id '30' must be Q followed by digits"), e.getMessage());
    }
}
