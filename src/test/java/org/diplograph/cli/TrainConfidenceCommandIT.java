package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train-confidence} on the two test gold folders: its table, the model it writes, its usage errors. */
class TrainConfidenceCommandIT {
    static final String GOLD = EvalIT.GOLD.toString();
    static final String GOLD_B = EvalIT.GOLD.resolveSibling("gold-b").toString();

    @Test
    void writes_a_model_and_its_threshold_and_prints_each_folder_held_out(@TempDir Path out) throws IOException {
        EvalIT.Run r = EvalIT.run("train-confidence", "--tune-on", "gold.*", "--iterations", "10", "--cutoff", "1",
                "--judgements", out.resolve("judged.tsv").toString(), "--out", out.toString(), GOLD, GOLD_B);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("chosen threshold"), r.out());
        // each folder's line starts with the figures of eval with every event kept
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("gold-b         F1 0.800 (P 0.667)")), r.out());
        assertTrue(r.err().contains("read gold-b: 1 articles, 3 asserted events, 2 gold"), r.err());

        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(out.resolve("event-confidence.properties"))) {
            p.load(reader);
        }
        double threshold = Double.parseDouble(p.getProperty("threshold"));
        assertTrue(threshold >= 0 && threshold <= 0.7, "threshold " + threshold);
        assertEquals("gold gold-b", p.getProperty("trained-on"));
        MaxentModel model = new GenericModelReader(out.resolve("event-confidence.bin").toFile()).getModel();
        assertEquals(2, model.getNumOutcomes());
        // a header and one line for each of the 7 asserted events of the two folders
        List<String> judged = Files.readAllLines(out.resolve("judged.tsv"));
        assertEquals(1 + 7, judged.size());
        // how many pairs each event makes beside how many match, so a reader can work out precision too
        assertEquals("folder\tarticle\tconfidence\tcoded\tpairs\tevent\tsentence", judged.get(0));
        assertTrue(judged.stream().skip(1).allMatch(l -> l.split("\t")[4].matches("\\d+")), judged.toString());
    }

    @Test
    void without_a_folder_to_tune_on_it_says_how_to_name_one() {
        EvalIT.Run r = EvalIT.run("train-confidence", GOLD, GOLD_B);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("No folder name matches --tune-on holdout.*"), r.err());
    }

    @Test
    void one_folder_is_not_enough_to_hold_one_out() {
        EvalIT.Run r = EvalIT.run("train-confidence", GOLD);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("GOLD_DIR"), r.err());
    }
}
