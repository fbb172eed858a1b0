package org.diplograph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Token;

/**
 * Rewrites a CLEAR-style parse (the parser's own conventions) into Universal Dependencies conventions, so that it
 * can be scored against a UD treebank: prepositions and copulas become dependents of their noun or predicate,
 * a coordinating conjunction attaches to the conjunct that follows it, and relations are renamed to their UD
 * counterparts. Only what changes a head or a universal relation is rewritten; subtypes are not compared.
 */
final class UdHeads {
    /** CLEAR relation -> universal relation, where the names differ. */
    private static final Map<String, String> RELATIONS = Map.ofEntries(
            Map.entry("dobj", "obj"), Map.entry("dative", "iobj"), Map.entry("nsubjpass", "nsubj"),
            Map.entry("csubjpass", "csubj"), Map.entry("auxpass", "aux"), Map.entry("poss", "nmod"),
            Map.entry("possessive", "case"), Map.entry("predet", "det"), Map.entry("relcl", "acl"),
            Map.entry("neg", "advmod"), Map.entry("npadvmod", "obl"), Map.entry("prt", "compound"),
            Map.entry("nn", "compound"), Map.entry("num", "nummod"), Map.entry("qmod", "advmod"),
            Map.entry("oprd", "xcomp"), Map.entry("complm", "mark"), Map.entry("intj", "discourse"),
            Map.entry("meta", "dep"), Map.entry("attr", "xcomp"), Map.entry("acomp", "xcomp"),
            Map.entry("preconj", "cc"), Map.entry("hmod", "compound"), Map.entry("hyph", "punct"));

    private UdHeads() {
    }

    /** Heads (-1 = root) and universal relations of the parse, in UD conventions. */
    static Converted convert(Parse parse, List<Token> tokens) {
        int n = parse.size();
        int[] head = new int[n];
        String[] rel = new String[n];
        for (int i = 0; i < n; i++) {
            head[i] = parse.head(i);
            rel[i] = parse.relation(i);
        }
        // prepositions: H <-prep- P <-pobj- N  becomes  H <-obl/nmod- N <-case- P (and pcomp: advcl/acl + mark)
        for (int p = 0; p < n; p++) {
            if (!rel[p].equals("prep") && !rel[p].equals("agent")) {
                continue;
            }
            int object = firstChild(head, rel, p, "pobj", "pcomp");
            if (object < 0) {
                continue;
            }
            boolean clause = rel[object].equals("pcomp");
            int h = head[p];
            boolean verbal = h >= 0 && parse.arcs().get(h).tag().startsWith("V");
            head[object] = h;
            rel[object] = clause ? (verbal ? "advcl" : "acl") : (verbal || h < 0 ? "obl" : "nmod");
            head[p] = object;
            rel[p] = clause ? "mark" : "case";
        }
        // copulas: "X is happy": the predicate heads, "is" and the subject depend on it
        for (int v = 0; v < n; v++) {
            if (!tokens.get(v).lemma().equals("be")) {
                continue;
            }
            int predicate = firstChild(head, rel, v, "attr", "acomp");
            if (predicate < 0) {
                continue;
            }
            head[predicate] = head[v];
            rel[predicate] = rel[v];
            for (int d = 0; d < n; d++) {
                if (head[d] == v && d != predicate && !rel[d].equals("ccomp")) {
                    head[d] = predicate;
                }
            }
            head[v] = predicate;
            rel[v] = "cop";
        }
        // "A and B": "and" attaches to B in UD, to A in CLEAR
        for (int c = 0; c < n; c++) {
            if (!rel[c].equals("cc") || head[c] < 0) {
                continue;
            }
            for (int d = c + 1; d < n; d++) {
                if (head[d] == head[c] && rel[d].equals("conj")) {
                    head[c] = d;
                    break;
                }
            }
        }
        List<String> relations = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            relations.add(RELATIONS.getOrDefault(rel[i], rel[i]));
        }
        return new Converted(head, relations);
    }

    private static int firstChild(int[] head, String[] rel, int of, String... relations) {
        for (int d = 0; d < head.length; d++) {
            if (head[d] == of) {
                for (String r : relations) {
                    if (rel[d].equals(r)) {
                        return d;
                    }
                }
            }
        }
        return -1;
    }

    record Converted(int[] heads, List<String> relations) {
    }
}
