package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.analysis.ExampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server under load, over HTTP: a full server says so with 503 and Retry-After; a query that runs out of
 * time ends in an error the client sees, not in a short 200; and cheap queries are answered while heavy ones are
 * still running (with Jena's default of 20 server threads and no turns, 24 heavy queries left a cheap one waiting
 * until they timed out). The speed itself is measured by bench-serve, not here.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ServerLoadIT {
    /** Counts the rows of a three-way cartesian product of the examples' triples: runs until its time limit. */
    static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String STREAMING = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static final String CHEAP = "SELECT ?s { ?s a <https://w3id.org/diplograph/ontology#Article> } LIMIT 3";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_full_server_answers_503_with_retry_after() throws Exception {
        FusekiServer server = DiplomacyServer.create().database(ExampleStore.database()).port(0)
                .limits(l -> l.with(1, 0, Duration.ofSeconds(1), 1)).queryTimeout(Duration.ofSeconds(15)).build().start();
        try {
            String sparql = "http://127.0.0.1:" + server.getHttpPort() + "/diplomacy/sparql";
            // the heavy query may itself be turned away while a cheap one holds the only place: it tries again
            Thread heavy = background(() -> {
                while (send(sparql, HEAVY, "application/sparql-results+json").statusCode() == 503) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            HttpResponse<String> refused = null;
            for (int i = 0; i < 200 && refused == null; i++) {
                HttpResponse<String> r = send(sparql, CHEAP, "text/csv");
                if (r.statusCode() == 503) {
                    refused = r;
                } else {
                    assertEquals(200, r.statusCode(), r.body()); // the heavy query has not got its place yet
                    Thread.sleep(100);
                }
            }
            assertTrue(refused != null, "the cheap query was never refused while the only place was taken");
            assertEquals("The server is busy: 1 queries are running and 0 are waiting, its limits. Try again in a few seconds.",
                    refused.body().strip());
            assertEquals("5", refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(heavy.isAlive());
        } finally {
            server.stop();
        }
    }

    @Test
    void a_query_out_of_time_is_an_error_not_a_short_answer() throws Exception {
        FusekiServer server = DiplomacyServer.create().database(ExampleStore.database()).port(0)
                .queryTimeout(Duration.ofSeconds(2)).limits(l -> l.with(null, null, null, 1)).build().start();
        try {
            String sparql = "http://127.0.0.1:" + server.getHttpPort() + "/diplomacy/sparql";
            for (String accept : List.of("text/csv", "application/sparql-results+json")) {
                HttpResponse<InputStream> r = http.send(request(sparql, STREAMING, accept), HttpResponse.BodyHandlers.ofInputStream());
                byte[] body;
                try (InputStream in = r.body()) {
                    body = in.readAllBytes();
                } catch (IOException e) {
                    assertEquals(200, r.statusCode(), "a broken-off body after " + r.statusCode());
                    continue; // broken off after the status was sent: the client knows the answer is not whole
                }
                String text = new String(body, StandardCharsets.UTF_8);
                assertFalse(text.contains("Incomplete results"), accept + ": " + r.statusCode() + " with truncated results");
                assertEquals(503, r.statusCode(), accept + ": a whole answer to a query that cannot finish in 2 s?");
                assertTrue(text.startsWith("Query timed out"), text.length() > 300 ? text.substring(0, 300) : text);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void cheap_queries_are_answered_while_heavy_ones_run() throws Exception {
        FusekiServer server = DiplomacyServer.create().database(ExampleStore.database()).port(0)
                .queryTimeout(Duration.ofSeconds(20)).limits(l -> l.with(null, null, null, 1)).build().start();
        try {
            String sparql = "http://127.0.0.1:" + server.getHttpPort() + "/diplomacy/sparql";
            AtomicInteger heavyAnswered = new AtomicInteger();
            List<Thread> heavy = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                heavy.add(background(() -> {
                    send(sparql, HEAVY, "application/sparql-results+json");
                    heavyAnswered.incrementAndGet();
                }));
            }
            Thread.sleep(2000); // let them in: past 1 s, all but one wait for their turn
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = send(sparql, CHEAP, "text/csv");
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(4, r.body().lines().count(), r.body());
            }
            assertEquals(0, heavyAnswered.get(), "the cheap queries waited until heavy ones were answered");
        } finally {
            server.stop();
        }
    }

    private HttpRequest request(String sparql, String query, String accept) {
        return HttpRequest.newBuilder(URI.create(sparql)).header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build();
    }

    private HttpResponse<String> send(String sparql, String query, String accept) {
        try {
            return http.send(request(sparql, query, accept), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Thread background(Runnable r) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                // the server stopped under it
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
