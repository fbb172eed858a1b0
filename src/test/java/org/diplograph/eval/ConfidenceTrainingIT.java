package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.confidence.EventConfidence;
import org.diplograph.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Training examples are the asserted events the rules read, labelled as eval scores them, on the two test gold
 * folders (src/test/resources/org/diplograph/eval/gold and gold-b): a matched event is "coded", a spurious one or one
 * read with another class is not.
 */
class ConfidenceTrainingIT {
    static final Path GOLD = Path.of("src", "test", "resources", "org", "diplograph", "eval", "gold");
    static final Path GOLD_B = Path.of("src", "test", "resources", "org", "diplograph", "eval", "gold-b");
    static ConfidenceTraining training;
    static ConfidenceTraining.GoldSet a;
    static ConfidenceTraining.GoldSet b;

    @BeforeAll
    static void read() throws IOException, GoldArticle.FormatException {
        training = new ConfidenceTraining(Pipeline.bundled(), "MAXENT", 20, 1);
        a = training.read("gold", golds(GOLD), p -> { throw new AssertionError(p); });
        b = training.read("gold-b", golds(GOLD_B), p -> { throw new AssertionError(p); });
    }

    static List<GoldArticle> golds(Path dir) throws IOException, GoldArticle.FormatException {
        List<GoldArticle> out = new ArrayList<>();
        for (Path f : Evaluator.goldFiles(dir)) {
            out.add(GoldArticle.read(f));
        }
        return out;
    }

    @Test
    void every_asserted_event_is_an_example_labelled_as_eval_matches_it() {
        // eval of gold-b, every event kept: 3 extracted pairs, 2 of them matched, 2 gold events
        assertEquals(new Counts(2, 3, 2), ConfidenceTraining.counts(b, judgedAsGiven(b), 0));
        assertEquals(List.of("Meeting Mélanie Joly -> Yoko Kamikawa 'met' coded",
                        "Support Australia -> Mélanie Joly 'praised' not-coded",
                        "Condemn Mexico -> Brazil 'criticised' coded"),
                b.examples().stream().map(e -> e.event() + " " + e.outcome()).toList());
        // eval of the other folder: strict P=0.500 R=0.500 over 4 pairs and 4 gold events; its negated event is no example
        assertEquals(new Counts(2, 4, 4), ConfidenceTraining.counts(a, judgedAsGiven(a), 0));
        assertTrue(a.examples().stream().noneMatch(e -> e.event().startsWith("Agree Japan")), a.examples().toString());
    }

    @Test
    void an_example_describes_the_event_by_its_class_trigger_and_parties() {
        ConfidenceTraining.Example meeting = b.examples().get(0);
        List<String> features = List.of(meeting.features());
        assertTrue(features.contains("type=Meeting"), features.toString());
        assertTrue(features.contains("type+trigger=Meeting|met"), features.toString());
        assertTrue(features.contains("agent=Person") && features.contains("target=Person"), features.toString());
        assertTrue(features.contains("dated"), features.toString());
        assertTrue(features.contains("rel=root"), features.toString());
    }

    @Test
    void leaving_one_set_out_judges_each_example_once_by_a_model_that_did_not_see_its_folder() throws IOException {
        List<ConfidenceTraining.Judged> judged = training.leaveOneSetOut(List.of(a, b));
        assertEquals(a.examples().size() + b.examples().size(), judged.size());
        assertEquals(b.examples().size(), judged.stream().filter(j -> j.set().equals("gold-b")).count());
        assertTrue(judged.stream().allMatch(j -> j.confidence() >= 0 && j.confidence() <= 1), judged.toString());
        // above every confidence nothing is kept: no pair extracted, none matched, the gold still counted
        assertEquals(new Counts(0, 0, 2), ConfidenceTraining.counts(b, judged, 1.01));
    }

    @Test
    void a_model_trained_on_both_folders_predicts_coded_or_not() throws IOException {
        var model = training.train(List.of(a, b));
        assertEquals(2, model.getNumOutcomes());
        assertTrue(model.getIndex(EventConfidence.CODED) >= 0 && model.getIndex(ConfidenceTraining.NOT_CODED) >= 0);
    }

    /** Every example of the folder judged certain: threshold 0 keeps them all. */
    private static List<ConfidenceTraining.Judged> judgedAsGiven(ConfidenceTraining.GoldSet set) {
        return set.examples().stream().map(e -> new ConfidenceTraining.Judged(set.name(), e, 1.0)).toList();
    }
}
