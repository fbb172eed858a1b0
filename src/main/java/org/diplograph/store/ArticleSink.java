package org.diplograph.store;

import java.util.SequencedMap;

import org.apache.jena.graph.Graph;

/** Where ingest puts each article's graph: a store, or a wrapper that also measures or copies it. */
@FunctionalInterface
public interface ArticleSink {
    /** Replaces the named graph with this one, atomically: afterwards it holds exactly {@code graph}. */
    void replace(String graphIri, Graph graph);

    /**
     * Replaces several named graphs, in order. Each graph is replaced whole; a sink that can also commits them
     * together (one transaction: all or none), which is what makes batching pay. This default stores them one
     * by one.
     */
    default void replaceAll(SequencedMap<String, Graph> graphs) {
        graphs.forEach(this::replace);
    }
}
