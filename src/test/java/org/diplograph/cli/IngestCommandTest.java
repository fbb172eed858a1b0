package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Usage errors, caught before any model is loaded. */
class IngestCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Diplograph.newCommandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void ingest_db_and_endpoint_together_is_bad_usage() {
        assertEquals(2, run("ingest", "--db", "x", "--endpoint", "http://localhost:3030/diplomacy", "a.txt"));
        assertTrue(err.toString().contains("Give either --db DIR or --endpoint URL, not both"), err.toString());
    }

    @Test
    void ingest_endpoint_must_be_an_http_url() {
        assertEquals(2, run("ingest", "--endpoint", "ftp://example.org/ds", "a.txt"));
        assertTrue(err.toString().contains("Invalid value 'ftp://example.org/ds' for option '--endpoint'"), err.toString());
    }

    @Test
    void ingest_user_without_endpoint_is_bad_usage() {
        assertEquals(2, run("ingest", "--db", "x", "--user", "curator", "a.txt"));
        assertTrue(err.toString().contains("--user is for a remote --endpoint"), err.toString());
    }

    @Test
    void ingest_needs_a_path() {
        assertEquals(2, run("ingest"));
        assertTrue(err.toString().contains("PATH"), err.toString());
    }

    @Test
    void ingest_batch_is_rejected_for_a_remote_endpoint() {
        assertEquals(2, run("ingest", "--batch", "50", "--endpoint", "http://localhost:3030/diplomacy", "a.txt"));
        assertTrue(err.toString().contains("--batch 50 is for a local --db: a remote --endpoint stores each article with its own"
                + " Graph Store PUT"), err.toString());
    }

    @Test
    void ingest_batch_must_be_positive() {
        assertEquals(2, run("ingest", "--batch", "0", "a.txt"));
        assertTrue(err.toString().contains("Invalid value '0' for --batch"), err.toString());
    }

    @Test
    void serve_batch_without_ingest_is_bad_usage() {
        assertEquals(2, run("serve", "--batch", "10"));
        assertTrue(err.toString().contains("--batch 10 sets how --ingest stores articles"), err.toString());
    }

    @Test
    void bench_rejects_zero_batch() {
        assertEquals(2, run("bench", "--batch", "0"));
        assertTrue(err.toString().contains("Invalid value '0' for --batch"), err.toString());
    }

    @Test
    void bench_rejects_zero_articles() {
        assertEquals(2, run("bench", "--articles", "0"));
        assertTrue(err.toString().contains("Invalid value '0' for --articles"), err.toString());
    }
}
