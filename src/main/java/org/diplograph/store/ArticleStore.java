package org.diplograph.store;

import java.time.Duration;
import java.util.SequencedMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Articles into a store, one named graph each, through an {@link RDFConnection}: into the embedded TDB2
 * database, or into a remote Fuseki dataset with the Graph Store Protocol.
 *
 * <pre>
 * try (ArticleStore store = ArticleStore.open(StoreLocation.database(Path.of("data/tdb2")))) {
 *     store.replace(RdfMapper.articleIri(article), graph);
 * }
 * </pre>
 *
 * Design decision: a replace is one Graph Store PUT, which the local connection runs as one TDB2 write
 * transaction and Fuseki as one request. An article's graph is therefore either wholly there or not at all,
 * even when the process is killed, and re-ingesting an article leaves the store as it was. TDB2 never writes
 * over a committed block, so many small transactions leave a database many times the size of its data:
 * {@link #compact()} it after a large ingest.
 * <p>
 * Each commit forces TDB2's journal and indexes to disk (tens of milliseconds on an ordinary disk), so a local
 * store can also take several articles in one transaction ({@link #replaceAll}): each article's graph is
 * still replaced whole, and a kill loses the uncommitted articles, never part of one. A remote store cannot:
 * there each graph is its own request.
 */
public final class ArticleStore implements ArticleSink, AutoCloseable {
    private final StoreLocation location;
    private final RDFConnection connection;

    private ArticleStore(StoreLocation location, RDFConnection connection) {
        this.location = location;
        this.connection = connection;
    }

    public static ArticleStore open(StoreLocation location) {
        return new ArticleStore(location, location.connectForWriting());
    }

    @Override
    public void replace(String graphIri, Graph graph) {
        connection.put(graphIri, ModelFactory.createModelForGraph(graph));
    }

    /** Locally, one write transaction for all the graphs (the puts inside join it); remotely, one PUT per graph. */
    @Override
    public void replaceAll(SequencedMap<String, Graph> graphs) {
        if (location.isRemote() || graphs.size() == 1) {
            ArticleSink.super.replaceAll(graphs);
            return;
        }
        connection.executeWrite(() -> graphs.forEach(this::replace));
    }

    /**
     * Rewrites the embedded TDB2 database without the space its past transactions left behind, and deletes the
     * old copy. Readers in this process carry on during it; other processes cannot have the database open.
     */
    public Duration compact() {
        if (location.isRemote()) {
            throw new IllegalStateException("The store at " + location + " is remote: compact it on its server (Fuseki's /$/compact)");
        }
        long start = System.nanoTime();
        DatabaseMgr.compact(location.openDataset().asDatasetGraph(), true);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    public StoreLocation location() {
        return location;
    }

    @Override
    public void close() {
        connection.close();
    }
}
