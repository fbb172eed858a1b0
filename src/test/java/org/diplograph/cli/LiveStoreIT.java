package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.diplograph.store.LiveServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database being served is used by the other commands through the server: a real {@code serve} in a child JVM,
 * commands given only {@code --db}, answers checked over HTTP.
 */
class LiveStoreIT {
    private static final String COUNT_ARTICLES = "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/diplograph/ontology#Article> }";
    private static final String COUNT_EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e <https://w3id.org/diplograph/ontology#agent> ?x }";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private int count(String endpoint, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Integer.parseInt(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private int update(String endpoint, String update, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void live_commands_on_a_served_database_go_through_the_server() throws Exception {
        Path db = dir.resolve("tdb2");
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.copy(Path.of("eval/dev/002-un-veto-ukraine-annexation.txt"), news.resolve("a.txt"));
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.copy(Path.of("eval/dev/003-geneva-ukraine-deescalation.txt"), more.resolve("b.txt"));
        Path third = Files.createDirectories(dir.resolve("third"));
        Files.copy(Path.of("eval/dev/001-gaza-ceasefire-diplomacy.txt"), third.resolve("c.txt"));

        try (ChildProcess server = ChildProcess.diplograph(dir, "serve", "--db", db.toString(), "--create", "--port", "0")) {
            server.awaitLine(l -> l.contains("Stop the server"), 180);
            Path file = db.resolve(LiveServer.FILE);
            assertTrue(Files.exists(file), "the server leaves its file in the database folder");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            Properties p = new Properties();
            try (var r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            String endpoint = "http://127.0.0.1:" + p.getProperty("port") + "/diplomacy";
            assertEquals(0, count(endpoint, COUNT_ARTICLES));

            // the plain ingest a user knows, while the server runs: through it, and seen at once
            Cli.Run ingest = Cli.run("ingest", "--db", db.toString(), news.toString());
            assertEquals(0, ingest.exit(), ingest.err());
            assertTrue(ingest.err().contains("going through it"), ingest.err());
            assertEquals(1, count(endpoint, COUNT_ARTICLES));
            assertTrue(count(endpoint, COUNT_EVENTS) > 0);

            // two ingests at once (two processes) through the server
            try (ChildProcess one = ChildProcess.diplograph(Path.of("").toAbsolutePath(), "ingest", "--db", db.toString(), more.toString());
                 ChildProcess two = ChildProcess.diplograph(Path.of("").toAbsolutePath(), "ingest", "--db", db.toString(), third.toString())) {
                assertEquals(0, one.awaitExit(300), String.join("\n", one.seen()));
                assertEquals(0, two.awaitExit(300), String.join("\n", two.seen()));
            }
            assertEquals(3, count(endpoint, COUNT_ARTICLES));

            // reads beside the server
            Cli.Run query = Cli.run("query", "who-talked-to-whom", "--db", db.toString(), "--format", "csv");
            assertEquals(0, query.exit(), query.err());
            assertTrue(query.out().lines().count() > 1, query.out());
            Cli.Run events = Cli.run("events", "--db", db.toString());
            assertEquals(0, events.exit(), events.err());
            assertTrue(events.out().lines().count() > 1, events.out());

            // nobody else writes: no login, a wrong secret
            assertEquals(401, update(endpoint, "DROP ALL", null));
            String wrong = "Basic " + Base64.getEncoder().encodeToString((LiveServer.OWNER + ":guess").getBytes(StandardCharsets.UTF_8));
            assertEquals(401, update(endpoint, "DROP ALL", wrong));
            assertEquals(3, count(endpoint, COUNT_ARTICLES));

            // forget, through the server
            Cli.Run forget = Cli.run("forget", "--db", db.toString(), more.resolve("b.txt").toString());
            assertEquals(0, forget.exit(), forget.err());
            assertEquals(2, count(endpoint, COUNT_ARTICLES));

            // killed hard: its file stays, and the next command sees that nobody serves the database any more
            server.process().destroyForcibly();
            assertTrue(server.process().waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(db.resolve(LiveServer.FILE)), "kill -9 leaves the file");
        Cli.Run local = Cli.run("query", "who-talked-to-whom", "--db", db.toString(), "--format", "csv");
        assertEquals(0, local.exit(), local.err());
        assertFalse(local.err().contains("going through it"), local.err());
        assertFalse(Files.exists(db.resolve(LiveServer.FILE)), "a stale file is removed");
    }
}
