package org.diplograph.store;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What an ingest did.
 *
 * @param articles     articles stored (committed)
 * @param replaced     of those, how many replaced a graph that was already there (an article with the same id,
 *                     stored before or earlier in this run); the store gained {@code articles - replaced} graphs
 * @param events       events extracted from them
 * @param actors       distinct actors met
 * @param triples      triples written (summed over the articles' graphs)
 * @param failures     what was skipped, and why (the first ones, when there are very many)
 * @param failureCount how many inputs, records and articles were skipped in all
 * @param elapsed      wall-clock time of the run
 * @param storing      time spent writing to the store
 * @param stop         why the run stopped before the end of its input, or null when it read everything
 */
public record IngestReport(long articles, long replaced, long events, long actors, long triples, List<IngestFailure> failures,
                           long failureCount, Duration elapsed, Duration storing, String stop) {
    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** True when anything was skipped, or the run stopped early. */
    public boolean failed() {
        return failureCount > 0 || stopped();
    }

    public boolean stopped() {
        return stop != null;
    }

    public double articlesPerSecond() {
        return perSecond(articles, elapsed);
    }

    public double triplesPerSecond() {
        return perSecond(triples, elapsed);
    }

    /** The closing summary: counts, time, rate, then one line per failure. */
    public String summary(String store) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Ingested %,d articles into %s%s: %,d events, %,d actors, %,d triples; %,d failed; %.1f s, %.1f articles/s, %,.0f triples/s%n",
                articles, store, replacedNote(), events, actors, triples, failureCount, seconds(elapsed), articlesPerSecond(), triplesPerSecond()));
        for (IngestFailure f : failures) {
            sb.append("  failed: ").append(f).append(System.lineSeparator());
        }
        if (failureCount > failures.size()) {
            sb.append(String.format(Locale.ROOT, "  ... and %,d more failures, each printed above as it happened%n", failureCount - failures.size()));
        }
        return sb.toString();
    }

    private String replacedNote() {
        if (replaced == 0) {
            return "";
        }
        return String.format(Locale.ROOT, " (%,d new graphs; %,d replaced the graph of an article with the same id)", articles - replaced, replaced);
    }

    /**
     * The one line that ends a stopped run: what failed, what was stored, and how to complete it.
     *
     * @param again the command that resumes the run (the same command)
     */
    public String stopLine(String again) {
        return String.format(Locale.ROOT, "Stopped: %s%s %,d articles were stored before the stop, each whole. "
                + "To complete the ingest, fix that and run the same command again (stored articles are replaced, not duplicated): %s",
                stop, stop.endsWith(".") || stop.endsWith("?") ? "" : ".", articles, again);
    }

    static double perSecond(long count, Duration d) {
        double s = seconds(d);
        return s > 0 ? count / s : 0;
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
