package org.diplograph.eval;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * An actor node of the extracted graph, with what actor accuracy looks at.
 *
 * @param names     rdfs:label first, then the skos:altLabel values
 * @param kinds     the actor classes it has: "Person", "State", "Organization"
 * @param titles    the dip:title of every office it holds (dip:office)
 * @param countries the labels of its dip:country
 */
public record PredictedActor(Node node, List<String> names, List<String> kinds, List<String> titles,
                             List<String> countries) {
    public PredictedActor {
        names = List.copyOf(names);
        kinds = List.copyOf(kinds);
        titles = List.copyOf(titles);
        countries = List.copyOf(countries);
    }

    public String label() {
        return names.isEmpty() ? node.toString() : names.get(0);
    }
}
