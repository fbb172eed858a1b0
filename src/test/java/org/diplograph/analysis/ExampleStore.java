package org.diplograph.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.nlp.NlpModels;
import org.diplograph.rdf.RdfMapper;
import org.diplograph.source.Article;
import org.diplograph.source.ArticleReader;
import org.diplograph.source.ReadProblem;
import org.diplograph.store.ArticleGraphs;

/**
 * The store the analyst tests run against: the articles of {@code examples/} read, extracted and loaded into a
 * TDB2 database on disk, one graph per article. Built once per test JVM (the models take seconds to load).
 */
public final class ExampleStore {
    private static Path folder;

    private ExampleStore() {
    }

    /** The database folder, built on first use. */
    public static synchronized Path database() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("diplograph-examples-");
                Path created = folder;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(created)));
                build(folder, Path.of("examples"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /** Reads every article under {@code examples} into a TDB2 database at {@code db}; returns the article count. */
    public static int build(Path db, Path examples) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path f : files.filter(ArticleReader::isArticleFile).sorted().toList()) {
                new ArticleReader().read(f, articles::add, problems::add);
            }
        }
        if (!problems.isEmpty() || articles.isEmpty()) {
            throw new IllegalStateException("Cannot read the examples: " + problems);
        }
        Knowledge knowledge = Knowledge.fromClasspath();
        Extractor extractor = new Extractor(NlpModels.fromClasspath(), knowledge);
        RdfMapper mapper = new RdfMapper(knowledge);
        Dataset dataset = TDB2Factory.connectDataset(db.toString());
        for (Article a : articles) {
            ArticleGraphs.replace(dataset.asDatasetGraph(), extractor.extract(a), mapper);
        }
        return articles.size();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    public static void main(String[] args) throws IOException {
        System.out.println(build(Path.of(args[0]), Path.of(args.length > 1 ? args[1] : "examples")) + " articles");
    }
}
