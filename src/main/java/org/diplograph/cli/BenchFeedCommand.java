package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.diplograph.pipeline.Pipeline;
import org.diplograph.store.bench.FeedBenchmark;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-feed}: a whole ingest of a news feed against bare OpenNLP annotation, and the heap of a long ingest. */
@Command(name = "bench-feed",
        header = "Times a whole ingest of a news feed against bare OpenNLP annotation of the same texts; measures the heap.",
        mixinStandardHelpOptions = true,
        description = {
                "Builds a feed of --articles articles: a --diplomatic share of real diplomatic articles (the .txt files of",
                "--from, repeated, each copy with its own id) and the rest non-diplomatic news (sport, business, weather,",
                "crime: bench/feed/ in the jar). In one run it times, on --threads threads:",
                "",
                "  annotation    bare OpenNLP annotation of the feed's texts (sentences, tokens, POS, lemmas)",
                "  ingest        the feed as a JSON Lines file through ingest with its defaults (read, cheap first pass,",
                "                extraction with the dependency parse, RDF, TDB2 in grouped commits, compaction at the end)",
                "  annotate-all  the same ingest without the cheap first pass (--annotate-all), with --compare",
                "",
                "and prints articles/s and the ratio ingest / annotation (above 1: ingest is faster than tagging every",
                "sentence would be). With --heap-articles N it then ingests N generated feed articles into another",
                "database and prints the heap in use after a full garbage collection at N/10 and at N articles.",
                "Everything goes into --dir (a temporary folder by default), deleted at the end."},
        footer = {"",
                "Examples:",
                "  ./diplograph bench-feed --articles 1000 --diplomatic 1.0        # 1,000 real diplomatic articles",
                "  ./diplograph bench-feed --articles 4000 --diplomatic 0.2 --compare",
                "  ./diplograph bench-feed --articles 1000 --heap-articles 100000"})
public final class BenchFeedCommand implements Callable<Integer> {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", description = "Articles in the timed feed (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--diplomatic", paramLabel = "SHARE", defaultValue = "0.2",
            description = "Share of diplomatic articles in the feed, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double share;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "eval/dev",
            description = "Folder of the diplomatic .txt articles (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for annotation and extraction (default: one per processor).")
    Integer threads;

    @Option(names = "--compare", negatable = false, description = "Also time the ingest without the cheap first pass (--annotate-all).")
    boolean compare;

    @Option(names = "--heap-articles", paramLabel = "N", defaultValue = "0",
            description = "Then ingest N generated articles and print the heap after N/10 and after N (default: 0, not run).")
    int heapArticles;

    @Option(names = "--dir", paramLabel = "DIR", description = "Working folder (default: a new temporary folder); emptied at the end.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || share < 0 || share > 1 || heapArticles < 0 || threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid values: --articles " + articles + " (1 or more), --diplomatic "
                    + share + " (0 to 1), --heap-articles " + heapArticles + " (0 or more), --threads " + threads + " (1 or more).");
        }
        if (share > 0 && !Files.isDirectory(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such folder: '" + from
                    + "'. Run from the project folder (default eval/dev) or give --from DIR with .txt articles.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("diplograph-bench-feed-");
        try {
            Pipeline pipeline = knowledge.pipeline();
            FeedBenchmark bench = new FeedBenchmark(pipeline, from, share, work);
            Path feed = bench.writeFeed(articles);
            err.printf(Locale.ROOT, "bench-feed: %,d articles (%.0f%% diplomatic, from %s), %d threads, %d processors, heap max %,d MB%n",
                    articles, share * 100, from, n, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            err.println("warming up (models, parser, JIT) on " + Math.min(articles, 200) + " articles...");
            err.flush();
            bench.annotation(Math.min(articles, 200), n);
            bench.timedIngest(bench.writeFeed(Math.min(articles, 200)), n, pipeline, "warm-db");
            FeedBenchmark.Timing annotation = bench.annotation(articles, n);
            FeedBenchmark.TimedIngest ingest = bench.timedIngest(feed, n, pipeline, "db");
            out.printf(Locale.ROOT, "%-13s %8s %10s %12s %13s %11s %s%n", "phase", "articles", "seconds", "articles/s", "vs annotation",
                    "cpu seconds", "cpu vs annotation");
            out.printf(Locale.ROOT, "%-13s %,8d %10.1f %12.1f %13s %11.1f %s%n", "annotation", annotation.articles(), annotation.seconds(),
                    annotation.perSecond(), "1.00", annotation.cpuSeconds(), "1.00");
            row(out, "ingest", ingest, annotation);
            if (compare) {
                row(out, "annotate-all", bench.timedIngest(feed, n, pipeline.withoutSentenceFilter(), "db-all"), annotation);
            }
            out.printf(Locale.ROOT, "ingest: %,d events, %,d triples, %d failed; the writer spent %.1f s of %.1f storing (the rest of "
                            + "the time it waited for extraction); the compaction at the end took %.1f s%n", ingest.report().events(),
                    ingest.report().triples(), ingest.report().failureCount(), ingest.report().storing().toNanos() / 1e9,
                    ingest.timing().seconds(), ingest.compaction().took().toNanos() / 1e9);
            out.flush();
            if (heapArticles > 0) {
                int first = Math.max(1, heapArticles / 10);
                err.printf(Locale.ROOT, "heap: ingesting %,d generated feed articles...%n", heapArticles);
                err.flush();
                FeedBenchmark.HeapRun heap = bench.heap(heapArticles, first, n, err);
                out.printf(Locale.ROOT, "heap after GC: %,d MB after %,d articles, %,d MB after %,d (%+.0f%%); %,d articles in %.0f s, %.1f articles/s%n",
                        heap.heapAtFirst() >> 20, first, heap.heapAtEnd() >> 20, heap.report().articles(),
                        100.0 * (heap.heapAtEnd() - heap.heapAtFirst()) / heap.heapAtFirst(), heap.report().articles(),
                        heap.timing().seconds(), heap.timing().perSecond());
                out.flush();
            }
            return CommandLine.ExitCode.OK;
        } finally {
            FeedBenchmark.delete(work);
        }
    }

    private static void row(PrintWriter out, String name, FeedBenchmark.TimedIngest run, FeedBenchmark.Timing annotation) {
        out.printf(Locale.ROOT, "%-13s %,8d %10.1f %12.1f %13.2f %11.1f %.2f%n", name, run.timing().articles(), run.timing().seconds(),
                run.timing().perSecond(), run.timing().perSecond() / annotation.perSecond(), run.timing().cpuSeconds(),
                annotation.cpuSeconds() / run.timing().cpuSeconds());
    }
}
