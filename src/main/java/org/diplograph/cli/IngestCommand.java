package org.diplograph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.source.ArticleFiles;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestReport;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest}: articles into the TDB2 database or a remote Fuseki dataset, one named graph per article. */
@Command(name = "ingest",
        header = "Articles into the TDB2 database or a remote Fuseki dataset, one named graph each.",
        mixinStandardHelpOptions = true,
        description = {
                "Reads articles, extracts their actors and events, and stores each article's graph as a named graph",
                "(named after the article's id, else its URL, else a hash of its text) in the TDB2 database or, with",
                "--endpoint, in a remote Fuseki dataset over the Graph Store Protocol. Re-ingesting an article",
                "replaces its graph, so running the same ingest twice leaves the same store. Each article is stored",
                "in its own transaction, or with --batch N in one of up to N articles: an interrupted ingest keeps",
                "every article committed before it stopped, whole, and nothing of the others.",
                "",
                "PATH is a file (.txt, .json, .jsonl), a folder (read recursively) or - for standard input. Files",
                "that cannot be read (empty, binary, not UTF-8, over 10 MB, malformed JSON lines) are reported with",
                "the file, line and reason, and skipped; the rest is stored. Progress and the closing summary go to",
                "standard error. Afterwards a local database is compacted (TDB2 keeps the space of every past",
                "transaction until then). Exit status 1 when anything failed."},
        footer = {"",
                "Examples:",
                "  ./diplograph ingest examples/",
                "  ./diplograph ingest --db /srv/diplo/tdb2 news/ extra.jsonl",
                "  ./diplograph ingest --batch 100 archive/   # many times faster",
                "  cat today.jsonl | ./diplograph ingest -",
                "  DIPLOGRAPH_PASSWORD=secret ./diplograph ingest \\",
                "      --endpoint http://localhost:3030/diplomacy --user curator news/",
                "",
                "A remote dataset takes writes at its 'data' endpoint (http://host:3030/diplomacy/data), which",
                "diplograph serve opens only to the users of its --passwd file."})
public final class IngestCommand implements Callable<Integer> {
    /** The environment variable that carries the password for --user. */
    static final String PASSWORD_VARIABLE = "DIPLOGRAPH_PASSWORD";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where to store: the TDB2 folder (created if missing) or a remote Fuseki dataset. */
    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--user", paramLabel = "NAME",
            description = "User for a remote dataset that requires a login; the password is read from the environment variable "
                    + PASSWORD_VARIABLE + ", else asked on the console.")
    String user;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every article, overriding theirs.")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: one per processor).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1",
            description = "Articles per write transaction into the TDB2 database (default: ${DEFAULT-VALUE}, each article in its own). "
                    + "Every commit waits for the disk, so a large ingest runs many times faster with, say, 100, but a kill then loses "
                    + "the whole uncommitted batch (never part of an article). Not for --endpoint, where each article is its own "
                    + "Graph Store PUT.")
    int batch;

    @Option(names = "--no-compact", negatable = false,
            description = "Do not compact the database after the ingest (by default a local database that received articles is "
                    + "compacted: TDB2 keeps the space of every past transaction until then).")
    boolean noCompact;

    @Option(names = {"-v", "--verbose"}, description = "Also print every article stored, with its graph and counts.")
    boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files, folders, or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        StoreLocation location = location();
        if (user != null) {
            if (!location.isRemote()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--user is for a remote --endpoint; a local --db takes no login");
            }
            location.authenticate(user, password());
        }
        checkBatch(spec, batch, location.isRemote());
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + threads + "' for --threads: give 1 or more");
        }
        PrintWriter err = spec.commandLine().getErr();
        Ingest.Builder builder = Ingest.create().published(published).batch(batch);
        if (threads != null) {
            builder.threads(threads);
        }
        Ingest ingest = builder.build();
        IngestProgress progress = new IngestProgress(err, IngestProgress.stderrIsTerminal(), verbose);
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(location)) {
            report = ingest.run(ArticleFiles.of(paths, System.in), store, progress);
            progress.finish();
            err.print(report.summary(location.toString()));
            RemoteRefusal.afterIngest(report.failures(), user, location.toString()).ifPresent(err::println);
            err.flush();
            if (!location.isRemote() && !noCompact && report.articles() > 0) {
                compact(store, err);
            }
        }
        return report.failed() ? 1 : CommandLine.ExitCode.OK;
    }

    /** Rejects a --batch below 1, or above 1 for a remote store, which cannot take several articles in one transaction. */
    static void checkBatch(CommandLine.Model.CommandSpec spec, int batch, boolean remote) {
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + batch
                    + "' for --batch: give the number of articles per transaction, 1 or more");
        }
        if (batch > 1 && remote) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch " + batch
                    + " is for a local --db: a remote --endpoint stores each article with its own Graph Store PUT, so drop --batch");
        }
    }

    /** Compacts the database and says what it saved. */
    static void compact(ArticleStore store, PrintWriter err) {
        java.time.Duration took = store.compact();
        err.printf(java.util.Locale.ROOT, "Compacted %s in %.1f s%n", store.location(), took.toNanos() / 1e9);
        err.flush();
    }

    private StoreLocation location() {
        return store.location();
    }

    private String password() {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        if (System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s at %s: ", user, store.location());
            if (typed != null) {
                return new String(typed);
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--user " + user + " needs a password: set the environment variable "
                + PASSWORD_VARIABLE + " or run on a terminal to be asked for it");
    }
}
