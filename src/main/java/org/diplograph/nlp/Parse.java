package org.diplograph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The syntax of one sentence, token by token, as the dependency parser read it: each token's head (the index
 * of another token of the sentence, or -1 for the root), the relation that ties it to its head, its Penn
 * Treebank tag and its named-entity tag.
 *
 * <p>Relations are NLP4J's (the CLEAR style, close to Stanford's basic dependencies): {@code nsubj},
 * {@code nsubjpass}, {@code dobj}, {@code iobj}, {@code agent} (the {@code by} of a passive), {@code prep}
 * with its {@code pobj}, {@code poss}, {@code appos}, {@code conj}, {@code cc}, {@code xcomp}, {@code ccomp},
 * {@code relcl}, {@code acl}, {@code advcl}, {@code nmod}, {@code compound}, {@code aux}, {@code neg},
 * {@code root}... Entity tags are OntoNotes types in BILOU form ({@code U-GPE}, {@code B-PERSON},
 * {@code L-PERSON}), {@code O} outside a name.
 */
public record Parse(List<Arc> arcs) {
    /** How one token stands in the sentence. */
    public record Arc(int head, String relation, String tag, String entity) {
    }

    public Parse {
        arcs = List.copyOf(arcs);
    }

    public int size() {
        return arcs.size();
    }

    public int head(int token) {
        return arcs.get(token).head();
    }

    public String relation(int token) {
        return arcs.get(token).relation();
    }

    /** The tokens whose head is {@code token}, left to right. */
    public List<Integer> dependents(int token) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < arcs.size(); i++) {
            if (arcs.get(i).head() == token) {
                out.add(i);
            }
        }
        return out;
    }

    /** The tokens tied to {@code token} by one of these relations, left to right. */
    public List<Integer> dependents(int token, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (int d : dependents(token)) {
            for (String r : relations) {
                if (r.equals(arcs.get(d).relation())) {
                    out.add(d);
                    break;
                }
            }
        }
        return out;
    }

    /** True when {@code token} lies in the subtree of {@code ancestor} (a token is in its own subtree). */
    public boolean dominates(int ancestor, int token) {
        for (int k = token, steps = 0; k >= 0 && steps <= arcs.size(); k = head(k), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }
}
