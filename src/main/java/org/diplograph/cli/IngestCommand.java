package org.diplograph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.source.ArticleFiles;
import org.diplograph.source.ReadLimits;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestReport;
import org.diplograph.store.StoreException;
import org.diplograph.store.StoreLocation;
import org.diplograph.store.StoreSettings;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest}: articles into the TDB2 database or a remote Fuseki dataset, one named graph per article. */
@Command(name = "ingest",
        header = "Articles into the TDB2 database or a remote Fuseki dataset, one named graph each.",
        mixinStandardHelpOptions = true,
        description = {
                "Reads articles, extracts their actors and events, and stores each article's graph as a named graph in the",
                "TDB2 database or, with --endpoint, in a remote Fuseki dataset over the Graph Store Protocol. Re-ingesting an article",
                "replaces its graph, so running the same ingest twice leaves the same store. Articles are committed in",
                "groups (up to --batch, at least every --commit-every): an interrupted or killed ingest keeps every",
                "article committed before it stopped, whole, and nothing of the others; run it again to complete it.",
                "An article is named by its id, else its URL, else its file's path from the folder given (news/a.txt),",
                "so an edited file replaces its graph; 'diplograph forget' removes articles. While 'diplograph serve'",
                "runs on the database, ingest goes through that server (found in the database folder; nothing to add),",
                "and the UI shows the new articles at once.",
                "",
                "PATH is a file (.txt, .json, .jsonl, each also gzipped as .gz), a folder (read recursively; symbolic",
                "links are followed, each file and folder read once, loops reported) or - for standard input (JSON",
                "Lines, JSON or text, gzipped or not). JSON Lines and JSON arrays are streamed record by record, so a",
                "feed of any size is read in the memory of one record. What cannot be read (empty, binary, not UTF-8,",
                "malformed, over --max-record or --max-text, nested too deep, text not a string, an unreadable folder)",
                "is reported with the file, line and reason, and skipped; an article whose extraction takes longer",
                "than --article-timeout is skipped too. The rest is stored. Progress (records, rate) and the closing",
                "summary go to standard error.",
                "",
                "A store that fails (a full disk, no memory, a refused login, no such dataset, --give-up-after",
                "failures in a row) stops the run with one line: what failed, how many articles were stored, and the",
                "command that completes the ingest. A local database is compacted whenever it has grown by",
                "--compact-every, and at the end (TDB2 keeps the space of every past transaction until then).",
                "Exit status 1 when anything failed or the run stopped."},
        footer = {"",
                "Examples:",
                "  ./diplograph ingest examples/",
                "  ./diplograph ingest --db /srv/diplo/tdb2 news/ extra.jsonl",
                "  cat today.jsonl | ./diplograph ingest -",
                "  DIPLOGRAPH_PASSWORD=secret ./diplograph ingest \\",
                "      --endpoint http://localhost:3030/diplomacy --user curator news/",
                "",
                "A remote dataset takes writes at its 'data' endpoint (http://host:3030/diplomacy/data), which",
                "diplograph serve opens only to the users of its --passwd file.",
                "",
                "gzipped feeds: ./diplograph ingest feed.jsonl.gz",
                "               zcat feed.jsonl.gz | ./diplograph ingest -"})
public final class IngestCommand implements Callable<Integer> {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

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

    @Option(names = "--batch", paramLabel = "N",
            description = "Most articles per write transaction (default: " + Ingest.Builder.DEFAULT_BATCH + "). Commits are grouped by "
                    + "count and by time (--commit-every), so a large ingest pays one disk flush per group and a slow trickle still "
                    + "lands within a second. A kill loses the uncommitted group, never part of an article; running the same ingest "
                    + "again completes it. 1 stores each article in its own transaction (slow: every commit waits for the disk).")
    Integer batch;

    @Option(names = "--commit-every", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "The longest an extracted article waits for its commit (default: ${DEFAULT-VALUE}; 0 commits whenever "
                    + "no other article is ready).")
    Duration commitEvery;

    @Option(names = "--no-compact", negatable = false,
            description = "Do not compact the database after the ingest (by default a local database that received articles is "
                    + "compacted: TDB2 keeps the space of every past transaction until then).")
    boolean noCompact;

    @Option(names = "--compact-every", paramLabel = "SIZE", defaultValue = "2g", converter = SizeConverter.class,
            description = "Compact a local database during the ingest whenever, since it was last compacted, its files have grown by "
                    + "SIZE or its disk has lost half the free space it had (default: ${DEFAULT-VALUE}; 0 for never). Each compaction "
                    + "pauses storing while it copies the live data.")
    long compactEvery;

