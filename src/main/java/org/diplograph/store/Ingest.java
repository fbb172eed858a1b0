package org.diplograph.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.SequencedMap;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.jena.graph.Graph;
import org.diplograph.model.Actor;
import org.diplograph.model.Extraction;
import org.diplograph.extract.Extractor;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleSource;

/**
 * Articles in, one named graph each in a store: reading, extraction, RDF mapping, storing.
 *
 * <pre>
 * Ingest ingest = Ingest.create().threads(2).build();          // loads the models once
 * try (ArticleStore store = ArticleStore.open(location, StoreSettings.DEFAULT)) {
 *     IngestReport report = ingest.run(ArticleFiles.of(paths, System.in), store, IngestListener.NONE);
 * }
 * </pre>
 *
 * Design decision: extraction, the costly part, runs on a small pool with one {@link Extractor} per thread
 * (OpenNLP 2.5 taggers are not thread-safe); a single writer stores the graphs in reading order, because TDB2
 * has one writer at a time anyway. A bounded queue between them holds at most a few articles per thread, so
 * memory stays flat however large the corpus, and the reader waits when the store is the slower side.
 * <p>
 * Commits are grouped by count and by time: the writer hands the sink up to {@link Builder#batch(int) batch} articles
 * at once (default {@value Builder#DEFAULT_BATCH}), and never holds an extracted article longer than
 * {@link Builder#commitEvery(Duration) commitEvery} (default 1 s), so a slow trickle is committed within a second
 * while a fast feed pays for one disk flush per thousand articles, not per article. A kill loses the uncommitted
 * group, never part of an article, and running the same ingest again completes it (graphs are replaced). Listeners
 * hear of an article once it is committed.
 * <p>
 * Faults: one bad article (unreadable, over its time budget, refused by the store) is one failure and the run
 * goes on. A store that is gone (any {@link Error} while storing, such as a full disk or no memory; a failure that
 * every article would meet, such as a refused login; or {@link Builder#giveUpAfter(int) n} failures in a row) stops
 * the run: the writer says why, the reader stops at its next article instead of waiting on a full queue, and the
 * report counts what was committed, so that running the same ingest again completes it (graphs are replaced,
 * never duplicated).
 */
public final class Ingest {
    private final Pipeline pipeline;
    private final int threads;
    private final LocalDate published;
    private final int batch;
    private final long commitEveryNanos;
    private final Duration articleTimeout;
    private final int giveUpAfter;

    private Ingest(Builder b, Pipeline pipeline) {
        this.pipeline = pipeline;
        this.threads = b.threads;
        this.published = b.published;
        this.batch = b.batch;
        this.commitEveryNanos = b.commitEvery.toNanos();
        this.articleTimeout = b.articleTimeout;
        this.giveUpAfter = b.giveUpAfter;
    }

    public static Builder create() {
        return new Builder();
    }

    /** The settings of an ingest; {@link #build()} loads the models. */
    public static final class Builder {
        public static final Duration DEFAULT_ARTICLE_TIMEOUT = Duration.ofSeconds(60);
        public static final int DEFAULT_GIVE_UP_AFTER = 5;
        /** Articles per commit, at most, by default. */
        public static final int DEFAULT_BATCH = 1000;
        /** The longest an extracted article waits for its commit, by default. */
        public static final Duration DEFAULT_COMMIT_EVERY = Duration.ofSeconds(1);

        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private LocalDate published;
        private int batch = DEFAULT_BATCH;
        private Duration commitEvery = DEFAULT_COMMIT_EVERY;
        private Duration articleTimeout = DEFAULT_ARTICLE_TIMEOUT;
        private int giveUpAfter = DEFAULT_GIVE_UP_AFTER;
        private Pipeline pipeline;

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
         * Articles the sink may take at once, at most, which a store commits in one transaction (default
         * {@value #DEFAULT_BATCH}; 1: each article in its own).
         */
        public Builder batch(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("A batch holds at least one article, not " + n);
            }
            this.batch = n;
            return this;
        }

        /**
         * The longest an extracted article waits for its commit (default 1 s; zero: commit whenever no other article is
         * ready, the old behaviour).
         */
        public Builder commitEvery(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("A commit interval cannot be negative: " + d);
            }
            this.commitEvery = d;
            return this;
        }

