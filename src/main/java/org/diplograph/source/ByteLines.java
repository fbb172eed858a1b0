package org.diplograph.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, as bytes, one at a time: a JSON Lines feed of any size is read with one line in
 * memory, and a line longer than the limit is counted and skipped without being held.
 *
 * Design decision: lines are split on the byte {@code \n} before any decoding, so that a bad byte (not UTF-8, a
 * NUL) costs the line it is on and not the rest of the file, as a decoding reader would.
 */
final class ByteLines {
    /**
     * One line without its line break (and a {@code \r} before it).
     *
     * @param number the line number, from 1
     * @param bytes  the line, or null when it was longer than the limit
     * @param length its length in bytes
     */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private long number;

    ByteLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(length);
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int n = position - start;
            if (length + n <= maxBytes + 1L) {
                append(start, n, (int) length);
            }
            length += n;
            if (position < limit) {
                position++; // the \n
                return finish(length);
            }
        }
    }

    private void append(int start, int n, int at) {
        if (at + n > line.length) {
            line = Arrays.copyOf(line, Math.max(at + n, Math.min(line.length * 2, maxBytes + 1)));
        }
        System.arraycopy(buffer, start, line, at, n);
    }

    private Line finish(long length) {
        number++;
        // the \r of a \r\n line break (kept in the count only if the line is over the limit anyway)
        if (length > 0 && length <= maxBytes + 1L && line[(int) length - 1] == '\r') {
            length--;
        }
        if (length > maxBytes) {
            return new Line(number, null, length);
        }
        return new Line(number, Arrays.copyOf(line, (int) length), length);
    }
}
