package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.analysis.SavedQuery;
import org.diplograph.server.DiplomacyServer;
import org.diplograph.source.ArticleFiles;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestReport;
import org.diplograph.store.LiveServer;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: Fuseki with its web UI over the database, dataset /diplomacy. */
@Command(name = "serve",
        header = "Fuseki with its web UI over the database, as the dataset /diplomacy.",
        mixinStandardHelpOptions = true,
        description = {
                "Starts Apache Jena Fuseki with its web UI (the query editor) over the TDB2 database, as the dataset",
                "/diplomacy, configured by fuseki-config.ttl (the one in the working directory, else the jar's). The",
                "default graph is the union of the articles' graphs. Anyone who can reach the server can query it; only",
                "users of the --passwd file can write (SPARQL update at /diplomacy/update, Graph Store at",
                "/diplomacy/data), and without one nobody can. Server management (creating or deleting datasets, backups, compaction) does not exist here.",
                "",
                "The server listens on 127.0.0.1 unless --host says otherwise, and runs until stopped (Ctrl-C).",
                "While it runs it leaves the file " + LiveServer.FILE + " in the database folder (its port and a secret,",
                "readable only by you, removed when it stops): ingest, forget, query, events, export, validate and network",
                "given the same --db find it there and go through the server, so articles ingested meanwhile show in the UI",
                "at once. The secret writes only from this machine; without it, writing needs a --passwd user as before.",
                "The URL and a first query to paste go to standard error."},
        footer = {"",
                "Examples:",
                "  ./diplograph serve --ingest examples/",
                "  ./diplograph serve --db /srv/diplo/tdb2 --port 8080",
                "  ./diplograph serve --host 0.0.0.0 --passwd passwords.txt",
                "",
                "Then open http://localhost:3030/ in a browser, or from a script:",
                "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' \\",
                "      http://localhost:3030/diplomacy/sparql",
                "",
                "A password file has one 'user: password' line per user (Jetty's format)."})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR",
            description = "The TDB2 database folder (default: the configuration's, data/tdb2).")
    Path database;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DiplomacyServer.DEFAULT_PORT,
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 takes a free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = DiplomacyServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--create", negatable = false,
            description = "Create an empty database when --db (or the configuration's folder) holds none; without it, serving a "
                    + "folder that holds no database is an error (a mistyped path would otherwise serve an empty store).")
    boolean create;

    @Option(names = "--ingest", paramLabel = "PATH", arity = "1..*",
            description = "Ingest these articles (files, folders) into the database before serving.")
    List<String> ingest;

    @Option(names = "--batch", paramLabel = "N",
            description = "With --ingest: most articles per write transaction (default: " + Ingest.Builder.DEFAULT_BATCH + "); see ingest --help.")
    Integer batch;

    @CommandLine.Mixin
    InputLimitOptions limits;

    @CommandLine.Mixin
    ServerLimitOptions serverLimits;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: ./" + DiplomacyServer.CONFIG_FILE + ", else the jar's).")
    Path config;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Password file of the users who may write ('user: password' lines).")
    Path passwordFile;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + port + "' for --port: give 0 to 65535");
        }
        IngestCommand.checkBatch(spec, batch == null ? 1 : batch, false);
        if (batch != null && ingest == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch " + batch + " sets how --ingest stores articles: give --ingest PATH too, or drop --batch");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path db;
        try {
            db = DiplomacyServer.databaseOf(DiplomacyServer.configuration(config, database));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (ingest != null && db == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ingest needs a TDB2 database, but the configuration "
                    + (config != null ? config : DiplomacyServer.CONFIG_FILE) + " has no tdb2:location; serve a configuration with a tdb2:DatasetTDB2");
        }
        if (db != null) {
            LiveServer.find(db).ifPresent(running -> {
                throw new IllegalStateException("'" + db + "' is already served by " + running + " (diplograph serve): use that "
                        + "server, or stop it first (Ctrl-C in its terminal, or kill " + running.pid() + ")");
            });
        }
        if (db != null && ingest == null) {
            checkDatabase(db);
        }
        boolean failed = false;
        if (ingest != null) {
            IngestReport report;
            IngestProgress progress = new IngestProgress(err, IngestProgress.stderrIsTerminal(), false);
            ArticleStore store = ArticleStore.open(StoreLocation.database(db));
            try {
                report = limits.apply(Ingest.create().batch(batch != null ? batch : Ingest.Builder.DEFAULT_BATCH)).build()
                        .run(ArticleFiles.of(ingest, System.in, limits.readLimits()), store, progress);
                progress.finish();
                err.print(report.summary(db.toString()));
                err.flush();
                if (report.articles() > 0 && !report.stopped()) {
                    IngestCommand.compact(store, err);
                }
            } finally {
                IngestCommand.closeQuietly(store);
            }
            if (report.stopped()) {
                // a store that failed (a full disk) is no store to serve
                err.println("diplograph serve: " + report.stopLine(IngestCommand.sameCommand(spec)));
                err.flush();
                return 1;
            }
            failed = report.failed();
        }
        String secret = db != null ? LiveServer.newSecret() : null;
        FusekiServer server = serverLimits.apply(DiplomacyServer.create().config(config).database(db).port(port).host(host)
                .passwordFile(passwordFile).ownerSecret(secret)).build();
        server.start();
        if (db != null) {
            publish(new LiveServer(db, ProcessHandle.current().pid(), host, server.getHttpPort(), secret), err);
        }
        String shown = host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        String base = "http://" + shown + ":" + server.getHttpPort();
        err.println();
        err.println("Fuseki is serving " + (db != null ? db : "the configured dataset") + " as the dataset " + DiplomacyServer.DATASET
                + (failed ? " (some articles failed to ingest, see above)" : ""));
        err.println("  web UI:          " + base + "/");
        err.println("  SPARQL endpoint: " + base + DiplomacyServer.DATASET + "/sparql");
        err.println();
        err.println("In the UI choose 'query' on /diplomacy and paste this first query (who talked to whom, and when):");
        err.println();
        err.println(firstQuery());
        if (db != null) {
            err.println("While it runs, ingest, forget, query, events, export, validate and network on " + db
                    + " go through it (writes from this machine, by you only).");
        }
        err.println("Stop the server with Ctrl-C.");
        err.flush();
        server.join();
        return CommandLine.ExitCode.OK;
    }

    /**
     * Leaves the server's file in the database folder, so that other commands on the same folder go through the
     * server, and removes it when the process ends (Ctrl-C, kill; a kill -9 leaves it, and the next command that
     * finds it sees that its process is gone).
     */
    private static void publish(LiveServer live, PrintWriter err) {
        try {
            live.publish();
            Runtime.getRuntime().addShutdownHook(new Thread(live::withdraw, "withdraw-server-file"));
        } catch (IOException e) {
            err.println("diplograph serve: could not write " + live.database().resolve(LiveServer.FILE) + " (" + e.getMessage()
                    + "): other commands on this database will not find the server; give them --endpoint " + live.endpoint());
        }
    }

    /**
     * Refuses to serve a folder that holds no database, unless --create asks for an empty one (and the folder is
     * missing or empty, so that nothing else lands among other files).
     */
    private void checkDatabase(Path db) {
        if (StoreOptions.isDatabase(db)) {
            return;
        }
        // missing, empty, or what a stopped attempt to make a database left
        boolean emptyOrMissing = StoreLocation.isNewOrUnfinished(db);
        if (create && emptyOrMissing) {
            // made all at once here rather than file by file by the server, so that a kill leaves no half-made database
            StoreLocation.database(db).createDatabase();
            return;
        }
        if (create) {
            throw new IllegalStateException("'" + db + "' is not empty and holds no TDB2 database: give --db a new or empty folder to create one in");
        }
        throw new IllegalStateException("No TDB2 database at '" + db + "': serving it would show an empty store. Ingest articles first "
                + "(diplograph ingest --db " + db + " ARTICLES..., or serve --db " + db + " --ingest ARTICLES...), check the path, "
                + "or give --create to start with an empty database there.");
    }

    /**
     * The "who talked to whom" query shown at start-up: the saved query of the same name, so that what the user
     * pastes into the UI and what {@code query who-talked-to-whom} runs are one text, with the same columns.
     */
    static String firstQuery() {
        try {
            return SavedQuery.fromClasspath("who-talked-to-whom").orElseThrow(() -> new IllegalStateException(
                    "queries/who-talked-to-whom.rq is missing from the jar; rebuild it with ./run.sh build")).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
