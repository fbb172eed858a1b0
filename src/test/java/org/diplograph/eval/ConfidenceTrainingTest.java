package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The area under the ROC curve that train-confidence prints: the chance a coded event ranks above one that is not. */
class ConfidenceTrainingTest {

    static ConfidenceTraining.Judged judged(double confidence, boolean coded) {
        return new ConfidenceTraining.Judged("set", new ConfidenceTraining.Example("001", "event", "sentence",
                new String[0], 1, coded ? 1 : 0), confidence);
    }

    @Test
    void coded_events_all_above_the_others_give_one() {
        assertEquals(1.0, ConfidenceTraining.auc(List.of(judged(0.9, true), judged(0.8, true), judged(0.2, false))), 1e-9);
    }

    @Test
    void coded_events_all_below_the_others_give_zero() {
        assertEquals(0.0, ConfidenceTraining.auc(List.of(judged(0.1, true), judged(0.8, false), judged(0.9, false))), 1e-9);
    }

    @Test
    void one_pair_in_the_wrong_order_of_four_gives_three_quarters() {
        assertEquals(0.75, ConfidenceTraining.auc(List.of(judged(0.9, true), judged(0.5, false), judged(0.6, true),
                judged(0.7, false))), 1e-9);
    }

    @Test
    void without_both_kinds_it_is_a_guess() {
        assertEquals(0.5, ConfidenceTraining.auc(List.of(judged(0.9, true), judged(0.5, true))), 1e-9);
    }

    @Test
    void counts_keep_only_the_events_at_or_above_the_threshold() {
        ConfidenceTraining.GoldSet set = new ConfidenceTraining.GoldSet("set", 3, List.of());
        List<ConfidenceTraining.Judged> judged = List.of(judged(0.9, true), judged(0.3, false), judged(0.2, true));
        assertEquals(new Counts(2, 3, 3), ConfidenceTraining.counts(set, judged, 0.0));
        assertEquals(new Counts(1, 2, 3), ConfidenceTraining.counts(set, judged, 0.3));
    }
}
