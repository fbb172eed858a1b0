package org.diplograph.store.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.diplograph.store.ArticleSink;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestListener;
import org.diplograph.store.IngestReport;
import org.diplograph.store.StoreLocation;
import org.diplograph.store.StoreSettings;

/**
 * Measures the store: a full ingest of a {@link SyntheticCorpus} into TDB2 (committing up to {@code batch} articles
 * at a time, as {@code ingest --batch} does), then the same triples through our load path alone, with one
 * transaction per article and with {@code batch} articles per transaction, and through Jena's TDB2 bulk loader,
 * each into a fresh database in the same folder.
 *
 * <pre>
 * StoreBenchmark.Result r = new StoreBenchmark(Path.of("/tmp/bench"), 10_000, 2, 100, 1_000).run(IngestListener.NONE);
 * System.out.print(r.report());
 * </pre>
 *
 * Design decision: the load path is measured on a replay of the ingest's own quads, read back from an N-Quads
 * file one article at a time, so extraction (which shares the two cores) does not blur the store's figure and
 * the bulk loader gets exactly the same input. One transaction per article costs a disk flush per article (a
 * minute per thousand articles on a slow disk), so that replay may take only the first articles of the corpus:
 * its rate hardly depends on how many there are.
 */
public final class StoreBenchmark {
    /** The phases measure the load path as it is: no compaction half-way (the figures would include its time). */
    private static final StoreSettings UNCOMPACTED = StoreSettings.DEFAULT.withCompactAfterGrowth(0);

    private final Path folder;
    private final int articles;
    private final int threads;
    private final int batch;
    private final int unbatchedArticles;

    /**
     * @param batch             articles per transaction in the ingest and the batched replay
     * @param unbatchedArticles how many of the first articles to replay with one transaction each
     */
    public StoreBenchmark(Path folder, int articles, int threads, int batch, int unbatchedArticles) {
        if (articles < 1 || threads < 1 || batch < 1 || unbatchedArticles < 1) {
            throw new IllegalArgumentException("articles, threads, batch and unbatched articles must be 1 or more");
        }
        this.folder = folder;
        this.articles = articles;
        this.threads = threads;
        this.batch = batch;
        this.unbatchedArticles = Math.min(unbatchedArticles, articles);
    }

    /** One measured phase. */
    public record Phase(String name, long articles, long triples, Duration elapsed, long peakHeapBytes) {
        public double articlesPerSecond() {
            return articles / seconds();
        }

        public double triplesPerSecond() {
            return triples / seconds();
        }

        double seconds() {
            return Math.max(1e-9, elapsed.toNanos() / 1e9);
        }
    }

