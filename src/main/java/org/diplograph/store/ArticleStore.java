package org.diplograph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;

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
 * even when the process is killed, and re-ingesting an article leaves the store as it was.
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

    public StoreLocation location() {
        return location;
    }

    @Override
    public void close() {
        connection.close();
    }
}
