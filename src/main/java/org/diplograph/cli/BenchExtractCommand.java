package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.diplograph.eval.SpeedBenchmark;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleReader;
import org.diplograph.source.ReadProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench-extract}: how long extraction takes against the bare OpenNLP annotation of the same article. */
@Command(name = "bench-extract",
        header = "Times extraction against the bare OpenNLP annotation of the same text.",
        mixinStandardHelpOptions = true,
        description = {
                "Times, on one article of about 500 words, (a) the bare OpenNLP annotation (sentences, tokens, "
                        + "part of speech, lemmas) and (b) the full extraction (annotation, actors, events, dates) "
                        + "with its RDF mapping into a counting sink, after a warm-up. Prints milliseconds per "
                        + "article for both (CPU time of the thread, and wall clock) and their ratio; the goal is "
                        + "a ratio of 2.5 or less (extraction includes the dependency parse of the sentences that hold "
                        + "a trigger word; the parser is loaded during the warm-up).",
                "",
                "Without FILE, the article is made of whole paragraphs of the .txt files of --from, in name "
                        + "order, up to --words words, published 2024-01-15."},
        footer = {"",
                "Examples:",
                "  ./diplograph bench-extract",
                "  ./diplograph bench-extract --runs 50 article.txt",
                "  ./diplograph bench-extract --max-ratio 2.5"})
public final class BenchExtractCommand implements Callable<Integer> {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "The article to time (.txt, .json); default: composed from --from.")
    Path file;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "eval/dev",
            description = "Folder of .txt articles to compose the benchmark article from (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--words", paramLabel = "N", defaultValue = "500",
            description = "Length of the composed article in words (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Untimed runs first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "30",
            description = "Timed runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--max-ratio", paramLabel = "R",
            description = "Exit with status 1 when extraction takes more than R times the annotation.")
    Double maxRatio;

    @Override
    public Integer call() throws IOException {
        if (runs < 1 || warmup < 0 || words < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid counts: --runs " + runs + ", --warmup "
                    + warmup + ", --words " + words + "; --runs and --words take 1 or more, --warmup 0 or more.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Article article;
        String origin;
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such file: '" + file + "'. Give an article (.txt, .json).");
            }
            List<Article> articles = new ArrayList<>();
            List<ReadProblem> problems = new ArrayList<>();
            new ArticleReader().read(file, articles::add, problems::add);
            if (!problems.isEmpty() || articles.isEmpty()) {
                err.println("diplograph bench-extract: " + (problems.isEmpty() ? file + ": no article in it" : problems.get(0)));
                return 1;
            }
            article = articles.get(0);
            origin = file.toString();
        } else {
            if (!Files.isDirectory(from)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "No such folder: '" + from
                        + "'. Run from the project folder (default eval/dev), give --from DIR with .txt articles, or a FILE.");
            }
            List<Path> texts;
            try (Stream<Path> s = Files.list(from)) {
                texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            }
            if (texts.isEmpty()) {
                err.println("diplograph bench-extract: " + from + ": no .txt articles to compose from");
                return 1;
            }
            List<String> contents = new ArrayList<>();
            for (Path p : texts) {
                contents.add(Files.readString(p));
            }
            String text = SpeedBenchmark.compose(contents, words);
            // a fixed date, so that weekdays resolve and the date code runs as it does on dated news
            article = new Article(null, null, null, LocalDate.of(2024, 1, 15), null, text, from + " (composed)");
            origin = "composed from the .txt files of " + from;
        }

        SpeedBenchmark.Result r = new SpeedBenchmark(knowledge.pipeline())
                .run(article, warmup, runs);
        out.printf(Locale.ROOT, "article     %d words, %d sentences (%s)%n", r.words(), r.sentences(), origin);
        out.printf(Locale.ROOT, "runs        %d timed after %d warm-up, single thread%n", runs, warmup);
        out.println("            ms/article: CPU median, wall median, wall mean");
        out.printf(Locale.ROOT, "annotation  %8.2f %8.2f %8.2f   (OpenNLP: sentences, tokens, POS, lemmas)%n",
                r.annotationCpuMedian(), r.annotationMedian(), r.annotationMean());
        out.printf(Locale.ROOT, "extraction  %8.2f %8.2f %8.2f   (Extractor + RdfMapper into a counting sink, %d statements)%n",
                r.extractionCpuMedian(), r.extractionMedian(), r.extractionMean(), r.triples());
        out.printf(Locale.ROOT, "ratio       %.2f by CPU time, %.2f by wall clock (extraction / annotation, medians; goal <= 2.5)%n",
                r.ratio(), r.wallRatio());
        out.flush();
        if (maxRatio != null && r.ratio() > maxRatio) {
            err.printf(Locale.ROOT, "diplograph bench-extract: ratio %.2f is above --max-ratio %s%n", r.ratio(), maxRatio);
            return 1;
        }
        return CommandLine.ExitCode.OK;
    }
}
