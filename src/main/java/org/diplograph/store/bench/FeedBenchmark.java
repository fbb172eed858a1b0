package org.diplograph.store.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonObject;
import org.diplograph.nlp.Annotator;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleFiles;
import org.diplograph.source.ArticleSource;
import org.diplograph.source.ReadProblem;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestListener;
import org.diplograph.store.IngestReport;
import org.diplograph.store.StoreLocation;
import org.diplograph.store.StoredArticle;

/**
 * The speed of a whole ingest on a news feed against the bare OpenNLP annotation of the same texts, in one run, and
 * the heap of a long ingest.
 *
 * <pre>
 * new FeedBenchmark(pipeline, diplomatic, 0.25, folder).annotation(1000, threads)   // articles/s
 * </pre>
 *
 * The feed alternates diplomatic articles (the {@code .txt} articles of a folder, by default eval/dev: real events,
 * real wording) with the non-diplomatic news of {@code bench/feed/} (sport, business, weather, crime, written for the
 * project), in the share asked for; each feed article has its own id, so the store holds one graph per article.
 */
public final class FeedBenchmark {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 15);
    private static final String[] NON_DIPLOMATIC = {"sport-01", "sport-02", "sport-03", "sport-04", "business-01", "business-02",
            "business-03", "business-04", "weather-01", "weather-02", "weather-03", "weather-04", "crime-01", "crime-02", "crime-03",
            "crime-04"};

    private final Pipeline pipeline;
    private final List<String> diplomatic;
    private final List<String> other;
    private final double share;
    private final Path folder;

    /**
     * @param share the share of diplomatic articles in the feed, 0 to 1
     * @param folder where the feed file and the databases go (emptied by the caller)
     */
    public FeedBenchmark(Pipeline pipeline, Path diplomaticFolder, double share, Path folder) throws IOException {
        this.pipeline = pipeline;
        this.share = share;
        this.folder = folder;
        try (Stream<Path> s = Files.list(diplomaticFolder)) {
            List<String> texts = new ArrayList<>();
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            this.diplomatic = List.copyOf(texts);
        }
        if (diplomatic.isEmpty() && share > 0) {
            throw new IllegalArgumentException("No .txt articles in " + diplomaticFolder + " for the diplomatic part of the feed");
        }
        List<String> texts = new ArrayList<>();
        for (String name : NON_DIPLOMATIC) {
            try (InputStream in = FeedBenchmark.class.getResourceAsStream("/bench/feed/" + name + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("bench/feed/" + name + ".txt is missing from the jar; rebuild it with ./run.sh build");
                }
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        this.other = List.copyOf(texts);
    }

    /** Feed article n (from 0): diplomatic for the first {@code share} of every hundred, the others not. */
    public Article article(int n) {
        int k = (int) Math.round(share * 100);
        boolean diplo = n % 100 < k;
        String text = diplo ? diplomatic.get((int) (((long) n / 100 * k + n % 100) % diplomatic.size())) : other.get(n % other.size());
        return new Article(String.format(Locale.ROOT, "feed-%07d", n), null, null, PUBLISHED, null, text, "feed:" + n);
    }

    /** The first {@code n} feed articles as a JSON Lines file, as a feed arrives. */
    public Path writeFeed(int n) throws IOException {
        Path file = folder.resolve("feed-" + n + ".jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < n; i++) {
                Article a = article(i);
                JsonObject o = new JsonObject();
                o.put("id", a.id());
                o.put("published", a.published().toString());
                o.put("text", a.text());
                w.write(o.toString().replace('\n', ' '));
                w.write('\n');
            }
        }
        return file;
    }

    /** Bare OpenNLP annotation (sentences, tokens, POS, lemmas) of the first n feed articles on {@code threads} threads. */
    public Timing annotation(int n, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<Annotator> annotators = ThreadLocal.withInitial(() -> Annotator.bareOpenNlp(pipeline.models()));
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        Article a = article(i);
                        annotators.get().annotate(a.text(), a.dateline().map(d -> d.end()).orElse(0));
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("annotation failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        return new Timing(n, System.nanoTime() - start, processCpuNanos() - cpu);
    }

    /**
     * The ingest as {@code diplograph ingest --db DIR FEED} runs it with its defaults: the feed file read, every article
     * extracted on {@code threads} threads, stored into a new TDB2 database in grouped commits, then compacted.
     */
    public IngestReport ingest(Path feed, int threads, Pipeline p, String dbName) {
        return compactedIngest(feed, threads, p, dbName).report();
    }

    private record Compacted(IngestReport report, ArticleStore.Compaction compaction) {
    }

    private Compacted compactedIngest(Path feed, int threads, Pipeline p, String dbName) {
        Path db = folder.resolve(dbName);
        Ingest ingest = Ingest.create().threads(threads).pipeline(p).build();
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            IngestReport report = ingest.run(ArticleFiles.of(List.of(feed.toString()), InputStream.nullInputStream()), store,
                    IngestListener.NONE);
            return new Compacted(report, store.compact());
        }
    }

    /** A timed ingest: the report, the wall clock including the compaction at the end, and the compaction alone. */
    public record TimedIngest(IngestReport report, Timing timing, ArticleStore.Compaction compaction) {
    }

    public TimedIngest timedIngest(Path feed, int threads, Pipeline p, String dbName) {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        Compacted r = compactedIngest(feed, threads, p, dbName);
        return new TimedIngest(r.report(), new Timing(r.report().articles(), System.nanoTime() - start, processCpuNanos() - cpu),
                r.compaction());
    }

    /**
     * Ingests {@code n} generated feed articles (never all in memory) and measures the heap in use after a full garbage
     * collection once {@code first} articles are stored and again at the end.
     */
    public HeapRun heap(int n, int first, int threads, PrintWriter progress) {
        Path db = folder.resolve("heap-db");
        long[] heap = new long[2];
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        IngestListener listener = new IngestListener() {
            private long stored;

            @Override
            public void stored(StoredArticle article) {
                stored++;
                if (stored == first) {
                    heap[0] = heapAfterGc();
                }
                if (stored % 10_000 == 0) {
                    progress.printf(Locale.ROOT, "  %,d articles stored, %.0f s, heap after GC %,d MB%n", stored,
                            (System.nanoTime() - start) / 1e9, heapAfterGc() >> 20);
                    progress.flush();
                }
            }
        };
        ArticleSource source = new ArticleSource() {
            @Override
            public long inputs() {
                return -1;
            }

            @Override
            public void read(Consumer<Article> articles, Consumer<ReadProblem> problems, Consumer<String> inputRead) {
                for (int i = 0; i < n; i++) {
                    articles.accept(article(i));
                }
            }
        };
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            report = Ingest.create().threads(threads).pipeline(pipeline).build().run(source, store, listener);
            heap[1] = heapAfterGc();
        }
        return new HeapRun(report, heap[0], heap[1], new Timing(report.articles(), System.nanoTime() - start, processCpuNanos() - cpu));
    }

    /** Heap in use after a full collection, in bytes. */
    static long heapAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The CPU time of the whole process so far (every thread, the garbage collector's and the JIT's included), or -1
     * where the JVM cannot tell. Beside the wall clock it shows the work a phase costs whatever else the machine runs.
     */
    static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** How many articles were taken in how long, on the wall clock and in CPU time of the process (-1: unknown). */
    public record Timing(long articles, long nanos, long cpuNanos) {
        public double perSecond() {
            return articles / (nanos / 1e9);
        }

        public double seconds() {
            return nanos / 1e9;
        }

        /** CPU seconds of the process, or NaN when unknown. */
        public double cpuSeconds() {
            return cpuNanos < 0 ? Double.NaN : cpuNanos / 1e9;
        }
    }

    public record HeapRun(IngestReport report, long heapAtFirst, long heapAtEnd, Timing timing) {
    }

    /** Deletes a folder and what is in it. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
