package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.eval.Evaluator;
import org.diplograph.eval.GoldArticle;
import org.diplograph.eval.Score;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval}: scores the extraction against hand-annotated gold articles. */
@Command(name = "eval",
        header = "Scores extraction against hand-annotated articles (format and rules: docs/eval.md).",
        mixinStandardHelpOptions = true,
        description = {
                "Runs the extraction on every NNN.txt of GOLD_DIR that has an NNN.json annotation beside it "
                        + "(format: docs/eval.md) and scores it as the project's reference scorer "
                        + "does: precision, recall and F1 of the asserted events, strict (same class) and "
                        + "lenient (any two communications match); date accuracy on matched events with a gold date; "
                        + "modal events found with their modality or wrongly asserted as facts; actor accuracy "
                        + "(found by name, kind, office title, country).",
                "",
                "Per article it lists the gold events missed, with their evidence sentence, and the extracted "
                        + "events that match no gold one; -v adds wrong classes, wrong dates, modal events and "
                        + "actor errors. The last line is the summary, worded as the reference scorer words it: "
                        + "strict P= R= F1= | lenient P= R= F1= | dates n/m.",
                "",
                "Exit status 1 when an annotation cannot be read, an extraction fails, or a figure is below "
                        + "--min-f1 or --min-recall."},
        footer = {"",
                "Examples:",
                "  ./diplograph eval eval/dev",
                "  ./diplograph eval -v eval/dev > eval-report.txt",
                "  ./diplograph eval --min-f1 0.8 --lenient eval/dev",
                "  ./diplograph eval --format json eval/dev > eval.json"})
public final class EvalCommand implements Callable<Integer> {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "GOLD_DIR", description = "A folder of NNN.txt articles with their NNN.json gold annotations.")
    Path goldDir;

    @Option(names = "--min-f1", paramLabel = "F1", defaultValue = "0",
            description = "Exit with status 1 when the strict F1 (lenient with --lenient) is below this (default: ${DEFAULT-VALUE}).")
    double minF1;

    @Option(names = "--min-recall", paramLabel = "R", defaultValue = "0",
            description = "Exit with status 1 when the strict recall (lenient with --lenient) is below this (default: ${DEFAULT-VALUE}).")
    double minRecall;

    @Option(names = "--lenient", description = "Gate --min-f1 and --min-recall on the lenient figures.")
    boolean lenient;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); json always has every detail.")
    EvalReport.Format format;

    @Option(names = {"-v", "--verbose"}, description = "Per article, also the matched events read with another class or date, "
            + "the modal events and the actors not found or with a wrong kind, office or country.")
    boolean verbose;

    @Override
    public Integer call() {
        for (double v : new double[] {minF1, minRecall}) {
            if (v < 0 || v > 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Invalid threshold " + v + ": --min-f1 and --min-recall take a value between 0 and 1, e.g. 0.8.");
            }
        }
        if (!Files.isDirectory(goldDir)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "No such folder: '" + goldDir + "'. Give a folder of NNN.txt articles with NNN.json gold annotations, e.g. eval/dev.");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = Evaluator.goldFiles(goldDir);
        } catch (IOException e) {
            err.println("diplograph eval: " + goldDir + ": cannot list the folder: " + e.getMessage());
            return 1;
        }
        if (files.isEmpty()) {
            err.println("diplograph eval: " + goldDir + ": no gold articles (NNN.json with NNN.txt beside it); "
                    + "docs/eval.md describes the format");
            return 1;
        }
        List<GoldArticle> golds = GoldArticle.readAll(files, (f, e) ->
                err.println("diplograph eval: " + f + ": " + e.getMessage() + "; the article is left out of the score"));
        int unreadable = files.size() - golds.size();
        Evaluator evaluator = new Evaluator(knowledge.pipeline());
        Score score = evaluator.evaluate(golds, s -> {
            if (s.failure() != null) {
                err.println("diplograph eval: " + s.id() + ": " + s.failure());
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        EvalReport report = new EvalReport(goldDir.toString(), score, unreadable);
        if (format == EvalReport.Format.json) {
            report.json(out);
        } else {
            report.text(out, verbose);
        }
        out.flush();

        double f1 = lenient ? score.lenient().f1() : score.strict().f1();
        double recall = lenient ? score.lenient().recall() : score.strict().recall();
        boolean gateFailed = f1 < minF1 || recall < minRecall;
        if (gateFailed) {
            err.printf("diplograph eval: %s F1 %.3f, recall %.3f: below the gate (--min-f1 %s, --min-recall %s)%n",
                    lenient ? "lenient" : "strict", f1, recall, minF1, minRecall);
        }
        return gateFailed || unreadable > 0 || score.failures() > 0 ? 1 : CommandLine.ExitCode.OK;
    }
}
