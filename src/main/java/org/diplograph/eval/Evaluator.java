package org.diplograph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.diplograph.model.Extraction;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleReader;
import org.diplograph.source.ReadProblem;

/**
 * Runs the extraction on the articles of a gold folder, in this process, and scores it.
 *
 * <pre>
 * Evaluator evaluator = new Evaluator(Pipeline.bundled());
 * Score score = evaluator.evaluate(GoldArticle.read(...));
 * </pre>
 *
 * Each article is read as {@code extract --published D FILE --format ntriples} reads it (the gold's
 * publication date overrides the file's) and goes through the same Extractor and RdfMapper, so the statements
 * scored here are the ones that command prints, in the same order.
 */
public final class Evaluator {
    private final Pipeline pipeline;
    private final Scorer scorer = new Scorer();

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The gold annotations of a folder: every {@code NNN.json} with an {@code NNN.txt} beside it, by name. */
    public static List<Path> goldFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> Files.isRegularFile(p.resolveSibling(stem(p) + ".txt")))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                    .toList();
        }
    }

    static String stem(Path json) {
        String name = json.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    public Score evaluate(List<GoldArticle> golds, Consumer<DocumentScore> progress) {
        List<DocumentScore> out = new ArrayList<>();
        for (GoldArticle gold : golds) {
            DocumentScore s = evaluate(gold);
            progress.accept(s);
            out.add(s);
        }
        return new Score(out);
    }

    public DocumentScore evaluate(GoldArticle gold) {
        List<ReadProblem> problems = new ArrayList<>();
        List<Article> articles = articles(gold, problems::add);
        if (!problems.isEmpty()) {
            return scorer.failed(gold, problems.get(problems.size() - 1).toString());
        }
        Extracted extracted;
        try {
            extracted = extract(articles);
        } catch (RuntimeException e) {
            return scorer.failed(gold, "extraction failed: " + e);
        }
        return scorer.score(gold, extracted.triples());
    }

    /** What the extraction read from a gold article's text, and the statements it printed for it, in order. */
    public record Extracted(List<Extraction> extractions, List<Triple> triples) {
    }

    /** The articles of a gold article's text file, with the gold's publication date when it gives one. */
    public List<Article> articles(GoldArticle gold, Consumer<ReadProblem> problems) {
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(gold.text(), articles::add, problems);
        return articles.stream().map(a -> gold.published() != null ? a.withPublished(gold.published()) : a).toList();
    }

    /** Extracts the articles as {@code extract --format ntriples} does, keeping the extractions and the statements. */
    public Extracted extract(List<Article> articles) {
        List<Extraction> extractions = new ArrayList<>();
        List<Triple> triples = new ArrayList<>();
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.add(triple);
            }
        };
        sink.start();
        for (Article article : articles) {
            Extraction x = pipeline.extract(article);
            extractions.add(x);
            pipeline.write(x, sink, false);
        }
        sink.finish();
        return new Extracted(extractions, triples);
    }
}
