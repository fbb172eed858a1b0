package org.diplograph.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news article as read from its file: the raw text (every offset downstream points into it) and the
 * record's metadata. Any of {@code id}, {@code url}, {@code title}, {@code published}, {@code source} may be
 * null when the input does not give it.
 *
 * @param origin where it came from, for messages: a path, with ":line" for JSON Lines
 * @param path   its stable name when it has neither id nor URL: the file's path from the folder ingested (that
 *               folder's name first, "/" between names), with ":line" or "[index]" for a record of a JSON Lines or
 *               JSON file; null when read from standard input or a generated corpus
 */
public record Article(String id, String url, String title, LocalDate published, String source, String text,
                      String origin, String path) {
    public Article {
        if (text == null) {
            throw new IllegalArgumentException("An article needs a text (" + origin + ")");
        }
    }

    /** An article with no file path (standard input, a generated corpus, a test). */
    public Article(String id, String url, String title, LocalDate published, String source, String text, String origin) {
        this(id, url, title, published, source, text, origin, null);
    }

    /** The same article, known by this path when it has neither id nor URL. */
    public Article withPath(String p) {
        return new Article(id, url, title, published, source, text, origin, p);
    }

    /** The dateline at the head of the text, if there is one. */
    public Optional<Dateline> dateline() {
        return Dateline.parse(text);
    }

    /**
     * The day the article was published: the record's date, else a dateline with a full date. Empty when
     * nothing fixes it; then relative dates ("on Wednesday") stay unresolved.
     */
    public Optional<LocalDate> publicationDate() {
        if (published != null) {
            return Optional.of(published);
        }
        return dateline().flatMap(Dateline::date);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, url, title, date, source, text, origin, path);
    }
}
