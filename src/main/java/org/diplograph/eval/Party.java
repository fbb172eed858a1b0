package org.diplograph.eval;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * An actor as an extracted event names it: its node and every name the graph gives it (labels and
 * alternative labels in output order; the IRI itself when it has none, as the reference scorer does).
 */
public record Party(Node node, List<String> names) {
    public Party {
        names = List.copyOf(names);
    }

    /** The first name the output gives, for reports. */
    public String label() {
        return names.isEmpty() ? "?" : names.get(0);
    }
}
