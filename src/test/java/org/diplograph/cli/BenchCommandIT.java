package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** A smoke run of the benchmark on a tiny corpus: it completes and its four phases agree on the triples. */
class BenchCommandIT {
    @TempDir
    Path dir;

    @Test
    void bench_tiny_corpus_prints_three_phases_and_ratio() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Diplograph.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int status = cl.execute("bench", "--articles", "12", "--db", dir.resolve("bench").toString());

        String report = out.toString();
        assertEquals(0, status, err.toString());
        Matcher ingest = Pattern.compile("ingest \\(extract \\+ store\\)\\s+12\\s+([\\d,]+)").matcher(report);
        Matcher load = Pattern.compile("load path \\(1 transaction/article\\)\\s+12\\s+([\\d,]+)").matcher(report);
        Matcher batched = Pattern.compile("load path \\(100 articles/transaction\\)\\s+12\\s+([\\d,]+)").matcher(report);
        Matcher bulk = Pattern.compile("TDB2 bulk loader\\s+12\\s+([\\d,]+)").matcher(report);
        assertTrue(ingest.find() && load.find() && batched.find() && bulk.find(), report);
        assertEquals(ingest.group(1), load.group(1), report);
        assertEquals(ingest.group(1), batched.group(1), report);
        assertEquals(ingest.group(1), bulk.group(1), report);
        assertTrue(report.contains("ratio: load path / bulk loader = "), report);
        assertTrue(Files.isDirectory(dir.resolve("bench/bulk-loader-tdb2")));
    }
}
