package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB JSON Lines feed, by path and gzipped on standard input, ingested by the jar in a JVM of 512 MB: every
 * record is stored. Holding the feed (200 MB of bytes, as many again as a string) next to the models would not fit,
 * so the heap limit is what shows that records are streamed one at a time.
 * <p>
 * Extraction is the slow part of an ingest, so the records are few (1,000) and most of their bytes are in a field
 * that is not extracted, as the pages' HTML is in a crawler's feed: the test measures the reading, not the NLP.
 */
class LargeFeedIT {
    private static final int RECORDS = 1_000;
    private static final int HTML_CHARS = 200_000;

    @TempDir
    Path dir;

    @Test
    void a_200_mb_feed_by_path_and_gzipped_on_standard_input_is_stored_with_a_512_mb_heap() throws Exception {
        Path feed = dir.resolve("feed.jsonl");
        writeFeed(feed);
        Path gz = dir.resolve("feed.jsonl.gz");
        try (InputStream in = Files.newInputStream(feed); OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
            in.transferTo(out);
        }
        assertTrue(Files.size(feed) > 200L * 1000 * 1000, "feed of " + Files.size(feed) + " bytes");

        String byPath = ingest(dir.resolve("db-path"), feed.toString(), null);
        String fromStdin = ingest(dir.resolve("db-stdin"), "-", gz);

        assertTrue(byPath.contains("Ingested 1,000 articles into " + dir.resolve("db-path") + ": "), byPath);
        assertTrue(byPath.contains("; 0 failed;"), byPath);
        assertTrue(fromStdin.contains("Ingested 1,000 articles into " + dir.resolve("db-stdin") + ": "), fromStdin);
        assertTrue(fromStdin.contains("; 0 failed;"), fromStdin);
        Path count = Files.writeString(dir.resolve("count.rq"), "SELECT (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?s ?p ?o } }");
        Cli.Run graphs = Cli.run("query", "--db", dir.resolve("db-stdin").toString(), "--format", "csv", count.toString());
        assertEquals(List.of("graphs", "1000"), graphs.out().lines().toList(), graphs.err());
    }

    /** Runs ingest --batch 100 with -Xmx512m, standard input from {@code stdin} if given; returns its standard error. */
    private String ingest(Path db, String input, Path stdin) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("diplograph.jar", "target/diplograph.jar")).toAbsolutePath().toString();
        Path err = dir.resolve(db.getFileName() + ".err");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-jar", jar, "ingest", "--batch", "100", "--db", db.toString(), input)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        assertTrue(p.waitFor(20, TimeUnit.MINUTES), "ingest of the feed did not end");
        String log = Files.readString(err);
        assertEquals(0, p.exitValue(), log);
        return log;
    }

    /** Short texts, each with a 200,000-character HTML page beside it (escapes and non-ASCII included). */
    private static void writeFeed(Path feed) throws IOException {
        String[] cities = {"Vienna", "Geneva", "Doha", "Oslo", "Nairobi", "Jakarta", "Lima", "Baku"};
        String block = "<p class=\\\"body\\\">Délégations, \\u00e9changes et négociations \\u2014 \\\"quoted\\\" text.</p>\\n";
        String html = block.repeat(HTML_CHARS / block.length() + 1);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(feed), StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < RECORDS; i++) {
                w.write("{\"id\": \"feed-" + i + "\", \"html\": \"" + html + "\", \"published\": \"2024-03-0" + (1 + i % 9)
                        + "\", \"text\": \"Delegates met in " + cities[i % cities.length] + " on day " + i + " of the conference.\"}\n");
            }
        }
    }
}
