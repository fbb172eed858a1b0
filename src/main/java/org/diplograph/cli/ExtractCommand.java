package org.diplograph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.diplograph.model.Extraction;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.rdf.Dip;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleReader;
import org.diplograph.source.ReadProblem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: one article in, its RDF out on standard output; nothing stored. */
@Command(name = "extract",
        header = "One article in, its diplomacy graph (RDF) out on standard output; nothing stored.",
        mixinStandardHelpOptions = true,
        description = {
                "Reads one article and prints its diplomacy graph: the actors (people with their offices and",
                "countries, states, organizations), the events between them with dates and modality, and the",
                "sentence each event was read from. Nothing is stored.",
                "",
                "FILE is plain text (an optional dateline such as 'Washington. May 20.' first), a JSON record",
                "or JSON Lines (fields: text, and optional id, url, title, published, source), or - for",
                "standard input. A JSON Lines file with several records prints them all."},
        footer = {"",
                "Examples:",
                "  ./diplograph extract --published 2021-05-20 article.txt",
                "  ./diplograph extract --format trig news.jsonl > news.trig",
                "  cat article.txt | ./diplograph extract -"})
public final class ExtractCommand implements Callable<Integer> {
    @CommandLine.Mixin
    KnowledgeOption knowledge;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date; overrides the input's. Weekdays and 'yesterday' are resolved against it; "
                    + "without any date they stay unresolved.")
    LocalDate published;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "Output syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). trig and nquads put each article in its own named graph.")
    RdfFormat format;

    @Option(names = "--explain",
            description = "Also print to standard error, sentence by sentence, the actors found and the events read: "
                    + "to see why an event was or was not extracted; each asserted event with its confidence. With "
                    + "--every-event it also lists the events the confidence model leaves out.")
    boolean explain;

    @Parameters(paramLabel = "FILE|-", description = "The article to read, or - for standard input.")
    String file;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(org.apache.commons.io.output.CloseShieldOutputStream.wrap(System.err), true);
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        if (file.equals("-")) {
            reader.read("-", System.in, articles::add, problems::add);
        } else {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "No such file: '" + file + "'. Give the path of an article (.txt, .json, .jsonl) or - for standard input.");
            }
            reader.read(path, articles::add, problems::add);
        }
        problems.forEach(p -> err.println("diplograph extract: " + p));

        Pipeline pipeline = knowledge.pipeline();
        PrintStream stdout = System.out;
        // line-based syntaxes stream in reading order; the pretty ones need the whole graph to group it
        boolean streaming = format == RdfFormat.ntriples || format == RdfFormat.nquads;
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        out.prefixes().putAll(Dip.prefixes());
        StreamRDF sink = streaming ? StreamRDFWriter.getWriterStream(stdout, format.jena()) : StreamRDFLib.dataset(out);
        sink.start();
        for (Article article : articles) {
            Article a = published != null ? article.withPublished(published) : article;
            Extraction x = pipeline.extract(a);
            if (explain) {
                err.print(Explanation.of(x));
            }
            pipeline.write(x, sink, format.quads());
        }
        sink.finish();
        if (!streaming) {
            if (format.quads()) {
                RDFDataMgr.write(stdout, out, format.jena());
            } else {
                RDFDataMgr.write(stdout, out.getDefaultGraph(), format.jena());
            }
        }
        stdout.flush();
        return problems.isEmpty() ? CommandLine.ExitCode.OK : 1;
    }
}
