package org.diplograph.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.apache.jena.graph.Node;
import org.diplograph.extract.confidence.EventConfidence;
import org.diplograph.extract.confidence.EventFeatures;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Extraction;
import org.diplograph.model.Modality;
import org.diplograph.pipeline.Pipeline;

/**
 * Trains the event-confidence model ({@link EventConfidence}) on gold folders, and measures it honestly: every
 * folder is scored with a model trained on the other folders only (leave one set out).
 *
 * <pre>
 * ConfidenceTraining training = new ConfidenceTraining(Pipeline.bundled(), "MAXENT", 100, 2);
 * List&lt;ConfidenceTraining.GoldSet&gt; sets = ...;              // training.read(name, golds, progress) each
 * List&lt;ConfidenceTraining.Judged&gt; held = training.leaveOneSetOut(sets);
 * MaxentModel model = training.train(sets);
 * </pre>
 *
 * Each asserted event the rules find is an example: "coded" when one of its (class, agent, target) pairs takes a
 * gold event as the scorer matches them (strictly), else "not-coded".
 */
public final class ConfidenceTraining {
    public static final String NOT_CODED = "not-coded";

    /**
     * One asserted event of a gold article: its features, and how many of its pairs the scorer counts, and matched.
     *
     * @param event    "Statement Antony Blinken -> (none) 'said'", for people reading the judgements
     * @param sentence the sentence its trigger stands in
     */
    public record Example(String article, String event, String sentence, String[] features, int pairs, int matched) {
        public String outcome() {
            return matched > 0 ? EventConfidence.CODED : NOT_CODED;
        }
    }

    /** The examples of one gold folder, and its number of gold (asserted) events. */
    public record GoldSet(String name, int goldEvents, List<Example> examples) {
    }

    /** An example of a held-out folder with the probability a model trained without that folder gives it. */
    public record Judged(String set, Example example, double confidence) {
    }

    private final Pipeline pipeline;
    private final int iterations;
    private final int cutoff;
    private final String algorithm;
    private final EventFeatures features = new EventFeatures();
    private final Scorer scorer = new Scorer();
    private final Evaluator evaluator;

    /** @param pipeline the extraction to judge; its own confidence model, if any, is not applied */
    public ConfidenceTraining(Pipeline pipeline, String algorithm, int iterations, int cutoff) {
        this.pipeline = pipeline.withoutConfidence();
        this.evaluator = new Evaluator(this.pipeline);
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    /** Extracts every article of a gold folder and labels its asserted events against the gold. */
    public GoldSet read(String name, List<GoldArticle> golds, Consumer<String> problems) {
        List<Example> examples = new ArrayList<>();
        int goldEvents = 0;
        for (GoldArticle gold : golds) {
            goldEvents += gold.events().size();
            Evaluator.Extracted extracted = evaluator.extract(
                    evaluator.articles(gold, p -> problems.accept(gold.text() + ": " + p)));
            ExtractedGraph graph = new ExtractedGraph(extracted.triples());
            Map<Node, Integer> pairs = new HashMap<>();
            graph.pairs("Asserted").forEach(p -> pairs.merge(p.event(), 1, Integer::sum));
            Map<Node, Integer> matched = new HashMap<>(scorer.matchedPairs(gold, graph));
            for (Extraction x : extracted.extractions()) {
                for (EventFrame ev : x.events()) {
                    if (ev.modality() != Modality.ASSERTED) {
                        continue;
                    }
                    Node n = pipeline.eventNode(x, ev);
                    // an event printed twice (same node) is scored once: only its first frame carries the pairs
                    examples.add(new Example(gold.id(), describe(ev), x.text().sentences().get(ev.firstSentence()).text(),
                            features.of(x, ev).toArray(String[]::new),
                            pairs.getOrDefault(n, 0), matched.getOrDefault(n, 0)));
                    pairs.remove(n);
                    matched.remove(n);
                }
            }
        }
        return new GoldSet(name, goldEvents, examples);
    }

    private static String describe(EventFrame ev) {
        String agents = String.join(" | ", ev.agents().stream().map(a -> a.label()).toList());
        String targets = ev.targets().isEmpty() ? "(none)" : String.join(" | ", ev.targets().stream().map(a -> a.label()).toList());
        return ev.type().localName() + " " + agents + " -> " + targets + " '" + ev.trigger() + "'";
    }

    /** A maximum-entropy model of "coded" over the examples of these folders. */
    public MaxentModel train(List<GoldSet> sets) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        List<Event> events = new ArrayList<>();
        for (GoldSet s : sets) {
            for (Example e : s.examples()) {
                events.add(new Event(e.outcome(), e.features()));
            }
        }
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** Every example of every folder, judged by a model trained on the other folders. */
    public List<Judged> leaveOneSetOut(List<GoldSet> sets) throws IOException {
        List<Judged> out = new ArrayList<>();
        for (GoldSet held : sets) {
            List<GoldSet> others = sets.stream().filter(s -> s != held).toList();
            MaxentModel model = train(others);
            int coded = model.getIndex(EventConfidence.CODED);
            for (Example e : held.examples()) {
                out.add(new Judged(held.name(), e, model.eval(e.features())[coded]));
            }
        }
        return out;
    }

    /**
     * The area under the ROC curve of these judgements: the chance that a coded event is judged more likely than
     * one that is not (0.5 is guessing).
     */
    public static double auc(List<Judged> judged) {
        List<Judged> sorted = new ArrayList<>(judged);
        sorted.sort(java.util.Comparator.comparingDouble(Judged::confidence));
        double rankSum = 0;
        long positives = 0, negatives = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).example().matched() > 0) {
                rankSum += i + 1;
                positives++;
            } else {
                negatives++;
            }
        }
        return positives == 0 || negatives == 0 ? 0.5
                : (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The counts of one folder when the events judged below the threshold are left out. */
    public static Counts counts(GoldSet set, List<Judged> judged, double threshold) {
        int matched = 0, predicted = 0;
        for (Judged j : judged) {
            if (j.set().equals(set.name()) && j.confidence() >= threshold) {
                matched += j.example().matched();
                predicted += j.example().pairs();
            }
        }
        return new Counts(matched, predicted, set.goldEvents());
    }
}
