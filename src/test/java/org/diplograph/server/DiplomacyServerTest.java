package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;

class DiplomacyServerTest {
    private static final Path CONFIG = Path.of(DiplomacyServer.CONFIG_FILE);
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    @Test
    void configuration_database_defaults_to_data_tdb2_made_absolute() {
        Model m = DiplomacyServer.configuration(CONFIG, null);

        assertEquals(Path.of("data/tdb2").toAbsolutePath(), DiplomacyServer.databaseOf(m));
    }

    @Test
    void configuration_database_is_replaced_by_db() {
        Model m = DiplomacyServer.configuration(CONFIG, Path.of("elsewhere/db"));

        assertEquals(Path.of("elsewhere/db").toAbsolutePath(), DiplomacyServer.databaseOf(m));
        assertEquals(1, m.listStatements(null, m.createProperty(TDB2, "location"), (String) null).toList().size());
    }

    @Test
    void configuration_serves_the_union_of_graphs_and_times_out_queries() {
        Model m = DiplomacyServer.configuration(CONFIG, null);

        assertTrue(m.contains(null, m.createProperty(TDB2, "unionDefaultGraph"), m.createTypedLiteral(true)));
        assertTrue(m.contains(null, m.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#cxtName"), "arq:queryTimeout"));
        assertTrue(m.contains(null, m.createProperty("http://jena.apache.org/fuseki#name"), "diplomacy"));
    }

    @Test
    void configuration_missing_file_is_refused_with_its_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiplomacyServer.configuration(Path.of("no-such-config.ttl"), null));

        assertTrue(e.getMessage().contains("'no-such-config.ttl'"), e.getMessage());
    }

    @Test
    void management_is_open_only_for_what_the_ui_reads() {
        assertTrue(UiManagement.allowed("GET", "/$/ping"));
        assertTrue(UiManagement.allowed("GET", "/$/server"));
        assertTrue(UiManagement.allowed("POST", "/$/validate/query"));
        assertTrue(UiManagement.allowed("PUT", "/diplomacy/data"), "dataset endpoints decide for themselves");

        assertFalse(UiManagement.allowed("POST", "/$/datasets"));
        assertFalse(UiManagement.allowed("GET", "/$/datasets"));
        assertFalse(UiManagement.allowed("DELETE", "/$/server"));
        assertTrue(UiManagement.allowed("GET", "/$/stats/diplomacy"), "each dataset page of the UI loads it");
        assertFalse(UiManagement.allowed("GET", "/$/stats"));
        assertFalse(UiManagement.allowed("POST", "/$/stats/diplomacy"));
        assertFalse(UiManagement.allowed("POST", "/$/validate/query/extra"));
    }

    @Test
    void paths_that_normalise_to_something_else_are_ambiguous() {
        assertTrue(UiManagement.unambiguous("/diplomacy/sparql"));
        assertTrue(UiManagement.unambiguous("/$/validate/query"));

        assertFalse(UiManagement.unambiguous("/$/validate/../datasets"));
        assertFalse(UiManagement.unambiguous("/$/validate/%2e%2e/datasets"));
        assertFalse(UiManagement.unambiguous("/$/validate%2F..%2Fdatasets"));
        assertFalse(UiManagement.unambiguous("/$//datasets"));
        assertFalse(UiManagement.unambiguous("/$/./datasets"));
        assertFalse(UiManagement.unambiguous("/$/datasets/."));
        assertFalse(UiManagement.unambiguous("/$/validate/..;/datasets"));
    }
}
