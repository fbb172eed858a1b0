package org.diplograph.store;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;

import org.apache.jena.graph.Graph;

/** Where ingest puts each article's graph: a store, or a wrapper that also measures or copies it. */
public interface ArticleSink {
    /**
     * Replaces the named graph with this one, atomically: afterwards it holds exactly {@code graph}.
     *
     * @return true when a graph of that name was there before (false when it was not, or the sink cannot tell)
     * @throws StoreException when the graph was not stored, with the reason and how far the failure reaches
     */
    boolean replace(String graphIri, Graph graph);

    /**
     * Replaces several named graphs, in order. Each graph is replaced whole; a sink that can also commits them
     * together (one transaction: all or none), which is what makes batching pay. This default stores them one
     * by one.
     *
     * @return the names of the graphs that were there before
     */
    default Set<String> replaceAll(SequencedMap<String, Graph> graphs) {
        Set<String> replaced = new LinkedHashSet<>();
        graphs.forEach((name, graph) -> {
            if (replace(name, graph)) {
                replaced.add(name);
            }
        });
        return replaced;
    }

    /**
     * Called between commits: a sink may do its housekeeping here (a database compacts itself when it has grown
     * too much). Returns what it did, for the log, or empty.
     */
    default Optional<String> tidy() {
        return Optional.empty();
    }
}
