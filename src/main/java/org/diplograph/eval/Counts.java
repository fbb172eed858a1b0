package org.diplograph.eval;

/**
 * Matched, extracted and gold counts, and the precision, recall and F1 they give (0 when undefined).
 *
 * @param matched   extracted pairs that took a gold event
 * @param predicted extracted pairs
 * @param gold      gold events
 */
public record Counts(int matched, int predicted, int gold) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(matched + o.matched, predicted + o.predicted, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? 0.0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
