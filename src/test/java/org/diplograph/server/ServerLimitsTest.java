package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

class ServerLimitsTest {
    private static final String PREFIXES = """
            PREFIX fuseki: <http://jena.apache.org/fuseki#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX dgs: <https://w3id.org/diplograph/server#>
            """;

    @Test
    void the_shipped_configuration_sets_the_documented_limits() {
        ServerLimits l = ServerLimits.from(DiplomacyServer.configuration(Path.of(DiplomacyServer.CONFIG_FILE), null));

        assertEquals(64, l.maxQueries());
        assertEquals(256, l.maxQueued());
        assertEquals(Duration.ofSeconds(10), l.queueTimeout());
        assertEquals(Runtime.getRuntime().availableProcessors(), l.longQueries());
        assertEquals(Duration.ofSeconds(1), l.longAfter());
        assertEquals(1024, l.acceptQueue());
    }

    @Test
    void settings_and_overrides() {
        ServerLimits l = ServerLimits.from(parse("[] rdf:type fuseki:Server ; dgs:maxQueries 8 ; dgs:queueTimeout \"500ms\" ; "
                + "dgs:longQueries 3 ; dgs:longQueryAfter \"2.5s\" ."));

        assertEquals(8, l.maxQueries());
        assertEquals(Duration.ofMillis(500), l.queueTimeout());
        assertEquals(3, l.longQueries());
        assertEquals(Duration.ofMillis(2500), l.longAfter());
        assertEquals(ServerLimits.DEFAULT.maxQueued(), l.maxQueued());
        ServerLimits changed = l.with(null, 5, Duration.ofSeconds(2), null);
        assertEquals(8, changed.maxQueries());
        assertEquals(5, changed.maxQueued());
        assertEquals(Duration.ofSeconds(2), changed.queueTimeout());
        assertEquals(l.threads(), 8 + ServerLimits.DEFAULT.maxQueued() + 32);
    }

    @Test
    void a_bad_setting_names_itself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerLimits.from(parse("[] rdf:type fuseki:Server ; dgs:maxQueries \"many\" .")));
        assertTrue(e.getMessage().contains("dgs:maxQueries is many: give a number"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServerLimits.from(parse("[] rdf:type fuseki:Server ; dgs:longQueries 0 .")));
    }

    private static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).parse(m);
        return m;
    }
}
