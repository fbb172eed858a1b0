package org.diplograph.source;

import java.util.function.Consumer;

/**
 * Where a run's articles come from: files and folders, standard input, or a generated corpus. Articles are
 * handed over one at a time, so a source never holds more than the input it is reading.
 *
 * <pre>
 * ArticleSource source = ArticleFiles.of(List.of("examples/", "news.jsonl"), System.in);
 * source.read(articles::add, problems::add, done -> {});
 * </pre>
 */
public interface ArticleSource {
    /** How many inputs (files) the source will read, for progress; -1 when unknown. */
    long inputs();

    /**
     * Reads everything, in order.
     *
     * @param articles  receives each article
     * @param problems  receives each input or record that could not be read
     * @param inputRead told the origin of each input once it has been read
     */
    void read(Consumer<Article> articles, Consumer<ReadProblem> problems, Consumer<String> inputRead);
}
