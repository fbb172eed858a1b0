package org.diplograph.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Articles from the paths of a command line: files, folders (walked recursively, in name order, taking the
 * {@code .txt}, {@code .json}, {@code .jsonl} and {@code .ndjson} files) and {@code -} for standard input.
 *
 * Design decision: folders are walked twice, once to count their files for the progress bar and once to
 * read them, rather than listing every path in memory; a folder of a million articles costs no heap.
 */
public final class ArticleFiles implements ArticleSource {
    private final List<String> paths;
    private final InputStream stdin;
    private final ArticleReader reader = new ArticleReader();

    private ArticleFiles(List<String> paths, InputStream stdin) {
        this.paths = List.copyOf(paths);
        this.stdin = stdin;
    }

    /** The given paths; {@code -} reads {@code stdin}. */
    public static ArticleFiles of(List<String> paths, InputStream stdin) {
        return new ArticleFiles(paths, stdin);
    }

    @Override
    public long inputs() {
        long n = 0;
        for (String p : paths) {
            Path path = Path.of(p);
            n += p.equals("-") || !Files.isDirectory(path) ? 1 : walk(path, f -> { });
        }
        return n;
    }

    @Override
    public void read(Consumer<Article> articles, Consumer<ReadProblem> problems, Consumer<String> inputRead) {
        for (String p : paths) {
            if (p.equals("-")) {
                reader.read("-", stdin, articles, problems);
                inputRead.accept("-");
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                walk(path, file -> {
                    reader.read(file, articles, problems);
                    inputRead.accept(file.toString());
                });
            } else if (Files.isRegularFile(path)) {
                reader.read(path, articles, problems);
                inputRead.accept(p);
            } else {
                problems.accept(new ReadProblem(p, 0, "no such file or folder; give article files (.txt, .json, .jsonl), folders of them, or - for standard input"));
                inputRead.accept(p);
            }
        }
    }

    /** Visits the article files under a folder in name order; returns how many there were. */
    private static long walk(Path folder, Consumer<Path> visitor) {
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the folder " + folder + ": " + e.getMessage(), e);
        }
        long n = 0;
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                n += walk(entry, visitor);
            } else if (Files.isRegularFile(entry) && ArticleReader.isArticleFile(entry)) {
                visitor.accept(entry);
                n++;
            }
        }
        return n;
    }
}
