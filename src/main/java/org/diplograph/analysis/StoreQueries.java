package org.diplograph.analysis;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.tdb2.TDB2;
import org.diplograph.store.StoreLocation;

/**
 * Runs queries against the store the way Fuseki serves it: the default graph is the union of the article
 * graphs, and every query has a time limit.
 *
 * <pre>
 * try (QueryExecution qe = StoreQueries.execution(conn, where, query, Duration.ofSeconds(60))) { ... }
 * </pre>
 *
 * Design decision: the saved queries read the default graph, as the Fuseki dataset (tdb2:unionDefaultGraph)
 * presents it, so that the same text runs in the Fuseki UI, over curl and here. For the embedded TDB2 store
 * the union is asked for per query, in the execution context, rather than set on the dataset, which other
 * code in the same JVM may share.
 */
public final class StoreQueries {
    private StoreQueries() {
    }

    public static QueryExecution execution(RDFConnection conn, StoreLocation where, Query query, Duration timeout) {
        QueryExecutionBuilder b = conn.newQuery().query(query);
        if (!where.isRemote()) {
            b = b.set(TDB2.symUnionDefaultGraph, true);
        }
        if (timeout != null && !timeout.isZero()) {
            b = b.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return b.build();
    }
}
