package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;
import org.diplograph.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code ingest --batch 3} stores the same graphs as {@code --batch 1}, and ingesting again changes nothing. */
class IngestBatchIT {
    private static final int SYNTHETIC = 7;

    @TempDir
    Path dir;

    @Test
    void ingest_batch_3_stores_the_same_quads_as_batch_1_and_is_idempotent() throws Exception {
        // the five example articles and a few synthetic ones: 12 articles, so batches of 3 fill up and one is left over
        Path in = Files.createDirectories(dir.resolve("articles"));
        try (var examples = Files.list(Path.of("examples"))) {
            for (Path p : examples.filter(Files::isRegularFile).toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        Set<String> expectedGraphs = new HashSet<>();
        SyntheticCorpus corpus = SyntheticCorpus.load(SYNTHETIC);
        for (int n = 1; n <= SYNTHETIC; n++) {
            Article a = corpus.article(n);
            JsonObject o = new JsonObject();
            o.put("id", a.id());
            o.put("published", a.published().toString());
            o.put("text", a.text());
            Files.writeString(in.resolve("synthetic-" + a.id() + ".json"), o.toString());
            expectedGraphs.add(RdfMapper.articleIri(a));
        }
        Path one = dir.resolve("batch-1");
        Path three = dir.resolve("batch-3");

        String log1 = ingest(one, "--batch", "1", in.toString());
        String log3 = ingest(three, "--batch", "3", in.toString());
        Set<Quad> byOne = quads(one);
        Set<Quad> byThree = quads(three);
        String again = ingest(three, "--batch", "3", in.toString());

        assertTrue(log1.contains("Ingested 12 articles into " + one), log1);
        assertTrue(log3.contains("Ingested 12 articles into " + three), log3);
        assertTrue(again.contains("Ingested 12 articles into " + three), again);
        Set<String> graphs = new HashSet<>();
        byThree.forEach(q -> graphs.add(q.getGraph().getURI()));
        assertEquals(12, graphs.size(), graphs.toString());
        assertTrue(graphs.containsAll(expectedGraphs), graphs.toString());
        assertTrue(graphs.contains("https://w3id.org/diplograph/id/article/012-blinken-beijing-visit"), graphs.toString());
        assertTrue(byThree.size() > 12 * 20, "too few quads for 12 articles: " + byThree.size());
        assertEquals(byOne, byThree, "--batch 3 stored other quads than --batch 1");
        assertEquals(byThree, quads(three), "ingesting again with --batch 3 changed the store");
    }

    private static String ingest(Path db, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Diplograph.newCommandLine();
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "ingest";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        int status = cl.execute(all);
        assertEquals(0, status, err.toString());
        return err.toString();
    }

    private static Set<Quad> quads(Path db) {
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        return Txn.calculateRead(ds, () -> {
            Set<Quad> all = new HashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(all::add);
            return all;
        });
    }
}
