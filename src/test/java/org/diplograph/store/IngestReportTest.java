package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class IngestReportTest {
    @Test
    void summary_gives_counts_rate_and_each_failure() {
        IngestReport r = new IngestReport(10, 25, 7, 1200, List.of(new IngestFailure("news.jsonl", 3, "malformed JSON line: x")),
                Duration.ofSeconds(4), Duration.ofSeconds(1));

        String s = r.summary("data/tdb2");

        assertTrue(s.startsWith("Ingested 10 articles into data/tdb2: 25 events, 7 actors, 1,200 triples; 1 failed; 4.0 s, 2.5 articles/s, 300 triples/s"), s);
        assertTrue(s.contains("failed: news.jsonl:3: malformed JSON line: x"), s);
        assertTrue(r.failed());
        assertEquals(300.0, r.triplesPerSecond(), 1e-9);
    }
}
