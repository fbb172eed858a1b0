package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.SequencedMap;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.cli.Diplograph;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleFiles;
import org.diplograph.source.ArticleSource;
import org.diplograph.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Ingest into a real TDB2 database on disk, with the real models. */
class IngestIT {
    private static final String ARTICLE = "https://w3id.org/diplograph/id/article/";
    private static Ingest ingest;
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        pipeline = Pipeline.bundled();
        ingest = Ingest.create().threads(2).pipeline(pipeline).build();
    }

    @Test
    void ingest_examples_one_graph_per_article_and_idempotent() {
        Path db = dir.resolve("tdb2");
        IngestReport first = run(db, "examples");
        Set<Quad> afterFirst = quads(db);

        IngestReport second = run(db, "examples");
        Set<Quad> afterSecond = quads(db);

        assertEquals(5, first.articles());
        assertTrue(first.failures().isEmpty(), first.failures().toString());
        assertTrue(first.events() > 10, first.summary(db.toString()));
        assertEquals(first.triples(), afterFirst.size());
        Set<String> graphs = new HashSet<>();
        afterFirst.forEach(q -> graphs.add(q.getGraph().getURI()));
        assertEquals(Set.of(ARTICLE + "001-gaza-ceasefire-diplomacy", ARTICLE + "007-uk-expels-russian-diplomats-skripal",
                ARTICLE + "012-blinken-beijing-visit", ARTICLE + "014-india-pakistan-ceasefire",
                ARTICLE + "022-turkey-nordic-nato-memorandum"), graphs);
        assertEquals(first.triples(), second.triples());
        assertEquals(afterFirst, afterSecond);
    }

    @Test
    void ingest_bad_inputs_are_reported_and_skipped_exit_1() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {'F', 'r', 'a', 'n', 'c', 'e', 0, 1, 2});
        Files.write(in.resolve("latin1.txt"), "Paris. France condamn\u00e9 the attack.".getBytes(StandardCharsets.ISO_8859_1));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        Files.write(in.resolve("huge.txt"), huge);
        Files.writeString(in.resolve("news.jsonl"), """
                {"id": "good-1", "text": "Turkey blocked the bid of Sweden."}
                {"id": "broken", "text": "France proposed
                {"id": "good-2", "text": "Germany condemned the attack."}
                """);
        Files.writeString(in.resolve("fine.txt"), "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol.");
        Path db = dir.resolve("tdb2");
        StringWriter err = new StringWriter();
        CommandLine cl = Diplograph.newCommandLine();
        cl.setErr(new PrintWriter(err, true));

        int status = cl.execute("ingest", "--db", db.toString(), in.toString());

        String log = err.toString();
        assertEquals(1, status, log);
        assertTrue(log.contains(in.resolve("empty.txt") + ": empty"), log);
        assertTrue(log.contains(in.resolve("binary.txt") + ": binary data"), log);
        assertTrue(log.contains(in.resolve("latin1.txt") + ":1: not valid UTF-8"), log);
        assertTrue(log.contains(in.resolve("huge.txt") + ": the text is 10,485,761 characters, over the limit of 100,000"), log);
        assertTrue(log.contains(in.resolve("news.jsonl") + ":2: malformed JSON line"), log);
        assertTrue(log.contains("Ingested 3 articles into " + db), log);
        assertTrue(log.contains("5 failed"), log);
        Set<String> graphs = new HashSet<>();
        quads(db).forEach(q -> graphs.add(q.getGraph().getURI()));
        assertEquals(3, graphs.size(), graphs.toString());
        assertTrue(graphs.contains(ARTICLE + "good-1") && graphs.contains(ARTICLE + "good-2"), graphs.toString());
    }

    @Test
    void batch_hands_the_store_up_to_n_articles_at_once() {
        Path db = dir.resolve("tdb2");
        List<Integer> batches = Collections.synchronizedList(new ArrayList<>());
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            ArticleSink recording = new ArticleSink() {
                @Override
                public boolean replace(String graphIri, Graph graph) {
                    throw new AssertionError("with batch(3), ingest must hand over articles with replaceAll");
                }

                @Override
                public Set<String> replaceAll(SequencedMap<String, Graph> graphs) {
                    batches.add(graphs.size());
                    return store.replaceAll(graphs);
                }
            };
            report = Ingest.create().threads(2).pipeline(pipeline).batch(3).build()
                    .run(SyntheticCorpus.load(8), recording, IngestListener.NONE);
        }

        assertTrue(report.failures().isEmpty(), report.failures().toString());
        assertEquals(8, report.articles());
        assertEquals(8, batches.stream().mapToInt(Integer::intValue).sum(), batches.toString());
        assertTrue(batches.stream().allMatch(n -> n <= 3), batches.toString());
        assertTrue(batches.contains(3), "no batch was filled: " + batches);
        Set<String> graphs = new HashSet<>();
        quads(db).forEach(q -> graphs.add(q.getGraph().getURI()));
        assertEquals(8, graphs.size(), graphs.toString());
        assertEquals(report.triples(), quads(db).size());
    }

    @Test
    void batch_commits_a_slow_trickle_without_waiting_for_the_batch_to_fill() {
        SyntheticCorpus corpus = SyntheticCorpus.load(3);
        List<String> storedBeforeNext = new ArrayList<>();
        CountDownLatch[] stored = {new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1)};
        IngestListener listener = new IngestListener() {
            private int n;

            @Override
            public void stored(StoredArticle article) {
                stored[n++].countDown();
            }
        };
        // a source that hands over the next article only once the previous one is committed, or after 60 s
        ArticleSource trickle = new ArticleSource() {
            @Override
            public long inputs() {
                return -1;
            }

            @Override
            public void read(Consumer<Article> articles, Consumer<org.diplograph.source.ReadProblem> problems, Consumer<String> inputRead) {
                for (int n = 1; n <= 3; n++) {
                    Article a = corpus.article(n);
                    articles.accept(a);
                    try {
                        if (stored[n - 1].await(60, TimeUnit.SECONDS)) {
                            storedBeforeNext.add(RdfMapper.articleIri(a));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        };
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(dir.resolve("tdb2")))) {
            report = Ingest.create().threads(2).pipeline(pipeline).batch(100).build().run(trickle, store, listener);
        }

        assertEquals(3, report.articles(), report.failures().toString());
        assertEquals(3, storedBeforeNext.size(), "an article waited for the batch to fill: " + storedBeforeNext);
    }

    @Test
    void batch_that_cannot_be_stored_is_stored_again_article_by_article() {
        Path db = dir.resolve("tdb2");
        SyntheticCorpus corpus = SyntheticCorpus.load(6);
        String refused = RdfMapper.articleIri(corpus.article(2));
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            ArticleSink refusing = new ArticleSink() {
                @Override
                public boolean replace(String graphIri, Graph graph) {
                    if (graphIri.equals(refused)) {
                        throw new StoreException(StoreException.Scope.ARTICLE, "the server refused the graph", null);
                    }
                    return store.replace(graphIri, graph);
                }

                @Override
                public Set<String> replaceAll(SequencedMap<String, Graph> graphs) {
                    if (graphs.containsKey(refused)) {
                        throw new StoreException(StoreException.Scope.ARTICLE, "the server refused the graph", null);
                    }
                    return store.replaceAll(graphs);
                }
            };
            report = Ingest.create().threads(2).pipeline(pipeline).batch(4).build()
                    .run(corpus, refusing, IngestListener.NONE);
        }

        assertEquals(5, report.articles());
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).toString().contains("could not be stored in graph <" + refused + ">: the server refused the graph"),
                report.failures().toString());
        Set<String> graphs = new HashSet<>();
        quads(db).forEach(q -> graphs.add(q.getGraph().getURI()));
        assertEquals(5, graphs.size(), graphs.toString());
        assertTrue(!graphs.contains(refused), graphs.toString());
    }

    @Test
    void different_ids_never_share_a_graph() throws IOException {
        Path db = dir.resolve("tdb2");
        Path feed = Files.writeString(dir.resolve("ids.jsonl"), """
                {"id": "新闻", "text": "Turkey blocked the bid of Sweden."}
                {"id": "Новости", "text": "Germany condemned the attack."}
                {"id": "Article 1", "text": "France proposed a resolution."}
                {"id": "article_1", "text": "Japan supported the resolution."}
                {"id": "ARTICLE-1!", "text": "Russia vetoed the resolution."}
                """);

        IngestReport first = run(db, feed.toString());
        IngestReport again = run(db, feed.toString());

        assertEquals(5, first.articles(), first.summary(db.toString()));
        assertEquals(0, first.replaced());
        Set<String> graphs = new HashSet<>();
        quads(db).forEach(q -> graphs.add(q.getGraph().getURI()));
        assertEquals(Set.of(ARTICLE + "新闻", ARTICLE + "Новости", ARTICLE + "Article%201", ARTICLE + "article_1", ARTICLE + "ARTICLE-1%21"), graphs);
        assertEquals(5, again.articles());
        assertEquals(5, again.replaced());
        assertTrue(again.summary("db").contains("(0 new graphs; 5 replaced the graph of an article with the same id)"), again.summary("db"));
    }

    @Test
    void an_error_in_the_writer_stops_the_run_and_a_second_run_completes_it() {
        Path db = dir.resolve("tdb2");
        SyntheticCorpus corpus = SyntheticCorpus.load(12);
        IngestReport stopped;
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            // what a full disk does to TDB2's memory-mapped files: an InternalError, not an exception
            ArticleSink fillsUp = new ArticleSink() {
                private int commits;

                @Override
                public boolean replace(String graphIri, Graph graph) {
                    throw new AssertionError("with batch(2), ingest hands over articles with replaceAll");
                }

                @Override
                public Set<String> replaceAll(SequencedMap<String, Graph> graphs) {
                    if (++commits == 3) {
                        throw new InternalError("a fault occurred in an unsafe memory access operation");
                    }
                    return store.replaceAll(graphs);
                }
            };
            stopped = Ingest.create().threads(2).pipeline(pipeline).batch(2).build().run(corpus, fillsUp, IngestListener.NONE);
        }
        Set<String> afterStop = graphs(db);

        assertTrue(stopped.stopped());
        assertTrue(stopped.stop().contains("the disk that holds the database is probably full"), stopped.stop());
        assertEquals(afterStop.size(), stopped.articles());
        assertTrue(stopped.articles() >= 2 && stopped.articles() < 12, stopped.summary("db"));

        IngestReport rest;
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            rest = Ingest.create().threads(2).pipeline(pipeline).batch(2).build().run(corpus, store, IngestListener.NONE);
        }
        assertEquals(12, rest.articles());
        assertEquals(stopped.articles(), rest.replaced());
        assertEquals(12, graphs(db).size());
        assertEquals(rest.triples(), quads(db).size(), "a graph holds more than its article: something was stored twice");
    }

    @Test
    void a_store_that_fails_every_article_stops_the_run_after_n_in_a_row() {
        Path db = dir.resolve("tdb2");
        SyntheticCorpus corpus = SyntheticCorpus.load(20);
        IngestReport report;
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            ArticleSink gone = new ArticleSink() {
                private int calls;

                @Override
                public boolean replace(String graphIri, Graph graph) {
                    if (++calls > 4) {
                        throw new StoreException(StoreException.Scope.TRANSIENT, "connection refused by localhost:1", null);
                    }
                    return store.replace(graphIri, graph);
                }
            };
            // a sink of one request per article, as ingest --endpoint runs it (batch 1): its replaceAll is not one transaction
            report = Ingest.create().threads(2).pipeline(pipeline).batch(1).giveUpAfter(3).build().run(corpus, gone, IngestListener.NONE);
        }

        assertEquals(4, report.articles());
        assertEquals(3, report.failureCount(), report.failures().toString());
        assertEquals("the store failed 3 times in a row (--give-up-after 3); the last time: connection refused by localhost:1", report.stop());
        assertEquals(4, graphs(db).size());
    }

    private static Set<String> graphs(Path db) {
        Set<String> graphs = new HashSet<>();
        quads(db).forEach(q -> graphs.add(q.getGraph().getURI()));
        return graphs;
    }

    private IngestReport run(Path db, String... paths) {
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            return ingest.run(ArticleFiles.of(List.of(paths), System.in), store, IngestListener.NONE);
        }
    }

    static Set<Quad> quads(Path db) {
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        return Txn.calculateRead(ds, () -> {
            Set<Quad> all = new HashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        });
    }
}
