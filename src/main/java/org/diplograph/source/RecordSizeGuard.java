package org.diplograph.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read since the current record began and fails once they pass the limit, so that a JSON
 * document streamed record by record never holds more than one record's worth of one string in memory.
 */
final class RecordSizeGuard extends FilterInputStream {
    /** Thrown when a record passes the limit; the stream cannot be read on from there. */
    static final class RecordTooLarge extends IOException {
        RecordTooLarge(long limit) {
            super("over " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    RecordSizeGuard(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** A record begins: count from here. */
    void startRecord() {
        count = 0;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws RecordTooLarge {
        count += n;
        // the decoder reads ahead by a buffer, so allow that much beyond the limit before calling it too large
        if (count > limit + 64 * 1024) {
            throw new RecordTooLarge(limit);
        }
    }
}
