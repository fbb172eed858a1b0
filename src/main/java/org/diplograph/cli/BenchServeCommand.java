package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.server.DiplomacyServer;
import org.diplograph.server.bench.LoadBenchmark;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestListener;
import org.diplograph.store.IngestReport;
import org.diplograph.store.StoreLocation;
import org.diplograph.store.bench.SyntheticCorpus;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-serve}: how fast the server answers a cheap query while heavy ones run. */
@Command(name = "bench-serve",
        header = "Times a cheap query against the server while 0, 8 and 32 heavy queries run.",
        mixinStandardHelpOptions = true,
        description = {
                "Starts the diplograph server (as 'serve' would, with the same limits and options, but a query time",
                "limit of 10 s unless --query-timeout says otherwise) on a free loopback port over the database, keeps",
                "N heavy queries running against it (a cartesian product that runs until the time limit), and sends a",
                "cheap query, one at a time, --samples times. Prints, for each number of heavy queries, the cheap",
                "query's p50, p95, p99 and slowest answer times, how many failed, and what the heavy queries got (200,",
                "503 when the server is full or a query timed out); then how a burst of --burst cheap queries sent at",
                "the same moment was answered. Bounded: every request has a client time limit, and each level waits",
                "for its heavy queries to be answered.",
                "",
                "Without --db it first ingests --articles synthetic articles into a temporary database.",
                "The figures go to standard output, progress to standard error."},
        footer = {"",
                "Examples:",
                "  ./diplograph bench-serve",
                "  ./diplograph bench-serve --db data/tdb2 --heavy 0,8,32,64 --samples 100",
                "  ./diplograph bench-serve --endpoint http://127.0.0.1:3030/diplomacy   # a running server"})
public final class BenchServeCommand implements Callable<Integer> {
    static final String CHEAP = "PREFIX dip: <https://w3id.org/diplograph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?article ?label { ?article a dip:Article ; rdfs:label ?label } LIMIT 10";
    static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "The database to serve (default: a temporary one of --articles synthetic articles).")
    Path database;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "40",
            description = "Synthetic articles for the temporary database (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Measure this running dataset (e.g. http://127.0.0.1:3030/diplomacy) instead of starting a server.")
    URI endpoint;

    @Option(names = "--heavy", paramLabel = "N,N,...", split = ",", defaultValue = "0,8,32",
            description = "Numbers of heavy queries to keep running, one measurement each (default: ${DEFAULT-VALUE}).")
    List<Integer> heavy;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "50",
            description = "Cheap queries per level (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--burst", paramLabel = "N", defaultValue = "200",
            description = "Also send N cheap queries at the same moment, each on its own connection, and count the answers "
                    + "(default: ${DEFAULT-VALUE}; 0 to skip).")
    int burst;

    @Option(names = "--cheap-query", paramLabel = "SPARQL", description = "The cheap query (default: ten article labels).")
    String cheapQuery = CHEAP;

    @Option(names = "--heavy-query", paramLabel = "SPARQL",
            description = "The heavy query (default: the count of a three-way cartesian product: " + HEAVY + ").")
    String heavyQuery = HEAVY;

    /** The benchmark's query time limit unless --query-timeout says otherwise: it bounds how long a level waits for its heavy queries. */
    static final Duration BENCH_QUERY_TIMEOUT = Duration.ofSeconds(10);

    @CommandLine.Mixin
    ServerLimitOptions serverLimits;

    @Override
    public Integer call() throws Exception {
        if (burst < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + burst + "' for --burst: give 0 or more");
        }
        if (samples < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + samples + "' for --samples: give 1 or more");
        }
        if (heavy.stream().anyMatch(n -> n < 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value in --heavy: give numbers of 0 or more, e.g. 0,8,32");
        }
        PrintWriter err = spec.commandLine().getErr();
        Duration queryTimeout = serverLimits.queryTimeout != null ? serverLimits.queryTimeout : BENCH_QUERY_TIMEOUT;
        Duration clientTimeout = queryTimeout.plusSeconds(60);
        if (endpoint != null) {
            return measure(URI.create(endpoint.toString().replaceAll("/+$", "") + "/sparql"), clientTimeout, null, err);
        }
        Path temporary = null;
        Path db = database;
        if (db == null) {
            temporary = Files.createTempDirectory("diplograph-bench-serve-");
            db = temporary.resolve("tdb2");
            fill(db, err);
        } else if (!StoreOptions.isDatabase(db)) {
            throw new IllegalStateException("No TDB2 database at '" + db + "': give --db a database folder, or leave it out for a temporary one");
        }
        FusekiServer server = serverLimits.apply(DiplomacyServer.create().database(db).port(0)).queryTimeout(queryTimeout).build();
        server.start();
        try {
            return measure(URI.create("http://127.0.0.1:" + server.getHttpPort() + DiplomacyServer.DATASET + "/sparql"), clientTimeout,
                    queryTimeout, err);
        } finally {
            server.stop();
            if (temporary != null) {
                deleteTree(temporary);
            }
        }
    }

    /** Runs the levels and prints the table; {@code queryTimeout} is the server's, when this command started it. */
    private int measure(URI sparql, Duration clientTimeout, Duration queryTimeout, PrintWriter err) throws InterruptedException {
        double loadAverage = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        LoadBenchmark bench = new LoadBenchmark(sparql, cheapQuery, heavyQuery, samples, Duration.ofSeconds(3), clientTimeout, err);
        List<LoadBenchmark.Level> levels = bench.run(heavy);
        java.util.Map<String, Integer> burstOutcomes = burst > 0 ? bench.burst(burst) : java.util.Map.of();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("bench-serve: %s, %d processors, load average %.1f before the run, %s%n", sparql, Runtime.getRuntime().availableProcessors(),
                loadAverage, queryTimeout != null ? "query time limit " + queryTimeout.toSeconds() + " s" : "the server's own limits");
        out.print(LoadBenchmark.table(levels));
        if (burst > 0) {
            out.printf("burst of %d cheap queries at once: %s (HTTP status or failure: count)%n", burst, burstOutcomes);
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private void fill(Path db, PrintWriter err) {
        err.printf("bench-serve: ingesting %d synthetic articles into %s...%n", articles, db);
        err.flush();
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            IngestReport report = Ingest.create().batch(50).build().run(SyntheticCorpus.load(articles), store, IngestListener.NONE);
            err.printf("bench-serve: %,d articles, %,d triples%n", report.articles(), report.triples());
            err.flush();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
