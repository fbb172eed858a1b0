package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.analysis.ExampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar finds the saved queries packed inside it, from any working directory. */
class JarIT {
    static String run(Path workDir, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("diplograph.jar", "target/diplograph.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(jar).toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void saved_queries_come_from_the_jar(@TempDir Path elsewhere) throws Exception {
        String list = run(elsewhere, "query", "--list");
        assertTrue(list.contains("who-talked-to-whom: who called, met, visited"), list);
        assertTrue(list.contains("    actor      text"), list);
        // TDB2 lets one process at a time open a database, and this JVM holds the examples store: the jar
        // reaches it through Fuseki
        Dataset ds = TDB2Factory.connectDataset(ExampleStore.database().toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/diplomacy", ds.asDatasetGraph()).build().start();
        try {
            String csv = run(elsewhere, "query", "who-talked-to-whom", "--endpoint",
                    "http://localhost:" + server.getHttpPort() + "/diplomacy", "--param", "actor=Ashkenazi", "--format", "csv");
            assertTrue(csv.contains("PhoneCall,Gabi Ashkenazi,Antony Blinken"), csv);
        } finally {
            server.stop();
        }
    }
}
