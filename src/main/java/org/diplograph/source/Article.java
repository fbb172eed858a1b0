package org.diplograph.source;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One news article as read from its file: the raw text (every offset downstream points into it) and the
 * record's metadata. Any of {@code id}, {@code url}, {@code title}, {@code published}, {@code source} may be
 * null when the input does not give it.
 *
 * @param origin where it came from, for messages: a path, with ":line" for JSON Lines
 */
public record Article(String id, String url, String title, LocalDate published, String source, String text,
                      String origin) {
    public Article {
        if (text == null) {
            throw new IllegalArgumentException("An article needs a text (" + origin + ")");
        }
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
        return new Article(id, url, title, date, source, text, origin);
    }
}