        /** The longest one article's extraction may take before it is given up as a failure (zero: no limit). */
        public Builder articleTimeout(Duration d) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("A time budget cannot be negative: " + d);
            }
            this.articleTimeout = d;
            return this;
        }

        /** Store failures in a row (no connection, no answer, server errors) after which the run stops. */
        public Builder giveUpAfter(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("Give up after 1 or more failures in a row, not " + n);
            }
            this.giveUpAfter = n;
            return this;
        }

        /** A pipeline already built (models and knowledge loaded); by default the bundled one is loaded. */
        public Builder pipeline(Pipeline p) {
            this.pipeline = p;
            return this;
        }

        public Ingest build() {
            return new Ingest(this, pipeline != null ? pipeline : Pipeline.bundled());
        }
    }

    /** What the reader hands the writer, in reading order. */
    private sealed interface Item permits ArticleItem, ProblemItem, InputDone, End {
    }

    private record ArticleItem(Article article, ExtractionPool.Task task) implements Item {
    }

    private record ProblemItem(IngestFailure failure) implements Item {
    }

    private record InputDone(String origin) implements Item, Ready {
    }

    private record End() implements Item {
    }

    private static final End END = new End();

    /** What the writer has ready to commit or report, in reading order. */
    private sealed interface Ready permits Extracted, Failed, InputDone {
    }

    /** An article extracted and mapped, ready to store. */
    private record Extracted(Article article, String graphIri, Graph graph, int events, List<String> actors) implements Ready {
    }

    private record Failed(IngestFailure failure) implements Ready {
    }

    /** Runs the ingest to its end, or to a stop; failures are reported, never thrown. */
    public IngestReport run(ArticleSource source, ArticleSink sink, IngestListener listener) {
        long start = System.nanoTime();
        listener.started(source.inputs());

        ExtractionPool pool = new ExtractionPool(threads, "extract");
        BlockingQueue<Item> queue = new ArrayBlockingQueue<>(threads * 4);
        Writer writer = new Writer(queue, sink, listener, pool);
        Thread writerThread = new Thread(writer, "store-writer");
        writerThread.start();
        Handoff handoff = new Handoff(queue, writer, writerThread);
        try {
            source.read(article -> {
                        Article a = published != null ? article.withPublished(published) : article;
                        handoff.put(new ArticleItem(a, pool.submit(() -> extract(pipeline, a))));
                    },
                    problem -> handoff.put(new ProblemItem(IngestFailure.of(problem))),
                    origin -> handoff.put(new InputDone(origin)));
        } catch (WriterStopped e) {
            // the writer has recorded why; reading stops here
        } catch (Throwable t) {
            writer.stop("reading the input failed: " + StoreFailures.explain(t));
        } finally {
            handoff.end();
            pool.shutdownNow();
        }
        return writer.report(Duration.ofNanos(System.nanoTime() - start));
    }

    private static Ready extract(Pipeline pipeline, Article article) {
        try {
            Extraction x = pipeline.extract(article);
            Graph graph = pipeline.graph(x);
            return new Extracted(article, RdfMapper.articleIri(article), graph, x.events().size(),
                    x.actors().stream().map(Actor::key).toList());
        } catch (RuntimeException e) {
            return new Failed(new IngestFailure(article.origin(), 0, "extraction failed: " + e));
        }
    }

    /** Thrown into the reader when the writer has stopped: nothing more will be stored. */
    private static final class WriterStopped extends RuntimeException {
        WriterStopped() {
            super("the store writer has stopped", null, false, false);
        }
    }

    /** The reader's side of the queue: it never waits on a writer that has stopped or died. */
    private record Handoff(BlockingQueue<Item> queue, Writer writer, Thread writerThread) {
        void put(Item item) {
            try {
                while (!queue.offer(item, 200, TimeUnit.MILLISECONDS)) {
                    if (writer.stopped() || !writerThread.isAlive()) {
                        throw new WriterStopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                writer.stop("interrupted");
                throw new WriterStopped();
            }
            if (writer.stopped()) {
                throw new WriterStopped();
            }
        }

        /** Tells the writer there is nothing more, and waits for it to finish. */
        void end() {
            try {
                while (writerThread.isAlive() && !queue.offer(END, 200, TimeUnit.MILLISECONDS)) {
                    // the writer drains the queue even after a stop, so END gets in
                }
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stores the extracted articles in the order they were read, up to {@code batch} at a time. */
    private final class Writer implements Runnable {
        /** Failures kept for the closing summary; all are counted and each is told to the listener as it happens. */
        private static final int LISTED_FAILURES = 1000;

        private final BlockingQueue<Item> queue;
        private final ArticleSink sink;
        private final IngestListener listener;
        private final ExtractionPool pool;
        private final long timeoutNanos;
        /** Articles, failures and finished inputs since the last commit, in reading order. */
        private final List<Ready> pending = new ArrayList<>();
        private int pendingArticles;
        /** When the oldest pending item was taken. */
        private long oldest;
        /** The reader's END has been taken: nothing more will come (a stop in the last flush must not wait for it). */
        private boolean ended;
        private volatile String stop;
        private int failuresInARow;
        private long articles;
        private long replaced;
        private long events;
        private long triples;
        private long storingNanos;
        private long failureCount;
        private final Set<String> actors = new HashSet<>();
        private final List<IngestFailure> failures = new ArrayList<>();

        Writer(BlockingQueue<Item> queue, ArticleSink sink, IngestListener listener, ExtractionPool pool) {
            this.queue = queue;
            this.sink = sink;
            this.listener = listener;
            this.pool = pool;
            this.timeoutNanos = articleTimeout.toNanos();
        }

        boolean stopped() {
            return stop != null;
        }

        /** Stops the run, keeping the first reason given. */
        synchronized void stop(String reason) {
            if (stop == null) {
                stop = reason;
            }
        }

        @Override
        public void run() {
            try {
                write();
            } catch (Throwable t) {
                // the writer must never die silently: the reader would wait on a full queue forever
                stop("the store failed: " + StoreFailures.explain(t));
            }
            drain();
        }

        private void write() throws InterruptedException {
            while (!stopped()) {
                Item item = pending.isEmpty() ? queue.take()
                        : queue.poll(Math.max(1, oldest + commitEveryNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (item == null) {
                    flush(); // the oldest pending article has waited commitEvery
                    continue;
                }
                if (item == END) {
                    ended = true;
                    flush();
                    return;
                }
                Ready ready = switch (item) {
                    case ArticleItem a -> await(a);
                    case ProblemItem p -> new Failed(p.failure());
                    case InputDone d -> d;
                    case End e -> throw new IllegalStateException("END handled above");
                };
                if (pending.isEmpty()) {
                    oldest = System.nanoTime();
                }
                pending.add(ready);
                if (ready instanceof Extracted) {
                    pendingArticles++;
                }
                boolean due = commitEveryNanos == 0 ? !next(queue.peek()) : System.nanoTime() - oldest >= commitEveryNanos;
                if (pendingArticles >= batch || due) {
                    flush();
                }
            }
        }

        /** After a stop: takes what the reader still hands over, until its end, so that it never waits. */
        private void drain() {
            if (!stopped() || ended) {
                return;
            }
            try {
                for (Item item = queue.take(); item != END; item = queue.take()) {
                    // dropped: the run has stopped
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** True when the reader has handed over something else, extracted or on its way. */
        private static boolean next(Item item) {
            return item != null && item != END;
        }

        /** The article's extraction, or a failure once it has run over its time budget. */
        private Ready await(ArticleItem item) throws InterruptedException {
            ExtractionPool.Task task = item.task();
            while (true) {
                try {
                    return (Ready) task.result.get(250, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!pending.isEmpty() && commitEveryNanos > 0 && System.nanoTime() - oldest >= commitEveryNanos) {
                        flush(); // what is extracted does not wait for a slow article
                    }
                    // the wait for the parser's models (first article needing them) is not the article's time
                    if (timeoutNanos > 0 && task.runningNanos() > timeoutNanos && pipeline.models().parser().settledFor(timeoutNanos)) {
                        pool.abandon(task);
                        return new Failed(new IngestFailure(item.article().origin(), 0, String.format(Locale.ROOT,
                                "extraction took longer than %s, the budget for one article (--article-timeout); skipped "
                                        + "(its text is %,d characters: split it, or raise --article-timeout)",
                                seconds(articleTimeout), item.article().text().length())));
                    }
                } catch (ExecutionException e) {
                    return new Failed(new IngestFailure(item.article().origin(), 0, "extraction failed: " + StoreFailures.explain(e.getCause())));
                }
            }
        }

        /** Stores the pending articles, then tells the listener about everything pending, in order. */
        private void flush() {
            SequencedMap<String, Graph> graphs = new LinkedHashMap<>();
            for (Ready r : pending) {
                if (r instanceof Extracted x) {
                    graphs.put(x.graphIri(), x.graph()); // the same id twice in one batch: the later graph replaces the earlier
                }
            }
            List<Ready> done = List.copyOf(pending);
            pending.clear();
            pendingArticles = 0;
            Set<String> wereThere = Set.of();
            StoreException batchFailure = null;
            if (!graphs.isEmpty()) {
                try {
                    wereThere = store(graphs);
                } catch (StoreException e) {
                    batchFailure = e;
                }
            }
            if (batchFailure != null && batchFailure.scope() == StoreException.Scope.STORE) {
                stop(batchFailure.getMessage());
                return;
            }
            Set<String> seen = new HashSet<>();
            for (Ready r : done) {
                switch (r) {
                    case Failed f -> fail(f.failure());
                    case InputDone d -> listener.inputRead(d.origin());
                    case Extracted x -> {
                        boolean again = !seen.add(x.graphIri());
                        if (batchFailure == null) {
                            stored(x, again || wereThere.contains(x.graphIri()));
                        } else {
                            // a failed batch is stored again article by article, so one bad article does not sink the others
                            storeAlone(x, graphs.size() == 1 ? batchFailure : null);
                            if (stopped()) {
                                return;
                            }
                        }
                    }
                }
            }
            if (!stopped()) {
                try {
                    sink.tidy().ifPresent(listener::note);
                } catch (StoreException e) {
                    stop(e.getMessage());
                }
            }
        }

        private void storeAlone(Extracted x, StoreException known) {
            StoreException failure = known;
            boolean wasThere = false;
            if (failure == null) {
                try {
                    SequencedMap<String, Graph> one = new LinkedHashMap<>();
                    one.put(x.graphIri(), x.graph());
                    wasThere = !store(one).isEmpty();
                } catch (StoreException e) {
                    failure = e;
                }
            }
            if (failure == null) {
                stored(x, wasThere);
                return;
            }
            if (failure.scope() == StoreException.Scope.STORE) {
                stop(failure.getMessage());
                return;
            }
            fail(new IngestFailure(x.article().origin(), 0, "could not be stored in graph <" + x.graphIri() + ">: " + failure.getMessage()));
            if (failure.scope() == StoreException.Scope.TRANSIENT && ++failuresInARow >= giveUpAfter) {
                stop("the store failed " + failuresInARow + " times in a row (--give-up-after " + giveUpAfter + "); the last time: "
                        + failure.getMessage());
            }
        }

        /** Hands the graphs to the sink; returns the names that were already there. */
        private Set<String> store(SequencedMap<String, Graph> graphs) {
            long t0 = System.nanoTime();
            try {
                return sink.replaceAll(graphs);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new StoreException(StoreException.Scope.TRANSIENT, String.valueOf(e), e);
            } finally {
                storingNanos += System.nanoTime() - t0;
            }
        }

        private void stored(Extracted x, boolean wasThere) {
            failuresInARow = 0;
            articles++;
            if (wasThere) {
                replaced++;
            }
            events += x.events();
            triples += x.graph().size();
            actors.addAll(x.actors());
            listener.stored(new StoredArticle(x.article().origin(), x.graphIri(), x.events(), x.graph().size(), wasThere));
        }

        private void fail(IngestFailure f) {
            failureCount++;
            if (failures.size() < LISTED_FAILURES) {
                failures.add(f);
            }
            listener.failed(f);
        }

        IngestReport report(Duration elapsed) {
            return new IngestReport(articles, replaced, events, actors.size(), triples, failures, failureCount, elapsed,
                    Duration.ofNanos(storingNanos), stop);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
