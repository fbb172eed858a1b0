package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.diplograph.eval.ParserBenchmark;
import org.diplograph.nlp.DependencyParser;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench-parse}: the dependency parser's accuracy and speed on a Universal Dependencies treebank. */
@Command(name = "bench-parse",
        header = "Scores the dependency parser on a UD treebank (UAS, LAS) and times its loading and parsing.",
        mixinStandardHelpOptions = true,
        description = {
                "Loads the parser (time and heap after loading are printed), then parses every sentence of a "
                        + "CoNLL-U file on its gold tokens, in one thread, and scores the heads and relations against "
                        + "the gold ones, punctuation excluded: raw UAS (the parser's own conventions), then UAS and "
                        + "LAS after its output is rewritten into UD conventions (prepositions and copulas under their "
                        + "noun or predicate, conjunctions under the next conjunct; relations without subtypes).",
                "",
                "The UD English Web Treebank (CC BY-SA 4.0) is the usual test: en_ewt-ud-test.conllu of "
                        + "github.com/UniversalDependencies/UD_English-EWT."},
        footer = {"",
                "Examples:",
                "  ./diplograph bench-parse en_ewt-ud-test.conllu",
                "  ./diplograph bench-parse --sentences 500 en_ewt-ud-dev.conllu"})
public final class BenchParseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CONLLU", description = "A treebank file in CoNLL-U format.")
    Path treebank;

    @Option(names = "--sentences", paramLabel = "N", defaultValue = "100000",
            description = "Score only the first N sentences (default: all).")
    int sentences;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(treebank)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such file: '" + treebank
                    + "'. Give a CoNLL-U treebank such as en_ewt-ud-test.conllu.");
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        DependencyParser parser = DependencyParser.fromClasspath();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        out.printf(Locale.ROOT, "load        %.1f s, heap after loading %d MB%n", loadSeconds, heap);
        out.flush();
        ParserBenchmark.Result r = new ParserBenchmark(parser).run(treebank, sentences);
        out.printf(Locale.ROOT, "treebank    %s: %d sentences, %d words (%d too long to parse)%n", treebank.getFileName(),
                r.sentences(), r.tokens(), r.skipped());
        out.printf(Locale.ROOT, "raw UAS     %.3f (the parser's own conventions against UD heads)%n", r.rawUas());
        out.printf(Locale.ROOT, "UD UAS      %.3f%n", r.uas());
        out.printf(Locale.ROOT, "UD LAS      %.3f (universal relations, subtypes ignored)%n", r.las());
        out.printf(Locale.ROOT, "speed       %.0f sentences/s (CPU time of one thread; tags, names, lemmas and dependencies)%n",
                r.sentencesPerSecond());
        return CommandLine.ExitCode.OK;
    }
}
