package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
import org.diplograph.extract.Extractor;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.nlp.NlpModels;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;
import org.diplograph.store.bench.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest killed half-way (a real child JVM, killed hard) leaves a database that opens, with whole articles only. */
class KilledIngestIT {
    private static final int ARTICLES = 400;

    @TempDir
    Path dir;

    @Test
    void killed_ingest_keeps_every_committed_article_whole() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        SyntheticCorpus corpus = SyntheticCorpus.load(ARTICLES);
        Map<String, Article> byGraph = new HashMap<>();
        for (int n = 1; n <= ARTICLES; n++) {
            Article a = corpus.article(n);
            JsonObject o = new JsonObject();
            o.put("id", a.id());
            o.put("published", a.published().toString());
            o.put("text", a.text());
            Path file = in.resolve(a.id() + ".json");
            Files.writeString(file, o.toString());
            // as the child reads it back: id, date and text, no title or source
            byGraph.put(RdfMapper.articleIri(a), new Article(a.id(), null, null, a.published(), null, a.text(), file.toString()));
        }
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

        Dataset ds = TDB2Factory.connectDataset(db.toString());
        Map<String, Graph> stored = Txn.calculateRead(ds, () -> {
            Map<String, Graph> graphs = new HashMap<>();
            ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                ds.asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
                graphs.put(g.getURI(), copy);
            });
            return graphs;
        });
        assertTrue(stored.keySet().containsAll(reported), "reported as stored but missing: " + reported);
        assertTrue(stored.size() < ARTICLES, "the child finished before it was killed: " + stored.size());
        Knowledge knowledge = Knowledge.fromClasspath();
        Extractor extractor = new Extractor(NlpModels.fromClasspath(), knowledge);
        RdfMapper mapper = new RdfMapper(knowledge);
        for (Map.Entry<String, Graph> e : stored.entrySet()) {
            Article a = byGraph.get(e.getKey());
            assertTrue(a != null, "unexpected graph " + e.getKey());
            Graph expected = GraphFactory.createDefaultGraph();
            mapper.write(extractor.extract(a), StreamRDFLib.graph(expected), false);
            assertEquals(expected.size(), e.getValue().size(), "graph " + e.getKey() + " is not whole");
            assertTrue(expected.isIsomorphicWith(e.getValue()), "graph " + e.getKey() + " differs from its article");
        }
    }
}
