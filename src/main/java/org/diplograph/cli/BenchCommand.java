package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.diplograph.store.bench.StoreBenchmark;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench}: how fast the store loads, against Jena's TDB2 bulk loader. */
@Command(name = "bench",
        header = "Times ingest into TDB2 against Jena's bulk loader.",
        mixinStandardHelpOptions = true,
        description = {
                "Generates a synthetic corpus of news-like articles (people, states and events from templates) and",
                "measures, each into a fresh TDB2 database: the full ingest (extraction and storing, as",
                "'ingest --batch N' runs it), our load path alone on the same triples with one transaction per",
                "article (--batch 1, on the first --batch-1-articles articles: each commit waits for the disk) and",
                "with N articles per transaction, and Jena's TDB2 bulk loader on the same triples. Prints",
                "articles/s, triples/s and peak heap of each, and its triples/s over the bulk loader's. The corpus",
                "is generated and stored one article at a time, so memory does not grow with --articles.",
                "",
                "The figures go to standard output, progress to standard error."},
        footer = {"",
                "Examples:",
                "  ./diplograph bench                       # 10,000 articles, temporary folder",
                "  ./diplograph bench --articles 1000 --db /tmp/bench --keep",
                "  ./diplograph bench --articles 500 --batch 50 --batch-1-articles 100",
                "  java -Xmx512m -jar target/diplograph.jar bench --articles 50000"})
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Folder for the databases and the corpus' N-Quads; must not hold a previous run (default: a temporary folder).")
    Path folder;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: one per processor).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "100",
            description = "Articles per transaction in the ingest and the batched load path (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--batch-1-articles", paramLabel = "N", defaultValue = "1000",
            description = "How many of the first articles the load path stores one per transaction (default: ${DEFAULT-VALUE}, "
                    + "or --articles if fewer); at tens of milliseconds a commit, the whole corpus would take long.")
    int unbatchedArticles;

    @Option(names = "--keep", description = "Keep the databases and N-Quads afterwards (a temporary folder is deleted otherwise).")
    boolean keep;

    @Override
    public Integer call() throws IOException {
        if (articles < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + articles + "' for --articles: give 1 or more");
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + threads + "' for --threads: give 1 or more");
        }
        if (batch < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + batch + "' for --batch: give 1 or more");
        }
        if (unbatchedArticles < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + unbatchedArticles
                    + "' for --batch-1-articles: give 1 or more");
        }
        boolean temporary = folder == null;
        Path where = temporary ? Files.createTempDirectory("diplograph-bench-") : folder;
        PrintWriter err = spec.commandLine().getErr();
        int n = threads != null ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
        err.println("bench: " + articles + " articles, " + n + " extraction threads, --batch " + batch + ", in " + where);
        IngestProgress progress = new IngestProgress(err, IngestProgress.stderrIsTerminal(), false);
        StoreBenchmark.Result result;
        try {
            result = new StoreBenchmark(where, articles, n, batch, unbatchedArticles).run(progress);
        } catch (IllegalStateException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } finally {
            progress.finish();
            if (temporary && !keep) {
                deleteTree(where);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(result.report());
        out.flush();
        return result.ingest().failed() ? 1 : CommandLine.ExitCode.OK;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the benchmark folder " + root + ": " + e.getMessage(), e);
        }
    }
}
