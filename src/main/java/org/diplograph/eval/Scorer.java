package org.diplograph.eval;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Triple;

/**
 * Scores one article's extracted RDF against its gold annotation, by the rules of the reference scorer
 * (../shared/tools/score.py): gold events are taken in file order, and each takes the first extracted pair, in
 * output order, that matches it and is still free.
 *
 * <pre>
 * DocumentScore s = new Scorer().score(gold, triples);
 * </pre>
 */
public final class Scorer {

    public DocumentScore score(GoldArticle gold, List<Triple> triples) {
        ExtractedGraph graph = new ExtractedGraph(triples);
        return score(gold, graph.pairs("Asserted"), graph.pairs(null), graph.actors(), null);
    }

    /**
     * For each extracted event node, how many of its asserted pairs took a gold event, strictly and in the order
     * {@link #score} takes them (what a trainer calls right).
     */
    public java.util.Map<org.apache.jena.graph.Node, Integer> matchedPairs(GoldArticle gold, ExtractedGraph graph) {
        Greedy strict = match(gold.events(), graph.pairs("Asserted"), EventMatcher.STRICT);
        java.util.Map<org.apache.jena.graph.Node, Integer> out = new java.util.HashMap<>();
        strict.matches.forEach(m -> out.merge(m.pair().event(), 1, Integer::sum));
        return out;
    }

    /** The score of an article whose extraction failed: nothing extracted, every gold event missed. */
    public DocumentScore failed(GoldArticle gold, String reason) {
        return score(gold, List.of(), List.of(), List.of(), reason);
    }

    private DocumentScore score(GoldArticle gold, List<EventPair> asserted, List<EventPair> every,
                                List<PredictedActor> actors, String failure) {
        Greedy strict = match(gold.events(), asserted, EventMatcher.STRICT);
        Greedy lenient = match(gold.events(), asserted, EventMatcher.LENIENT);
        List<DocumentScore.ModalOutcome> modal = new ArrayList<>();
        for (GoldEvent g : gold.modal()) {
            List<EventPair> found = every.stream().filter(p -> EventMatcher.LENIENT.matches(g, p)).toList();
            boolean withModality = found.stream().anyMatch(p -> p.modality().equals(g.modality()));
            boolean asFact = found.stream().anyMatch(p -> p.modality().equals("Asserted")
                    && gold.events().stream().noneMatch(e -> EventMatcher.LENIENT.matches(e, p)));
            java.util.SortedSet<String> readAs = new java.util.TreeSet<>();
            found.forEach(p -> readAs.add(p.modality()));
            modal.add(new DocumentScore.ModalOutcome(g, withModality, asFact, readAs));
        }
        List<ActorCheck> checks = gold.actors().stream().map(a -> check(a, actors)).toList();
        return new DocumentScore(gold.id(), failure,
                new Counts(strict.matches.size(), asserted.size(), gold.events().size()),
                new Counts(lenient.matches.size(), asserted.size(), gold.events().size()),
                lenient.matches, lenient.missed, lenient.spurious(asserted), modal, checks);
    }

    private static final class Greedy {
        final List<DocumentScore.Match> matches = new ArrayList<>();
        final List<GoldEvent> missed = new ArrayList<>();
        final List<Integer> used = new ArrayList<>();

        List<EventPair> spurious(List<EventPair> pairs) {
            List<EventPair> out = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (!used.contains(i)) {
                    out.add(pairs.get(i));
                }
            }
            return out;
        }
    }

    private static Greedy match(List<GoldEvent> golds, List<EventPair> pairs, EventMatcher matcher) {
        Greedy g = new Greedy();
        for (GoldEvent gold : golds) {
            int hit = -1;
            for (int i = 0; i < pairs.size() && hit < 0; i++) {
                if (!g.used.contains(i) && matcher.matches(gold, pairs.get(i))) {
                    hit = i;
                }
            }
            if (hit < 0) {
                g.missed.add(gold);
            } else {
                g.used.add(hit);
                g.matches.add(new DocumentScore.Match(gold, pairs.get(hit)));
            }
        }
        return g;
    }

    /**
     * Finds the gold actor among the extracted ones: first one whose label is the canonical name, else one whose
     * names match the canonical name, else one whose names match an alias; among several, one of the right kind.
     */
    static ActorCheck check(GoldActor gold, List<PredictedActor> actors) {
        PredictedActor found = pick(gold, actors.stream()
                .filter(a -> !a.names().isEmpty() && Names.normalize(a.names().get(0)).equals(Names.normalize(gold.name()))).toList());
        if (found == null) {
            found = pick(gold, actors.stream().filter(a -> Names.match(List.of(gold.name()), a.names())).toList());
        }
        if (found == null) {
            found = pick(gold, actors.stream().filter(a -> Names.match(gold.aliases(), a.names())).toList());
        }
        if (found == null) {
            return new ActorCheck(gold, null, null, null, null);
        }
        Verdict kind = gold.kind() == null ? null : found.kinds().contains(gold.kind()) ? Verdict.RIGHT : Verdict.WRONG;
        Verdict office = gold.role() == null ? null : OfficeTitles.compare(gold.role(), found.titles());
        Verdict country = gold.country() == null ? null
                : found.countries().isEmpty() ? Verdict.MISSING
                : Names.match(List.of(gold.country()), found.countries()) ? Verdict.RIGHT : Verdict.WRONG;
        return new ActorCheck(gold, found, kind, office, country);
    }

    private static PredictedActor pick(GoldActor gold, List<PredictedActor> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        return candidates.stream().filter(a -> a.kinds().contains(gold.kind())).findFirst().orElse(candidates.get(0));
    }
}
