package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Mends slips the dependency model makes often enough to matter and regularly enough to spot from the parse
 * alone. Each mend is a shape of the tree, not a word list: it changes nothing a sentence without that shape has.
 */
final class ParseRepairs {

    private ParseRepairs() {
    }

    static Parse apply(Parse parse) {
        return joinedPastVerbs(parse);
    }

    /**
     * "X voiced support for the plan and condemned foreign interference": the model reads the second verb as a
     * participle describing the noun after it ("condemned interference" like "a condemned building"), and the
     * clause loses its second act. A past form right after an "and" or "but" that joins a verb, taken as a
     * modifier of a noun to its right, is that verb's conjunct, and the noun is its object.
     */
    private static Parse joinedPastVerbs(Parse parse) {
        List<Parse.Arc> arcs = null;
        for (int i = 1; i < parse.size(); i++) {
            Parse.Arc arc = parse.arcs().get(i);
            Parse.Arc before = parse.arcs().get(i - 1);
            int noun = arc.head();
            int verb = before.head();
            boolean pastForm = arc.tag().equals("VBD") || arc.tag().equals("VBN");
            boolean modifier = arc.relation().equals("nmod") || arc.relation().equals("amod");
            if (!pastForm || !modifier || noun <= i || !before.relation().equals("cc") || verb < 0 || verb >= i - 1
                    || !parse.arcs().get(verb).tag().startsWith("VB") || !parse.arcs().get(noun).tag().startsWith("NN")) {
                continue;
            }
            if (arcs == null) {
                arcs = new ArrayList<>(parse.arcs());
            }
            arcs.set(i, new Parse.Arc(verb, "conj", arc.tag(), arc.entity()));
            Parse.Arc object = arcs.get(noun);
            arcs.set(noun, new Parse.Arc(i, "dobj", object.tag(), object.entity()));
        }
        return arcs == null ? parse : new Parse(arcs);
    }
}
