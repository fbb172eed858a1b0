package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.cli.Diplograph;
import org.diplograph.source.ArticleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Ingest into a real TDB2 database on disk, with the real models. */
class IngestIT {
    private static final String ARTICLE = "https://w3id.org/diplograph/id/article/";
    private static Ingest ingest;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        ingest = Ingest.create().threads(2).build();
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
        assertTrue(log.contains(in.resolve("huge.txt") + ": file is 10485761 bytes"), log);
        assertTrue(log.contains(in.resolve("news.jsonl") + ":2: malformed JSON line"), log);
        assertTrue(log.contains("Ingested 3 articles into " + db), log);
        assertTrue(log.contains("5 failed"), log);
        Set<String> graphs = new HashSet<>();
        quads(db).forEach(q -> graphs.add(q.getGraph().getURI()));
        assertEquals(3, graphs.size(), graphs.toString());
        assertTrue(graphs.contains(ARTICLE + "good-1") && graphs.contains(ARTICLE + "good-2"), graphs.toString());
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
