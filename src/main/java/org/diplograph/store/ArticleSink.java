package org.diplograph.store;

import org.apache.jena.graph.Graph;

/** Where ingest puts each article's graph: a store, or a wrapper that also measures or copies it. */
@FunctionalInterface
public interface ArticleSink {
    /** Replaces the named graph with this one, atomically: afterwards it holds exactly {@code graph}. */
    void replace(String graphIri, Graph graph);
}
