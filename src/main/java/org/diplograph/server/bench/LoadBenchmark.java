package org.diplograph.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load test of a SPARQL endpoint over loopback: how long a cheap query takes while 0, 8, 32... heavy
 * queries keep running beside it.
 *
 * <pre>
 * List&lt;LoadBenchmark.Level&gt; levels = new LoadBenchmark(URI.create("http://127.0.0.1:3030/diplomacy/sparql"),
 *         cheap, heavy, 50, Duration.ofSeconds(3), progress).run(List.of(0, 8, 32));
 * </pre>
 *
 * Design decision: each heavy client sends its query again as soon as it is answered (or refused), so that a
 * level holds that many heavy queries at the server, in whatever state the server keeps them (running, queued,
 * refused); the cheap query is sent one at a time, after a warm-up, so that its latency is the server's answer
 * time under that load and not the client's queueing. Every request has a client time limit, so the benchmark ends
 * even against a server that does not.
 */
public final class LoadBenchmark {
    /** What one level measured. */
    public record Level(int heavy, List<Long> cheapMillis, int cheapFailures, String firstFailure, Map<String, Integer> heavyOutcomes) {
        public long percentile(double p) {
            if (cheapMillis.isEmpty()) {
                return -1;
            }
            List<Long> sorted = cheapMillis.stream().sorted().toList();
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
        }
    }

    private static final int WARM_UP_QUERIES = 10;

    private final URI endpoint;
    private final String cheapQuery;
    private final String heavyQuery;
    private final int samples;
    private final Duration warmup;
    private final Duration clientTimeout;
    private final PrintWriter progress;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public LoadBenchmark(URI endpoint, String cheapQuery, String heavyQuery, int samples, Duration warmup, Duration clientTimeout,
                         PrintWriter progress) {
        this.endpoint = endpoint;
        this.cheapQuery = cheapQuery;
        this.heavyQuery = heavyQuery;
        this.samples = samples;
        this.warmup = warmup;
        this.clientTimeout = clientTimeout;
        this.progress = progress;
    }

    /** Measures each level in turn; between levels, waits for the heavy queries of the last one to be answered. */
    public List<Level> run(List<Integer> heavyLevels) throws InterruptedException {
        for (int i = 0; i < WARM_UP_QUERIES; i++) {
            send(cheapQuery); // untimed: the first answers include loading classes and compiling the query path
        }
        List<Level> levels = new ArrayList<>();
        for (int heavy : heavyLevels) {
            levels.add(level(heavy));
        }
        return levels;
    }

    private Level level(int heavy) throws InterruptedException {
        progress.printf(Locale.ROOT, "bench-serve: %d heavy queries running, %d cheap queries...%n", heavy, samples);
        progress.flush();
        AtomicBoolean stop = new AtomicBoolean();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        AtomicInteger number = new AtomicInteger();
        for (int i = 0; i < heavy; i++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    outcomes.merge(send(heavyQuery).outcome(), 1, Integer::sum);
                }
            }, "heavy-client-" + number.incrementAndGet());
            t.setDaemon(true);
            t.start();
            clients.add(t);
        }
        Thread.sleep(heavy > 0 ? warmup.toMillis() : 0);
        List<Long> millis = new ArrayList<>();
        int failures = 0;
        String firstFailure = null;
        for (int i = 0; i < samples; i++) {
            Answer a = send(cheapQuery);
            if (a.status() == 200) {
                millis.add(a.millis());
            } else {
                failures++;
                if (firstFailure == null) {
                    firstFailure = a.outcome() + (a.detail().isEmpty() ? "" : ": " + a.detail());
                }
            }
            Thread.sleep(50);
        }
        stop.set(true);
        for (Thread t : clients) {
            t.join(clientTimeout.toMillis() + 10_000);
        }
        return new Level(heavy, millis, failures, firstFailure, new TreeMap<>(outcomes));
    }

    /**
     * Sends {@code n} cheap queries at the same moment, each on its own connection; returns how many got each
     * outcome (200, 503, or a connection refused or reset).
     */
    public Map<String, Integer> burst(int n) throws InterruptedException {
        progress.printf(Locale.ROOT, "bench-serve: a burst of %d cheap queries at once...%n", n);
        progress.flush();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // a client each, so that each query opens its own connection as separate users' would
            HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    outcomes.merge(send(own, cheapQuery).outcome(), 1, Integer::sum);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    own.close();
                }
            }, "burst-client-" + i);
            t.setDaemon(true);
            t.start();
            clients.add(t);
        }
        go.countDown();
        for (Thread t : clients) {
            t.join(clientTimeout.toMillis() + 10_000);
        }
        return new TreeMap<>(outcomes);
    }

    /** One query's answer: status (0 when no answer), time, and what it was, in words. */
    private record Answer(int status, long millis, String outcome, String detail) {
    }

    private Answer send(String query) {
        return send(http, query);
    }

    private Answer send(HttpClient client, String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(clientTimeout)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String detail;
            try (InputStream body = response.body()) {
                byte[] head = body.readNBytes(200);
                body.transferTo(java.io.OutputStream.nullOutputStream());
                detail = response.statusCode() == 200 ? "" : new String(head, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            return new Answer(response.statusCode(), ms, String.valueOf(response.statusCode()), detail);
        } catch (java.net.http.HttpTimeoutException e) {
            return new Answer(0, (System.nanoTime() - start) / 1_000_000, "no answer in " + clientTimeout.toSeconds() + " s", "");
        } catch (IOException e) {
            return new Answer(0, (System.nanoTime() - start) / 1_000_000, "broken: " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, 0, "interrupted", "");
        }
    }

    /** The figures as a table. */
    public static String table(List<Level> levels) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-13s %7s %8s %8s %8s %8s %8s  %s%n",
                "heavy queries", "cheap", "p50 ms", "p95 ms", "p99 ms", "max ms", "failed", "heavy query outcomes (HTTP status: count)"));
        for (Level l : levels) {
            sb.append(String.format(Locale.ROOT, "%-13d %7d %8d %8d %8d %8d %8d  %s%n", l.heavy(), l.cheapMillis().size() + l.cheapFailures(),
                    l.percentile(50), l.percentile(95), l.percentile(99), l.percentile(100), l.cheapFailures(),
                    l.heavyOutcomes().isEmpty() ? "-" : l.heavyOutcomes().toString()));
            if (l.firstFailure() != null) {
                sb.append("              first failure of the cheap query: ").append(l.firstFailure()).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
