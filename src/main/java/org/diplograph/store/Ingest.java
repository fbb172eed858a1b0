package org.diplograph.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.extract.Actor;
import org.diplograph.extract.Extraction;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.nlp.NlpModels;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleSource;

/**
 * Articles in, one named graph each in a store: reading, extraction, RDF mapping, storing.
 *
 * <pre>
 * Ingest ingest = Ingest.create().threads(2).build();          // loads the models once
 * try (ArticleStore store = ArticleStore.open(location)) {
 *     IngestReport report = ingest.run(ArticleFiles.of(paths, System.in), store, IngestListener.NONE);
 * }
 * </pre>
 *
 * Design decision: extraction, the costly part, runs on a small pool with one {@link Extractor} per thread
 * (OpenNLP 2.5 taggers are not thread-safe); a single writer stores the graphs in reading order, because TDB2
 * has one writer at a time anyway. A bounded queue between them holds at most a few articles per thread, so
 * memory stays flat however large the corpus, and the reader waits when the store is the slower side.
 * <p>
 * With {@link Builder#batch(int) batch(n)}, the writer hands the sink up to n articles at a time, but only those
 * already extracted: when the next one is still being extracted it stores what it has, so a slow trickle of
 * articles is committed as promptly as with one transaction each, and batches grow only when the store is the
 * bottleneck. Listeners hear of an article once it is committed.
 */
public final class Ingest {
    private final NlpModels models;
    private final Knowledge knowledge;
    private final int threads;
    private final LocalDate published;
    private final int batch;

    private Ingest(NlpModels models, Knowledge knowledge, int threads, LocalDate published, int batch) {
        this.models = models;
        this.knowledge = knowledge;
        this.threads = threads;
        this.published = published;
        this.batch = batch;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The settings of an ingest; {@link #build()} loads the models. */
    public static final class Builder {
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private LocalDate published;
        private int batch = 1;
        private NlpModels models;
        private Knowledge knowledge;

        private Builder() {
        }

        /** Extraction threads (default: one per processor). */
        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("Extraction needs at least one thread, not " + n);
            }
            this.threads = n;
            return this;
        }

        /** A publication date for every article, overriding theirs; null keeps theirs. */
        public Builder published(LocalDate date) {
            this.published = date;
            return this;
        }

        /**
         * Articles the sink may take at once, which a local store commits in one transaction (default 1: each
         * article in its own).
         */
        public Builder batch(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("A batch holds at least one article, not " + n);
            }
            this.batch = n;
            return this;
        }

        /** Models already loaded elsewhere; by default they are loaded from the classpath. */
        public Builder models(NlpModels m, Knowledge k) {
            this.models = m;
            this.knowledge = k;
            return this;
        }

