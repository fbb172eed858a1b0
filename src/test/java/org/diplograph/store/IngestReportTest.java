package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class IngestReportTest {
    @Test
    void summary_gives_counts_rate_and_each_failure() {
        IngestReport r = new IngestReport(10, 0, 25, 7, 1200, List.of(new IngestFailure("news.jsonl", 3, "malformed JSON line: x")),
                1, Duration.ofSeconds(4), Duration.ofSeconds(1), null);

        String s = r.summary("data/tdb2");

        assertTrue(s.startsWith("Ingested 10 articles into data/tdb2: 25 events, 7 actors, 1,200 triples; 1 failed; 4.0 s, 2.5 articles/s, 300 triples/s"), s);
        assertTrue(s.contains("failed: news.jsonl:3: malformed JSON line: x"), s);
        assertTrue(r.failed());
        assertEquals(300.0, r.triplesPerSecond(), 1e-9);
    }

    @Test
    void replaced_graphs_and_a_stop_are_told() {
        IngestReport r = new IngestReport(5, 2, 0, 0, 0, List.of(), 0, Duration.ofSeconds(1), Duration.ZERO, "the disk is full");

        assertTrue(r.summary("db").startsWith("Ingested 5 articles into db (3 new graphs; 2 replaced the graph of an article with the same id)"),
                r.summary("db"));
        assertTrue(r.failed());
        assertEquals("Stopped: the disk is full. 5 articles were stored before the stop, each whole. To complete the ingest, "
                + "fix that and run the same command again (stored articles are replaced, not duplicated): diplograph ingest x", r.stopLine("diplograph ingest x"));
    }
}
