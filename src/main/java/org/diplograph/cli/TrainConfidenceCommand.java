package org.diplograph.cli;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.diplograph.eval.ConfidenceTraining;
import org.diplograph.eval.Counts;
import org.diplograph.eval.Evaluator;
import org.diplograph.eval.GoldArticle;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train-confidence}: trains the model that drops unlikely events, and measures it set by set. */
@Command(name = "train-confidence",
        header = "Trains the event-confidence model on gold folders and measures it on folders it did not see.",
        mixinStandardHelpOptions = true,
        description = {
                "Runs the extraction (without a confidence model) on every gold folder, labels each asserted event "
                        + "'coded' when one of its pairs matches a gold event as eval matches them, and trains a "
                        + "maximum-entropy model (OpenNLP) of that label from the event's class, trigger, syntax and "
                        + "participants.",
                "",
                "Measures it leaving one folder out: each folder is judged by a model trained on the others, and "
                        + "for each threshold the strict F1 of the folders matching --tune-on is printed, without "
                        + "and with the events below it. The threshold with the best mean F1 over those folders is "
                        + "chosen. With --out, a model trained on every folder is written there with that threshold "
                        + "(event-confidence.bin and .properties); rebuild the jar to bundle it.",
                "",
                "Retrain whenever the rules or the knowledge files change: the model judges what they find."},
        footer = {"",
                "Examples:",
                "  ./diplograph train-confidence eval/dev eval/holdout-*",
                "  ./diplograph train-confidence --out src/main/resources/org/diplograph/extract/confidence \\",
                "      eval/dev eval/sentences* eval/holdout-*"})
public final class TrainConfidenceCommand implements Callable<Integer> {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD_DIR", arity = "2..*",
            description = "Folders of NNN.txt articles with NNN.json gold annotations; at least two (one is held out at a time).")
    List<Path> goldDirs;

    @Option(names = "--tune-on", paramLabel = "REGEX", defaultValue = "holdout.*",
            description = "The folders (by name) whose mean F1 chooses the threshold: those written apart from the "
                    + "rules, the closest to unseen news (default: ${DEFAULT-VALUE}).")
    Pattern tuneOn;

    @Option(names = "--judgements", paramLabel = "FILE",
            description = "Write every held-out judgement as TSV (folder, article, confidence, coded, pairs, event, sentence), "
                    + "to read what the model would drop.")
    Path judgementsFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the model trained on every folder, and its threshold, here.")
    Path out;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "MAXENT",
            description = "OpenNLP's trainer: MAXENT (GIS), MAXENT_QN (L-BFGS), PERCEPTRON or NAIVEBAYES (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "2",
            description = "Features seen fewer times than this are ignored (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outText = spec.commandLine().getOut();
        ConfidenceTraining training = new ConfidenceTraining(knowledge.pipeline(), algorithm, iterations, cutoff);
        List<ConfidenceTraining.GoldSet> sets = new ArrayList<>();
        for (Path dir : goldDirs) {
            if (!Files.isDirectory(dir)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "No such folder: '" + dir + "'. Give folders of NNN.txt articles with NNN.json gold annotations, e.g. eval/dev.");
            }
            List<GoldArticle> golds = GoldArticle.readAll(Evaluator.goldFiles(dir), (f, e) ->
                    err.println("diplograph train-confidence: " + f + ": " + e.getMessage() + "; the article is left out"));
            ConfidenceTraining.GoldSet set = training.read(dir.getFileName().toString(), golds,
                    p -> err.println("diplograph train-confidence: " + p));
            err.printf("read %s: %d articles, %d asserted events, %d gold%n", set.name(), golds.size(),
                    set.examples().size(), set.goldEvents());
            err.flush();
            sets.add(set);
        }
        List<ConfidenceTraining.GoldSet> tuned = sets.stream().filter(s -> tuneOn.matcher(s.name()).matches()).toList();
        if (tuned.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No folder name matches --tune-on "
                    + tuneOn + ": name at least one held-out folder, e.g. --tune-on 'holdout.*'.");
        }
        List<ConfidenceTraining.Judged> judged = training.leaveOneSetOut(sets);

        outText.printf("area under the ROC curve, held-out judgements of every folder: %.3f%n",
                ConfidenceTraining.auc(judged));
        if (judgementsFile != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(judgementsFile, StandardCharsets.UTF_8))) {
                w.println("folder\tarticle\tconfidence\tcoded\tpairs\tevent\tsentence");
                for (ConfidenceTraining.Judged j : judged) {
                    w.printf(java.util.Locale.ROOT, "%s\t%s\t%.3f\t%d\t%d\t%s\t%s%n", j.set(), j.example().article(), j.confidence(),
                            j.example().matched(), j.example().pairs(), j.example().event(), j.example().sentence().replaceAll("\\s+", " "));
                }
            }
        }
        double best = 0, bestMean = -1;
        outText.println("threshold  mean strict F1 of " + tuned.size() + " tuning folders (each judged by a model that did not see it)");
        for (int step = 0; step <= 14; step++) {
            double t = step * 0.05;
            double mean = tuned.stream().mapToDouble(s -> ConfidenceTraining.counts(s, judged, t).f1()).average().orElse(0);
            outText.printf("%.2f       %.3f%n", t, mean);
            if (mean > bestMean + 1e-9) {
                bestMean = mean;
                best = t;
            }
        }
        double chosen = best;
        outText.printf("%nchosen threshold %.2f%n%-14s %-22s %-22s%n", chosen, "folder", "every event", "confident events");
        for (ConfidenceTraining.GoldSet s : sets) {
            Counts all = ConfidenceTraining.counts(s, judged, 0);
            Counts kept = ConfidenceTraining.counts(s, judged, chosen);
            outText.printf("%-14s F1 %.3f (P %.3f)   F1 %.3f (P %.3f R %.3f)%n", s.name(), all.f1(), all.precision(),
                    kept.f1(), kept.precision(), kept.recall());
        }
        outText.flush();

        if (out != null) {
            MaxentModel model = training.train(sets);
            Files.createDirectories(out);
            try (OutputStream os = Files.newOutputStream(out.resolve("event-confidence.bin"))) {
                new GenericModelWriter((AbstractModel) model, new DataOutputStream(os)).persist();
            }
            Properties p = new Properties();
            p.setProperty("threshold", String.format(java.util.Locale.ROOT, "%.2f", chosen));
            p.setProperty("trained-on", String.join(" ", sets.stream().map(ConfidenceTraining.GoldSet::name).toList()));
            p.setProperty("examples", String.valueOf(sets.stream().mapToInt(s -> s.examples().size()).sum()));
            p.setProperty("algorithm", algorithm);
            p.setProperty("iterations", String.valueOf(iterations));
            p.setProperty("cutoff", String.valueOf(cutoff));
            p.setProperty("held-out-mean-f1", String.format(java.util.Locale.ROOT, "%.3f", bestMean));
            try (Writer w = Files.newBufferedWriter(out.resolve("event-confidence.properties"), StandardCharsets.UTF_8)) {
                p.store(w, "The event-confidence model beside this file: written by diplograph train-confidence; "
                        + "retrain when the rules or the knowledge change");
            }
            err.println("wrote " + out.resolve("event-confidence.bin") + " and its .properties");
        }
        return 0;
    }
}