    /** The figures of a run. */
    public record Result(int corpus, int batch, IngestReport ingest, Phase ingestPhase, Phase unbatched, Phase batched,
                         Phase bulkLoader, long maxHeapBytes) {
        /** A phase's triples/s over the bulk loader's. */
        public double ratio(Phase p) {
            return p.triplesPerSecond() / bulkLoader.triplesPerSecond();
        }

        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "corpus: %,d synthetic articles, %,d triples; JVM max heap %,d MB%n",
                    corpus, ingest.triples(), maxHeapBytes >> 20));
            sb.append(String.format(Locale.ROOT, "%-52s %10s %12s %9s %12s %12s %14s %9s%n",
                    "phase", "articles", "triples", "seconds", "articles/s", "triples/s", "peak heap MB", "vs bulk"));
            for (Phase p : List.of(ingestPhase, unbatched, batched, bulkLoader)) {
                sb.append(String.format(Locale.ROOT, "%-52s %,10d %,12d %9.1f %,12.1f %,12.0f %,14d %9.2f%n",
                        p.name(), p.articles(), p.triples(), p.seconds(), p.articlesPerSecond(), p.triplesPerSecond(),
                        p.peakHeapBytes() >> 20, ratio(p)));
            }
            double storeOnly = ingest.triples() / Math.max(1e-9, ingest.storing().toNanos() / 1e9);
            sb.append(String.format(Locale.ROOT, "ingest: %.1f s of %.1f s spent storing (%,.0f triples/s while storing); %d failed%n",
                    ingest.storing().toNanos() / 1e9, ingest.elapsed().toNanos() / 1e9, storeOnly, ingest.failures().size()));
            sb.append(String.format(Locale.ROOT,
                    "ratio: load path / bulk loader (triples/s) = %.2f with --batch 1%s, %.2f with --batch %d%n",
                    ratio(unbatched), unbatched.articles() < batched.articles()
                            ? String.format(Locale.ROOT, " (first %,d articles)", unbatched.articles()) : "",
                    ratio(batched), batch));
            return sb.toString();
        }
    }

    public Result run(IngestListener listener) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the benchmark folder " + folder + ": " + e.getMessage(), e);
        }
        Path quads = folder.resolve("corpus.nq");
        Path firstQuads = folder.resolve("corpus-first-" + unbatchedArticles + ".nq");
        HeapWatch heap = new HeapWatch();

        // 1. the full ingest, as `diplograph ingest --batch N` runs it, keeping a copy of every article's quads
        Ingest ingest = Ingest.create().threads(threads).batch(batch).build();
        IngestReport report;
        heap.reset();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(quads), 1 << 16);
             OutputStream firstOut = new BufferedOutputStream(Files.newOutputStream(firstQuads), 1 << 16);
             ArticleStore store = ArticleStore.open(StoreLocation.database(fresh("ingest-tdb2")), UNCOMPACTED)) {
            StreamRDF copy = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            StreamRDF firstCopy = StreamRDFWriter.getWriterStream(firstOut, RDFFormat.NQUADS);
            copy.start();
            firstCopy.start();
            ArticleSink tee = new ArticleSink() {
                private int copied;

                @Override
                public boolean replace(String graphIri, Graph graph) {
                    boolean wasThere = store.replace(graphIri, graph);
                    copy(graphIri, graph);
                    return wasThere;
                }

                @Override
                public Set<String> replaceAll(SequencedMap<String, Graph> graphs) {
                    Set<String> wereThere = store.replaceAll(graphs);
                    graphs.forEach(this::copy);
                    return wereThere;
                }

                private void copy(String graphIri, Graph graph) {
                    Node g = NodeFactory.createURI(graphIri);
                    boolean first = copied++ < unbatchedArticles;
                    graph.find().forEachRemaining(t -> {
                        Quad q = Quad.create(g, t);
                        copy.quad(q);
                        if (first) {
                            firstCopy.quad(q);
                        }
                    });
                }
            };
            report = ingest.run(SyntheticCorpus.load(articles), tee, listener);
            copy.finish();
            firstCopy.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Phase ingestPhase = new Phase("ingest (extract + store, --batch " + batch + ")", report.articles(), report.triples(),
                report.elapsed(), heap.peak());

        // 2. our load path alone: the first quads, one transaction per article
        Phase unbatched = replay("load path, --batch 1 (1 article/transaction)", firstQuads, "load-path-first-" + unbatchedArticles + "-tdb2", 1, heap);

        // 3. the same with `batch` articles per transaction, on the whole corpus
        Phase batched = replay("load path, --batch " + batch + " (" + batch + (batch == 1 ? " article" : " articles") + "/transaction)", quads,
                "load-path-batch-" + batch + "-tdb2", batch, heap);

        // 4. Jena's TDB2 bulk loader on the same file
        heap.reset();
        long t0 = System.nanoTime();
        Dataset bulk = TDB2Factory.connectDataset(fresh("bulk-loader-tdb2").toString());
        DataLoader loader = LoaderFactory.createLoader(bulk.asDatasetGraph(), MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            loader.load(quads.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long bulkQuads = Txn.calculateRead(bulk, () -> countQuads(bulk));
        Phase bulkPhase = new Phase("TDB2 bulk loader", batched.articles(), bulkQuads, Duration.ofNanos(System.nanoTime() - t0), heap.peak());
        heap.stop();
        return new Result(articles, batch, report, ingestPhase, unbatched, batched, bulkPhase, Runtime.getRuntime().maxMemory());
    }

    /** Stores the N-Quads file article by article into a fresh database, {@code perTransaction} articles at a time. */
    private Phase replay(String name, Path nquads, String database, int perTransaction, HeapWatch heap) {
        heap.reset();
        long t0 = System.nanoTime();
        long[] counts = new long[2];
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(fresh(database)), UNCOMPACTED)) {
            RDFParser.source(nquads).lang(Lang.NQUADS).parse(new PerArticle(store, perTransaction, counts));
        }
        return new Phase(name, counts[0], counts[1], Duration.ofNanos(System.nanoTime() - t0), heap.peak());
    }

    private static long countQuads(Dataset ds) {
        long n = 0;
        Iterator<Quad> it = ds.asDatasetGraph().find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private Path fresh(String name) {
        Path p = folder.resolve(name);
        if (Files.exists(p)) {
            throw new IllegalStateException("The benchmark folder already has " + p + "; give an empty or new --db folder");
        }
        return p;
    }

    /** Groups the consecutive quads of one graph (one article) and stores {@code perTransaction} articles at a time. */
    private static final class PerArticle extends StreamRDFBase {
        private final ArticleSink sink;
        private final int perTransaction;
        private final long[] counts;
        private final SequencedMap<String, Graph> articles = new LinkedHashMap<>();
        private Node graphName;
        private Graph graph;

        PerArticle(ArticleSink sink, int perTransaction, long[] counts) {
            this.sink = sink;
            this.perTransaction = perTransaction;
            this.counts = counts;
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(graphName)) {
                endArticle();
                graphName = quad.getGraph();
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(Triple.create(quad.getSubject(), quad.getPredicate(), quad.getObject()));
        }

        @Override
        public void finish() {
            endArticle();
            store();
        }

        private void endArticle() {
            if (graph != null) {
                articles.put(graphName.getURI(), graph);
                counts[0]++;
                counts[1] += graph.size();
                graph = null;
                if (articles.size() == perTransaction) {
                    store();
                }
            }
        }

        private void store() {
            if (!articles.isEmpty()) {
                sink.replaceAll(articles);
                articles.clear();
            }
        }
    }

    /** Samples the heap in use every few milliseconds and keeps the highest value since the last reset. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile long peak;
        private volatile boolean running = true;

        HeapWatch() {
            Thread t = new Thread(() -> {
                while (running) {
                    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            t.setDaemon(true);
            t.start();
        }

        void reset() {
            System.gc();
            peak = memory.getHeapMemoryUsage().getUsed();
        }

        long peak() {
            return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }

        void stop() {
            running = false;
        }
    }
}
