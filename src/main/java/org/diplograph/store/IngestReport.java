package org.diplograph.store;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What an ingest did.
 *
 * @param articles articles stored
 * @param events   events extracted from them
 * @param actors   distinct actors met
 * @param triples  triples written (summed over the articles' graphs)
 * @param failures what was skipped, and why
 * @param elapsed  wall-clock time of the run
 * @param storing  time spent writing to the store
 */
public record IngestReport(long articles, long events, long actors, long triples, List<IngestFailure> failures,
                           Duration elapsed, Duration storing) {
    public IngestReport {
        failures = List.copyOf(failures);
    }

    public boolean failed() {
        return !failures.isEmpty();
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
                "Ingested %,d articles into %s: %,d events, %,d actors, %,d triples; %,d failed; %.1f s, %.1f articles/s, %,.0f triples/s%n",
                articles, store, events, actors, triples, failures.size(), seconds(elapsed), articlesPerSecond(), triplesPerSecond()));
        for (IngestFailure f : failures) {
            sb.append("  failed: ").append(f).append(System.lineSeparator());
        }
        return sb.toString();
    }

    static double perSecond(long count, Duration d) {
        double s = seconds(d);
        return s > 0 ? count / s : 0;
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
