package org.diplograph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The door of the dataset's endpoints: admits each request through the {@link QueryScheduler} (503 with
 * Retry-After when the server is full), and turns a query that ran out of time after it had begun to answer into
 * an error the client sees.
 *
 * Design decision: Fuseki streams results, so when a query times out half-way it has often sent "200 OK" already;
 * it then ends the body with a comment ("Incomplete results") and closes it properly, and a client reads truncated
 * results as if they were complete. The gate watches the body for that comment and withholds it: if nothing has
 * left the server yet, the answer becomes a 503 that says the query timed out; if the status has been sent, the
 * connection is broken off without the end of the body, which every HTTP client reports as an error.
 */
final class QueryGate extends HttpFilter {
    private final QueryScheduler scheduler;

    QueryGate(QueryScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        QueryScheduler.Refusal refusal;
        try {
            refusal = scheduler.enter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refusal = new QueryScheduler.Refusal("The server is stopping.");
        }
        if (refusal != null) {
            plainError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, refusal.message());
            return;
        }
        TimeoutWatch watched = new TimeoutWatch(response);
        try {
            chain.doFilter(request, watched);
        } finally {
            scheduler.leave();
        }
        if (watched.timedOut()) {
            if (!response.isCommitted()) {
                response.reset();
                plainError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out before all its results were sent: "
                        + "none are given, rather than some. Narrow the query (a LIMIT, more specific patterns) or ask for a longer time limit.");
            } else {
                // the status is gone: break the body off so that the client sees an error, not a short answer
                throw new IOException("query timed out after its results had begun; the response is broken off");
            }
        }
    }

    private static void plainError(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The response, with its body watched for Fuseki's "query cancelled" comment. */
    private static final class TimeoutWatch extends HttpServletResponseWrapper {
        private Watching out;

        TimeoutWatch(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                out = new Watching(super.getOutputStream());
            }
            return out;
        }

        boolean timedOut() {
            return out != null && out.cut;
        }
    }

    /** Passes the body on until Fuseki's comment on a cancelled query, and nothing from there on. */
    private static final class Watching extends ServletOutputStream {
        private static final byte[] MARKER = "##  Query cancelled due to timeout".getBytes(StandardCharsets.US_ASCII);
        private final ServletOutputStream out;
        /** The last bytes written, so that a marker split between two writes is found. */
        private final byte[] tail = new byte[MARKER.length - 1];
        private int tailLength;
        private boolean cut;

        Watching(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (cut) {
                return;
            }
            int at = find(b, off, len);
            if (at != Integer.MIN_VALUE) {
                cut = true;
                if (at > 0) {
                    out.write(b, off, at);
                }
                return;
            }
            out.write(b, off, len);
            remember(b, off, len);
        }

        /** Where the marker starts, relative to {@code b[off]} (negative: in the bytes written before), or MIN_VALUE. */
        private int find(byte[] b, int off, int len) {
            int head = Math.min(len, MARKER.length - 1);
            byte[] boundary = new byte[tailLength + head];
            System.arraycopy(tail, 0, boundary, 0, tailLength);
            System.arraycopy(b, off, boundary, tailLength, head);
            int i = indexOf(boundary, 0, boundary.length);
            if (i >= 0) {
                return i - tailLength;
            }
            i = indexOf(b, off, len);
            return i >= 0 ? i - off : Integer.MIN_VALUE;
        }

        private void remember(byte[] b, int off, int len) {
            if (len >= tail.length) {
                System.arraycopy(b, off + len - tail.length, tail, 0, tail.length);
                tailLength = tail.length;
                return;
            }
            int keep = Math.min(tailLength, tail.length - len);
            System.arraycopy(tail, tailLength - keep, tail, 0, keep);
            System.arraycopy(b, off, tail, keep, len);
            tailLength = keep + len;
        }

        private static int indexOf(byte[] data, int from, int length) {
            int end = from + length - MARKER.length;
            outer:
            for (int i = from; i <= end; i++) {
                for (int j = 0; j < MARKER.length; j++) {
                    if (data[i + j] != MARKER[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (!cut) {
                out.close();
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
