package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive that mvn package builds, unpacked elsewhere and run as its README says: bin/diplograph
 * finds a Java 21+ by itself (this test takes the JDK it runs on off PATH) and runs lib/diplograph.jar.
 */
class DistributionIT {
    @TempDir
    Path dir;

    @Test
    void the_archive_holds_the_launcher_the_jar_and_what_serve_and_query_read_and_runs_from_anywhere() throws Exception {
        Path archive;
        try (Stream<Path> s = Files.list(Path.of("target"))) {
            archive = s.filter(p -> p.getFileName().toString().matches("diplograph-.*-dist\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("mvn package built no target/diplograph-*-dist.tar.gz"));
        }
        assertEquals(0, new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString()).directory(dir.toFile())
                .inheritIO().start().waitFor());
        Path home;
        try (Stream<Path> s = Files.list(dir)) {
            home = s.findFirst().orElseThrow();
        }
        for (String part : List.of("bin/diplograph", "bin/jdk.sh", "lib/diplograph.jar", "fuseki-config.ttl", "README.md",
                "queries/who-talked-to-whom.rq", "ontology/diplomacy.ttl", "ontology/shapes.ttl", "examples", "docs/store.md")) {
            assertTrue(Files.exists(home.resolve(part)), "the distribution has no " + part);
        }
        assertTrue(Files.isExecutable(home.resolve("bin/diplograph")));
        assertEquals(Files.readString(Path.of("diplograph")), Files.readString(home.resolve("bin/diplograph")),
                "bin/diplograph is the launcher of the clone");

        // run from another folder, through a path to bin/, as after unpacking
        Path elsewhere = Files.createDirectories(dir.resolve("work"));
        String version = run(elsewhere, home.resolve("bin/diplograph").toString(), "--version");
        assertTrue(version.startsWith("diplograph "), version);
        String list = run(elsewhere, home.resolve("bin/diplograph").toString(), "query", "--list");
        assertTrue(list.contains("who-talked-to-whom: who called, met, visited"), list);
    }

    /** Runs a program with the JDK of this test off PATH and no JAVA_HOME, as a user's shell would. */
    private static String run(Path workDir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        Map<String, String> env = pb.environment();
        String jdkBin = Path.of(System.getProperty("java.home"), "bin").toString();
        env.remove("JAVA_HOME");
        env.put("PATH", String.join(":", Stream.of(env.getOrDefault("PATH", "/usr/bin:/bin").split(":"))
                .filter(d -> !d.equals(jdkBin)).toList()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return out;
    }
}