    @CommandLine.Mixin
    InputLimitOptions limits;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "With --endpoint: longest wait for a connection (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "With --endpoint: longest wait for the answer to one article's PUT (default: ${DEFAULT-VALUE}; 0 for none).")
    Duration readTimeout;

    @Option(names = "--give-up-after", paramLabel = "N", defaultValue = "" + Ingest.Builder.DEFAULT_GIVE_UP_AFTER,
            description = "Stop after the store has failed N articles in a row (no connection, no answer, server errors; default: "
                    + "${DEFAULT-VALUE}). A refused login (401, 403), a wrong dataset path (404, 405) or a full disk stop the run at once.")
    int giveUpAfter;

    @Option(names = {"-v", "--verbose"}, description = "Also print every article stored, with its graph and counts.")
    boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files, folders, or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        StoreLocation location = location();
        boolean served = store.served().isPresent();
        StoreSettings settings = StoreSettings.DEFAULT.withTimeouts(connectTimeout, readTimeout)
                .withLogin(user, user == null ? "give --user NAME, with the password in the environment variable " + PASSWORD_VARIABLE
                        : "set it in the environment variable " + PASSWORD_VARIABLE)
                .withCompactAfterGrowth(compactEvery);
        if (user != null) {
            if (!location.isRemote() || served) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--user is for a remote --endpoint; a local --db takes no login");
            }
            location.authenticate(user, password());
        }
        checkBatch(spec, batch == null ? 1 : batch, location.isRemote() && !served);
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + threads + "' for --threads: give 1 or more");
        }
        if (giveUpAfter < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + giveUpAfter + "' for --give-up-after: give 1 or more");
        }
        ReadLimits readLimits = limits.readLimits();
        PrintWriter err = spec.commandLine().getErr();
        Ingest.Builder builder = limits.apply(Ingest.create().published(published).giveUpAfter(giveUpAfter)
                .commitEvery(commitEvery));
        if (batch != null) {
            builder.batch(batch);
        } else if (location.isRemote() && !served) {
            builder.batch(1); // a Fuseki of unknown make: one Graph Store PUT per article
        }
        if (threads != null) {
            builder.threads(threads);
        }
        Ingest ingest = builder.pipeline(knowledge.pipeline()).build();
        IngestProgress progress = new IngestProgress(err, IngestProgress.stderrIsTerminal(), verbose);
        IngestReport report;
        boolean compactionFailed = false;
        ArticleStore store = ArticleStore.open(location, served ? settings.withBatchUpdates() : settings);
        try {
            report = ingest.run(ArticleFiles.of(paths, System.in, readLimits), store, progress);
            progress.finish();
            err.print(report.summary(location.toString()));
            RemoteRefusal.afterIngest(report.failures(), user, location.toString()).ifPresent(err::println);
            err.flush();
            if (!location.isRemote() && !noCompact && report.articles() > 0 && !report.stopped()) {
                compactionFailed = !compact(store, err);
            }
        } finally {
            closeQuietly(store);
        }
        if (report.stopped()) {
            err.println("diplograph ingest: " + report.stopLine(sameCommand(spec)));
            err.flush();
        }
        return report.failed() || compactionFailed ? 1 : CommandLine.ExitCode.OK;
    }

    /** Closes the store; after a failure of the store itself (a full disk) closing can fail too, which changes nothing. */
    static void closeQuietly(ArticleStore store) {
        try {
            store.close();
        } catch (RuntimeException e) {
            // the run's outcome has been reported; what was committed is on disk
        }
    }

    /** The command line that was run, to run it again. */
    static String sameCommand(CommandLine.Model.CommandSpec spec) {
        StringBuilder sb = new StringBuilder("diplograph");
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            sb.append(' ').append(arg.matches("[A-Za-z0-9_./:=@%+,-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return sb.toString();
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

    /** Compacts the database and says what it saved; false (and one line why) when it could not. */
    static boolean compact(ArticleStore store, PrintWriter err) {
        try {
            err.println(store.compact());
            return true;
        } catch (StoreException e) {
            err.println("diplograph: compaction failed: " + e.getMessage() + "; the database is as it was before, whole. Run "
                    + "'diplograph compact --db " + store.location() + "' when there is room for a second copy of its data.");
            return false;
        } finally {
            err.flush();
        }
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
