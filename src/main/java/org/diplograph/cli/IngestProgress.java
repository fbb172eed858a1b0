package org.diplograph.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;

import org.diplograph.store.IngestFailure;
import org.diplograph.store.IngestListener;
import org.diplograph.store.StoredArticle;

/**
 * Progress of an ingest on standard error: a bar redrawn in place on a terminal; otherwise (a log file, a
 * pipe) a plain line every {@value #LINE_EVERY_SECONDS} seconds, so short runs stay quiet. Failures are printed
 * as they happen; with {@code verbose}, so is every stored article.
 */
final class IngestProgress implements IngestListener {
    static final int LINE_EVERY_SECONDS = 10;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean verbose;
    private long inputs = -1;
    private long inputsRead;
    private long articles;
    private long triples;
    private long failures;
    private long start;
    private long lastDraw;
    private int drawn;

    IngestProgress(PrintWriter err, boolean terminal, boolean verbose) {
        this.err = err;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    /** True when standard error is probably a terminal: there is a console and (Java 22+) it says it is one. */
    static boolean stderrIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public void started(long n) {
        inputs = n;
        start = System.nanoTime();
        lastDraw = start;
    }

    @Override
    public void inputRead(String origin) {
        inputsRead++;
        tick();
    }

    @Override
    public void stored(StoredArticle a) {
        articles++;
        triples += a.triples();
        if (verbose) {
            clearBar();
            err.println("stored " + a.origin() + " -> <" + a.graph() + "> (" + a.events() + " events, " + a.triples() + " triples"
                    + (a.replaced() ? "; replaced the graph of an article with the same id" : "") + ")");
            err.flush();
        }
        tick();
    }

    @Override
    public void failed(IngestFailure f) {
        failures++;
        clearBar();
        err.println("diplograph ingest: " + f);
        err.flush();
        tick();
    }

    @Override
    public void note(String message) {
        clearBar();
        err.println(message);
        err.flush();
    }

    /** Removes the bar before the closing summary. */
    void finish() {
        clearBar();
    }

    private void tick() {
        long now = System.nanoTime();
        if (terminal && now - lastDraw > 200_000_000L) {
            String line = line(now);
            err.print("\r" + line);
            err.flush();
            drawn = line.length();
            lastDraw = now;
        } else if (!terminal && now - lastDraw > LINE_EVERY_SECONDS * 1_000_000_000L) {
            err.println(line(now));
            err.flush();
            lastDraw = now;
        }
    }

    private String line(long now) {
        double seconds = (now - start) / 1e9;
        String bar = "";
        if (inputs > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * inputsRead / inputs);
            bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + inputsRead + "/" + inputs + " files  ";
        }
        long records = articles + failures;
        return String.format(Locale.ROOT, "%s%,d records  %,d stored  %,d failed  %,d triples  %.1f records/s  %.0f s ",
                bar, records, articles, failures, triples, seconds > 0 ? records / seconds : 0, seconds);
    }

    private void clearBar() {
        if (drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
            drawn = 0;
        }
    }
}
