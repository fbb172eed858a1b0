package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A text file is known by its path: an edited file replaces its graph, and forget removes it. */
class ArticleIdentityIT {
    private static final String DIP = "https://w3id.org/diplograph/ontology#";

    @TempDir
    Path dir;

    /** Graph names and text hashes in the database (read, then the database is let go for the next command). */
    private static List<String> graphs(Path db) {
        Dataset ds = TDB2Factory.connectDataset(db.toString());
        try {
            return Txn.calculateRead(ds, () -> {
                List<String> out = new ArrayList<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(g -> ds.asDatasetGraph().getGraph(g)
                        .find(null, org.apache.jena.graph.NodeFactory.createURI(DIP + "textHash"), null)
                        .forEachRemaining(t -> out.add(g.getURI() + " " + t.getObject().getLiteralLexicalForm())));
                return out;
            });
        } finally {
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void identity_an_edited_text_replaces_its_graph_and_forget_removes_it() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path article = news.resolve("lavrov.txt");
        Files.writeString(article, "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Saturday.\n");
        Path db = dir.resolve("tdb2");

        Cli.Run first = Cli.run("ingest", "--db", db.toString(), news.toString());
        assertEquals(0, first.exit(), first.err());
        List<String> before = graphs(db);
        assertEquals(1, before.size(), before.toString());
        assertTrue(before.get(0).startsWith("https://w3id.org/diplograph/id/article/file/news/lavrov.txt sha256:"), before.toString());

        Files.writeString(article, "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang on Sunday.\n");
        // the same file given by itself is the same article
        Cli.Run again = Cli.run("ingest", "--db", db.toString(), article.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("1 replaced"), again.err());
        List<String> after = graphs(db);
        assertEquals(1, after.size(), after.toString());
        assertNotEquals(before.get(0), after.get(0), "the text hash follows the edit");

        Cli.Run forget = Cli.run("forget", "--db", db.toString(), article.toString());
        assertEquals(0, forget.exit(), forget.err());
        assertTrue(forget.err().contains("Forgot 1 article"), forget.err());
        assertEquals(List.of(), graphs(db));

        Cli.Run missing = Cli.run("forget", "--db", db.toString(), "no-such-id");
        assertEquals(1, missing.exit(), missing.err());
        assertTrue(missing.err().contains("no-such-id: no graph <https://w3id.org/diplograph/id/article/no-such-id>"), missing.err());
    }
}
