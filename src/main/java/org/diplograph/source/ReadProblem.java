package org.diplograph.source;

/**
 * Why an input, or one record of it, could not be read.
 *
 * @param origin the file ("-" for standard input)
 * @param line   the line of the record, or 0 when the whole file is at fault
 * @param reason what is wrong and what to do
 */
public record ReadProblem(String origin, long line, String reason) {
    @Override
    public String toString() {
        return origin + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
