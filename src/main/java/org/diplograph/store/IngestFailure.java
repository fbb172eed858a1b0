package org.diplograph.store;

import org.diplograph.source.ReadProblem;

/**
 * An input, a record or an article that did not make it into the store, and why.
 *
 * @param origin the file ({@code -} for standard input), with {@code :line} or {@code [index]} for a record
 * @param line   the line of the record, or 0
 * @param reason what went wrong and what to do
 */
public record IngestFailure(String origin, long line, String reason) {
    public static IngestFailure of(ReadProblem p) {
        return new IngestFailure(p.origin(), p.line(), p.reason());
    }

    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