        public Ingest build() {
            Knowledge k = knowledge != null ? knowledge : Knowledge.fromClasspath();
            NlpModels m = models != null ? models : NlpModels.fromClasspath();
            return new Ingest(m, k, threads, published, batch);
        }
    }

    /** One article's outcome on its way from an extraction thread to the writer. */
    private record Extracted(Article article, String graphIri, Graph graph, int events, List<String> actors,
                             IngestFailure failure) {
    }

    private static final Future<Extracted> END = CompletableFuture.completedFuture(null);

    /** Runs the ingest to the end; failures are reported, never thrown, and the run goes on past them. */
    public IngestReport run(ArticleSource source, ArticleSink sink, IngestListener listener) {
        long start = System.nanoTime();
        long inputs = source.inputs();
        listener.started(inputs);

        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Extractor> extractors = ThreadLocal.withInitial(() -> new Extractor(models, knowledge));
        RdfMapper mapper = new RdfMapper(knowledge.gazetteer());
        BlockingQueue<Future<Extracted>> queue = new ArrayBlockingQueue<>(threads * 4);
        Writer writer = new Writer(queue, sink, listener, batch);
        Thread writerThread = new Thread(writer, "store-writer");
        writerThread.start();
        try {
            source.read(article -> {
                Article a = published != null ? article.withPublished(published) : article;
                put(queue, pool.submit(() -> extract(extractors.get(), mapper, a)));
            }, problem -> put(queue, CompletableFuture.completedFuture(
                    new Extracted(null, null, null, 0, List.of(), IngestFailure.of(problem)))),
                    origin -> put(queue, CompletableFuture.completedFuture(
                            new Extracted(null, origin, null, 0, List.of(), null))));
        } finally {
            put(queue, END);
            join(writerThread);
            pool.shutdownNow();
        }
        return new IngestReport(writer.articles, writer.events, writer.actors.size(), writer.triples, writer.failures,
                Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(writer.storingNanos));
    }

    private static Extracted extract(Extractor extractor, RdfMapper mapper, Article article) {
        try {
            Extraction x = extractor.extract(article);
            Graph graph = GraphFactory.createDefaultGraph();
            mapper.write(x, StreamRDFLib.graph(graph), false);
            return new Extracted(article, RdfMapper.articleIri(article), graph, x.events().size(),
                    x.actors().stream().map(Actor::key).toList(), null);
        } catch (RuntimeException e) {
            return new Extracted(article, null, null, 0, List.of(),
                    new IngestFailure(article.origin(), 0, "extraction failed: " + e));
        }
    }

    /** Stores the extracted articles in the order they were read, up to {@code batch} at a time. */
    private static final class Writer implements Runnable {
        private final BlockingQueue<Future<Extracted>> queue;
        private final ArticleSink sink;
        private final IngestListener listener;
        private final int batch;
        /** Articles, failures and finished inputs since the last commit, in reading order. */
        private final List<Extracted> pending = new ArrayList<>();
        private int pendingArticles;
        long articles;
        long events;
        long triples;
        long storingNanos;
        final Set<String> actors = new HashSet<>();
        final List<IngestFailure> failures = new ArrayList<>();

        Writer(BlockingQueue<Future<Extracted>> queue, ArticleSink sink, IngestListener listener, int batch) {
            this.queue = queue;
            this.sink = sink;
            this.listener = listener;
            this.batch = batch;
        }

        @Override
        public void run() {
            while (true) {
                Future<Extracted> next;
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (next == END) {
                    flush();
                    return;
                }
                try {
                    Extracted x = next.get();
                    pending.add(x);
                    if (x.article() != null && x.failure() == null) {
                        pendingArticles++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    pending.add(new Extracted(null, null, null, 0, List.of(),
                            new IngestFailure("?", 0, "extraction failed: " + e.getCause())));
                }
                if (pendingArticles >= batch || !ready(queue.peek())) {
                    flush();
                }
            }
        }

        /** True when the reader has handed over another article, extracted or on its way. */
        private static boolean ready(Future<Extracted> next) {
            return next != null && next != END;
        }

        /** Stores the pending articles, then tells the listener about everything pending, in order. */
        private void flush() {
            SequencedMap<String, Graph> graphs = new LinkedHashMap<>();
            for (Extracted x : pending) {
                if (x.article() != null && x.failure() == null) {
                    graphs.put(x.graphIri(), x.graph());
                }
            }
            List<Extracted> done = List.copyOf(pending);
            pending.clear();
            pendingArticles = 0;
            RuntimeException batchFailure = graphs.isEmpty() ? null : store(graphs);
            for (Extracted x : done) {
                try {
                    if (x.failure() != null) {
                        fail(x.failure());
                    } else if (x.article() == null) {
                        listener.inputRead(x.graphIri());
                    } else {
                        // a failed batch is stored again article by article, so one bad article does not sink the others
                        RuntimeException e = batchFailure == null ? null
                                : graphs.size() == 1 ? batchFailure : store(one(x.graphIri(), x.graph()));
                        if (e == null) {
                            stored(x);
                        } else {
                            fail(new IngestFailure(x.article().origin(), 0,
                                    "could not be stored in graph <" + x.graphIri() + ">: " + e.getMessage()));
                        }
                    }
                } catch (RuntimeException e) {
                    // the writer must outlive any one article, or the reader would wait on a full queue forever
                    failures.add(new IngestFailure(x.article() != null ? x.article().origin() : String.valueOf(x.graphIri()), 0,
                            "could not be stored: " + e));
                }
            }
        }

        /** Hands the graphs to the sink; returns what went wrong, or null. */
        private RuntimeException store(SequencedMap<String, Graph> graphs) {
            long t0 = System.nanoTime();
            try {
                sink.replaceAll(graphs);
                return null;
            } catch (RuntimeException e) {
                return e;
            } finally {
                storingNanos += System.nanoTime() - t0;
            }
        }

        private static SequencedMap<String, Graph> one(String graphIri, Graph graph) {
            SequencedMap<String, Graph> m = new LinkedHashMap<>();
            m.put(graphIri, graph);
            return m;
        }

        private void stored(Extracted x) {
            articles++;
            events += x.events();
            triples += x.graph().size();
            actors.addAll(x.actors());
            listener.stored(new StoredArticle(x.article().origin(), x.graphIri(), x.events(), x.graph().size()));
        }

        private void fail(IngestFailure f) {
            failures.add(f);
            listener.failed(f);
        }
    }

    private static void put(BlockingQueue<Future<Extracted>> queue, Future<Extracted> item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
