package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.source.Article;
import org.diplograph.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed half-way (a real child JVM, killed hard) leaves a database that opens, with whole articles only; the
 * same ingest run again completes it without duplicates.
 */
class KilledIngestIT {
    private static final int ARTICLES = 400;

    @TempDir
    Path dir;

    @Test
    void killed_ingest_keeps_every_committed_article_whole() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        Map<String, Article> byGraph = writeArticles(in, ARTICLES);
        Path db = dir.resolve("tdb2");
        Set<String> reported = new HashSet<>();

        try (ChildProcess child = ChildProcess.diplograph(dir, "ingest", "-v", "--db", db.toString(), in.toString())) {
            while (reported.size() < 15) {
                String line = child.awaitLine(l -> l.startsWith("stored "), 120);
                int from = line.indexOf("-> <") + 4;
                reported.add(line.substring(from, line.indexOf('>', from)));
            }
            child.process().destroyForcibly();
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
        }

        Map<String, Graph> stored = stored(db);
        assertTrue(stored.keySet().containsAll(reported), "reported as stored but missing: " + reported);
        assertTrue(stored.size() < ARTICLES, "the child finished before it was killed: " + stored.size());
        assertWhole(stored, byGraph);
    }

    /**
     * kill -9 at random moments of an ingest with the default grouped commits (while the models load, while articles are
     * extracted, during commits), several times over the same database; after each kill the database opens with whole
     * articles only, and running the same ingest once more completes it: every article once, whole.
     */
    @Test
    void killed_at_random_points_then_run_again_completes_with_no_duplicates() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        Map<String, Article> byGraph = writeArticles(in, ARTICLES);
        Path db = dir.resolve("tdb2");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int before = 0;
        for (int round = 0; round < 3; round++) {
            long killAfterMillis = 2_000 + random.nextInt(18_000);
            try (ChildProcess child = ChildProcess.diplograph(dir, "ingest", "--db", db.toString(), in.toString())) {
                boolean ended = child.process().waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
                if (!ended) {
                    child.process().destroyForcibly();
                    assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
                }
            }
            Map<String, Graph> stored = stored(db);
            assertTrue(stored.size() >= before, "round " + round + " (seed " + seed + "): committed articles were lost");
            before = stored.size();
            assertWhole(stored, byGraph);
        }
        try (ChildProcess child = ChildProcess.diplograph(dir, "ingest", "--db", db.toString(), in.toString())) {
            assertEquals(0, child.awaitExit(600), String.join("\n", child.seen()));
        }
        Map<String, Graph> stored = stored(db);
        assertEquals(byGraph.keySet(), stored.keySet(), "seed " + seed);
        assertWhole(stored, byGraph);
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        long articles = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream(null, null,
                org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/diplograph/ontology#Article")).count());
        org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        assertEquals(ARTICLES, articles, "each article once (seed " + seed + ")");
    }

    /** The first {@code count} articles as JSON files with ids, and each as the child reads it back, by graph name. */
    static Map<String, Article> writeArticles(Path in, int count) throws java.io.IOException {
        SyntheticCorpus corpus = SyntheticCorpus.load(count);
        Map<String, Article> byGraph = new HashMap<>();
        for (int n = 1; n <= count; n++) {
            Article a = corpus.article(n);
            JsonObject o = new JsonObject();
            o.put("id", a.id());
            o.put("published", a.published().toString());
            o.put("text", a.text());
            Path file = in.resolve(a.id() + ".json");
            Files.writeString(file, o.toString());
            byGraph.put(org.diplograph.rdf.RdfMapper.articleIri(a), new Article(a.id(), null, null, a.published(), null, a.text(), file.toString()));
        }
        return byGraph;
    }

    /**
     * Every named graph of the database, copied out, as TDB2 alone opens it; the database is let go for the next process.
     * A folder with no Data-NNNN holds no database yet (a kill before the first ingest had made it, which diplograph makes
     * aside and moves into place whole): no graphs, and it is left as it is, not made here, so that the next ingest makes
     * it. A Data-NNNN folder must open.
     */
    private static Map<String, Graph> stored(Path db) throws java.io.IOException {
        if (!holdsDatabase(db)) {
            return Map.of();
        }
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        try {
            return Txn.calculateRead(ds, () -> {
                Map<String, Graph> graphs = new HashMap<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    ds.asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                    graphs.put(g.getURI(), copy);
                });
                return graphs;
            });
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    /** Whether TDB2 finds a database in the folder (a Data-NNNN folder) rather than making a new one. */
    private static boolean holdsDatabase(Path db) throws java.io.IOException {
        if (!Files.isDirectory(db)) {
            return false;
        }
        try (var entries = Files.list(db)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+"));
        }
    }

    private static Pipeline pipeline;
    private static final Map<String, Graph> EXPECTED = new HashMap<>();

    /** Each stored graph is exactly what its article gives. */
    private static void assertWhole(Map<String, Graph> stored, Map<String, Article> byGraph) {
        if (pipeline == null) {
            pipeline = Pipeline.bundled(); // what ingest runs, confidence model included
        }
        for (Map.Entry<String, Graph> e : stored.entrySet()) {
            Article a = byGraph.get(e.getKey());
            assertTrue(a != null, "unexpected graph " + e.getKey());
            Graph expected = EXPECTED.computeIfAbsent(e.getKey(), k -> {
                Graph g = GraphFactory.createDefaultGraph();
                pipeline.write(pipeline.extract(a), StreamRDFLib.graph(g), false);
                return g;
            });
            assertEquals(expected.size(), e.getValue().size(), "graph " + e.getKey() + " is not whole");
            assertTrue(expected.isIsomorphicWith(e.getValue()), "graph " + e.getKey() + " differs from its article");
        }
    }
}
