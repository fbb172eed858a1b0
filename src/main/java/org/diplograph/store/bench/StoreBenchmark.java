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
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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

/**
 * Measures the store: a full ingest of a {@link SyntheticCorpus} into TDB2, then the same triples through our
 * load path alone (one transaction per article, as ingest stores them) and through Jena's TDB2 bulk loader,
 * each into a fresh database in the same folder; and the load path committing every {@value #BATCH} articles, to show what
 * the per-article commit costs.
 *
 * <pre>
 * StoreBenchmark.Result r = new StoreBenchmark(Path.of("/tmp/bench"), 10_000, 2).run(IngestListener.NONE);
 * System.out.print(r.report());
 * </pre>
 *
 * Design decision: the load path is measured on a replay of the ingest's own quads, read back from an N-Quads
 * file one article at a time, so extraction (which shares the two cores) does not blur the store's figure and
 * the bulk loader gets exactly the same input.
 */
public final class StoreBenchmark {
    /** Articles per transaction in the batched replay, which shows what the per-article commit costs. */
    static final int BATCH = 100;
    private final Path folder;
    private final int articles;
    private final int threads;

    public StoreBenchmark(Path folder, int articles, int threads) {
        this.folder = folder;
        this.articles = articles;
        this.threads = threads;
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
    public record Result(int corpus, IngestReport ingest, Phase ingestPhase, Phase loadPath, Phase batched, Phase bulkLoader,
                         long maxHeapBytes) {
        /** Our load path's triples/s over the bulk loader's. */
        public double ratio() {
            return loadPath.triplesPerSecond() / bulkLoader.triplesPerSecond();
        }

        public String report() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "corpus: %,d synthetic articles, %,d triples; JVM max heap %,d MB%n",
                    corpus, ingest.triples(), maxHeapBytes >> 20));
            sb.append(String.format(Locale.ROOT, "%-38s %10s %12s %9s %12s %12s %14s%n",
                    "phase", "articles", "triples", "seconds", "articles/s", "triples/s", "peak heap MB"));
            for (Phase p : List.of(ingestPhase, loadPath, batched, bulkLoader)) {
                sb.append(String.format(Locale.ROOT, "%-38s %,10d %,12d %9.1f %,12.1f %,12.0f %,14d%n",
                        p.name(), p.articles(), p.triples(), p.seconds(), p.articlesPerSecond(), p.triplesPerSecond(),
                        p.peakHeapBytes() >> 20));
            }
            double storeOnly = ingest.triples() / Math.max(1e-9, ingest.storing().toNanos() / 1e9);
            sb.append(String.format(Locale.ROOT, "ingest: %.1f s of %.1f s spent storing (%,.0f triples/s while storing); %d failed%n",
                    ingest.storing().toNanos() / 1e9, ingest.elapsed().toNanos() / 1e9, storeOnly, ingest.failures().size()));
            sb.append(String.format(Locale.ROOT, "ratio: load path / bulk loader = %.2f (triples/s); with %d articles a transaction: %.2f%n",
                    ratio(), BATCH, batched.triplesPerSecond() / bulkLoader.triplesPerSecond()));
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
        HeapWatch heap = new HeapWatch();

        // 1. the full ingest, as `diplograph ingest` runs it, keeping a copy of every article's quads
        Ingest ingest = Ingest.create().threads(threads).build();
        IngestReport report;
        heap.reset();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(quads), 1 << 16);
             ArticleStore store = ArticleStore.open(StoreLocation.database(fresh("ingest-tdb2")))) {
            StreamRDF copy = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            copy.start();
            ArticleSink tee = (graphIri, graph) -> {
                store.replace(graphIri, graph);
                Node g = org.apache.jena.graph.NodeFactory.createURI(graphIri);
                graph.find().forEachRemaining(t -> copy.quad(Quad.create(g, t)));
            };
            report = ingest.run(SyntheticCorpus.load(articles), tee, listener);
            copy.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Phase ingestPhase = new Phase("ingest (extract + store)", report.articles(), report.triples(), report.elapsed(), heap.peak());

        // 2. our load path alone: the same quads, one transaction per article
        heap.reset();
        long t0 = System.nanoTime();
        long[] counts = new long[2];
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(fresh("load-path-tdb2")))) {
            RDFParser.source(quads).lang(Lang.NQUADS).parse(new PerArticle(store, counts));
        }
        Phase loadPath = new Phase("load path (1 transaction/article)", counts[0], counts[1],
                Duration.ofNanos(System.nanoTime() - t0), heap.peak());

        // 3. the same, committing every BATCH articles: what ingest would gain by giving up one transaction per article
        heap.reset();
        t0 = System.nanoTime();
        long[] batchedCounts = new long[2];
        Dataset batchedDb = TDB2Factory.connectDataset(fresh("batched-tdb2").toString());
        try (Batches batches = new Batches(batchedDb, BATCH)) {
            RDFParser.source(quads).lang(Lang.NQUADS).parse(new PerArticle(batches, batchedCounts));
        }
        Phase batched = new Phase("load path (" + BATCH + " articles/transaction)", batchedCounts[0], batchedCounts[1],
                Duration.ofNanos(System.nanoTime() - t0), heap.peak());

        // 4. Jena's TDB2 bulk loader on the same file
        heap.reset();
        t0 = System.nanoTime();
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
        Phase bulkPhase = new Phase("TDB2 bulk loader", counts[0], bulkQuads, Duration.ofNanos(System.nanoTime() - t0), heap.peak());
        heap.stop();
        return new Result(articles, report, ingestPhase, loadPath, batched, bulkPhase, Runtime.getRuntime().maxMemory());
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

    /** Groups the consecutive quads of one graph (one article) and stores them as one replace. */
    private static final class PerArticle extends StreamRDFBase {
        private final ArticleSink sink;
        private final long[] counts;
        private Node graphName;
        private Graph graph;

        PerArticle(ArticleSink sink, long[] counts) {
            this.sink = sink;
            this.counts = counts;
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(graphName)) {
                storeArticle();
                graphName = quad.getGraph();
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(Triple.create(quad.getSubject(), quad.getPredicate(), quad.getObject()));
        }

        @Override
        public void finish() {
            storeArticle();
        }

        private void storeArticle() {
            if (graph != null) {
                sink.replace(graphName.getURI(), graph);
                counts[0]++;
                counts[1] += graph.size();
                graph = null;
            }
        }
    }

    /** Replaces article graphs in a TDB2 dataset, committing every {@code size} articles. */
    private static final class Batches implements ArticleSink, AutoCloseable {
        private final Dataset dataset;
        private final int size;
        private int pending;

        Batches(Dataset dataset, int size) {
            this.dataset = dataset;
            this.size = size;
        }

        @Override
        public void replace(String graphIri, Graph graph) {
            if (!dataset.isInTransaction()) {
                dataset.begin(org.apache.jena.query.TxnType.WRITE);
            }
            Node g = org.apache.jena.graph.NodeFactory.createURI(graphIri);
            dataset.asDatasetGraph().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEachRemaining(t -> dataset.asDatasetGraph().add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            if (++pending == size) {
                commit();
            }
        }

        private void commit() {
            if (dataset.isInTransaction()) {
                dataset.commit();
                dataset.end();
            }
            pending = 0;
        }

        @Override
        public void close() {
            commit();
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
