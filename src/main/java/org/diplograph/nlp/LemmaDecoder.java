package org.diplograph.nlp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's statistical lemmatizer, decoded as {@link LemmatizerME} decodes it (the same model, features, beam
 * and order of candidates, so the same lemmas) at a fraction of its cost.
 *
 * Design decision: profiling {@code bench-extract} showed the lemmatizer at four fifths of the OpenNLP annotation
 * time, most of it in OpenNLP's beam search sorting the probabilities of all of the model's edit scripts at every
 * step only to read off the beam's threshold, and the rest in evaluating the model on the same contexts again and
 * again (a frequent word after the same edit script). Here the threshold is found in one pass and the model's
 * answers are remembered per context. {@code LemmaDecoderIT} holds it to {@code LemmatizerME}'s output.
 * Not thread-safe, as {@link Annotator} is not.
 */
final class LemmaDecoder {
    /** The model file's entry for the edit-script classifier (OpenNLP's LemmatizerModel). */
    private static final String MODEL_ENTRY = "lemmatizer.model";
    /** The lowest score a candidate keeps, as in OpenNLP's beam search. */
    private static final double ZERO_LOG = -100000;
    private static final int CACHE_SIZE = 20_000;

    private final MaxentModel model;
    private final int beamSize;
    private final LemmatizerContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probs;
    private final Map<List<String>, Answer> answers = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, Answer> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** A decoder for the model, or null when the model is not a plain classifier this decoder can read. */
    static LemmaDecoder of(LemmatizerModel lemmas) {
        Object classifier = lemmas.getArtifact(MODEL_ENTRY);
        if (!(classifier instanceof MaxentModel maxent)) {
            return null;
        }
        String beam = lemmas.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return new LemmaDecoder(maxent, beam == null ? LemmatizerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam),
                lemmas.getFactory().getContextGenerator(), lemmas.getFactory().getSequenceValidator());
    }

    private LemmaDecoder(MaxentModel model, int beamSize, LemmatizerContextGenerator contexts, SequenceValidator<String> validator) {
        this.model = model;
        this.beamSize = beamSize;
        this.contexts = contexts;
        this.validator = validator;
        this.probs = new double[model.getNumOutcomes()];
    }

    /**
     * The model's probabilities for one context, with the edit scripts that reach the beam's threshold among them
     * (ascending): both depend on the context alone, so they are remembered together; finding the threshold over all
     * the model's scripts at every step of every beam candidate was a quarter of the decoder's time.
     */
    private record Answer(double[] scores, int[] kept) {
        static Answer of(double[] scores, int beamSize) {
            double min = kthLargest(scores, beamSize);
            int n = 0;
            int[] kept = new int[scores.length];
            for (int p = 0; p < scores.length; p++) {
                if (scores[p] >= min) {
                    kept[n++] = p;
                }
            }
            return new Answer(scores, Arrays.copyOf(kept, n));
        }
    }

    /** A candidate sequence of edit scripts, linked back to the one it extends. */
    private record Candidate(Candidate parent, String outcome, double score, int size) implements Comparable<Candidate> {
        Candidate extend(String next, double prob) {
            return new Candidate(this, next, score + StrictMath.log(prob), size + 1);
        }

        String[] outcomes() {
            String[] out = new String[size];
            Candidate c = this;
            for (int i = size - 1; i >= 0; i--) {
                out[i] = c.outcome;
                c = c.parent;
            }
            return out;
        }

        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.score, score); // best first
        }
    }

    /** The lemmas of the tokens with these tags, as {@link LemmatizerME#lemmatize(String[], String[])} gives them. */
    String[] lemmatize(String[] tokens, String[] tags) {
        Object[] additional = {tags};
        Queue<Candidate> prev = new PriorityQueue<>(beamSize);
        Queue<Candidate> next = new PriorityQueue<>(beamSize);
        prev.add(new Candidate(null, null, 0d, 0));
        for (int i = 0; i < tokens.length; i++) {
            int sz = Math.min(beamSize, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Candidate top = prev.remove();
                String[] outcomes = top.outcomes();
                Answer answer = answer(contexts.getContext(i, tokens, outcomes, additional));
                double[] scores = answer.scores();
                for (int p : answer.kept()) {
                    keep(next, top, i, tokens, outcomes, p, scores[p]);
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        keep(next, top, i, tokens, outcomes, p, scores[p]);
                    }
                }
            }
            prev.clear();
            Queue<Candidate> swap = prev;
            prev = next;
            next = swap;
        }
        String[] scripts = prev.isEmpty() ? new String[0] : prev.remove().outcomes();
        return LemmatizerME.decodeLemmas(tokens, scripts);
    }

    private void keep(Queue<Candidate> next, Candidate top, int i, String[] tokens, String[] outcomes, int p, double score) {
        String out = model.getOutcome(p);
        if (validator.validSequence(i, tokens, outcomes, out)) {
            Candidate c = top.extend(out, score);
            if (c.score() > ZERO_LOG) {
                next.add(c);
            }
        }
    }

    private Answer answer(String[] context) {
        List<String> key = Arrays.asList(context);
        Answer known = answers.get(key);
        if (known == null) {
            known = Answer.of(model.eval(context, probs).clone(), beamSize);
            answers.put(key, known);
        }
        return known;
    }

    /** The k-th largest value, counting equal values apart (what the k-th from the end of the sorted array is). */
    static double kthLargest(double[] values, int k) {
        if (values.length <= k) {
            double min = Double.POSITIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
            }
            return values.length == 0 ? 0 : min;
        }
        double[] top = new double[k]; // descending
        Arrays.fill(top, Double.NEGATIVE_INFINITY);
        for (double v : values) {
            if (v > top[k - 1]) {
                int j = k - 1;
                while (j > 0 && top[j - 1] < v) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = v;
            }
        }
        return top[k - 1];
    }
}
