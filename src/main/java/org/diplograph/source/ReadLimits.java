package org.diplograph.source;

/**
 * How much of one record the reader takes before it calls the record hostile: the budgets that keep one input
 * from costing the run its memory or its time.
 *
 * @param maxTextChars   the longest article text, in characters: longer texts are a per-article failure (extraction
 *                       time and memory grow with the text; 100,000 characters is about 15,000 words, beyond any
 *                       news article, and took about 45 s to extract on the 2-core development machine)
 * @param maxRecordBytes the largest record in bytes (a text file, a JSON record, a JSON Lines line, metadata and
 *                       unknown fields included): larger ones are skipped without being held in memory
 * @param maxJsonDepth   the deepest nesting of JSON arrays and objects; a record is an object of strings, so anything
 *                       deep is hostile (a parser that recursed would overflow its stack)
 */
public record ReadLimits(int maxTextChars, int maxRecordBytes, int maxJsonDepth) {
    public static final int DEFAULT_MAX_TEXT_CHARS = 100_000;
    public static final int DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
    public static final int DEFAULT_MAX_JSON_DEPTH = 32;
    public static final ReadLimits DEFAULT = new ReadLimits(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_JSON_DEPTH);

    public ReadLimits {
        if (maxTextChars < 1 || maxRecordBytes < 1 || maxJsonDepth < 2) {
            throw new IllegalArgumentException("Read limits must be positive (text " + maxTextChars + ", record "
                    + maxRecordBytes + ", depth " + maxJsonDepth + ")");
        }
    }

    public ReadLimits withMaxTextChars(int n) {
        return new ReadLimits(n, maxRecordBytes, maxJsonDepth);
    }

    public ReadLimits withMaxRecordBytes(int n) {
        return new ReadLimits(maxTextChars, n, maxJsonDepth);
    }
}
