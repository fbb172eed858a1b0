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

/** A smoke run of the benchmark on a tiny corpus: it completes and its phases agree on the triples. */
class BenchCommandIT {
    @TempDir
    Path dir;

    @Test
    void bench_tiny_corpus_prints_four_phases_and_ratios() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Diplograph.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));

        int status = cl.execute("bench", "--articles", "12", "--batch", "5", "--batch-1-articles", "4",
                "--db", dir.resolve("bench").toString());

        String report = out.toString();
        assertEquals(0, status, err.toString());
        Matcher ingest = Pattern.compile("ingest \\(extract \\+ store, --batch 5\\)\\s+12\\s+([\\d,]+)").matcher(report);
        Matcher single = Pattern.compile("load path, --batch 1 \\(1 article/transaction\\)\\s+4\\s+([\\d,]+)").matcher(report);
        Matcher batched = Pattern.compile("load path, --batch 5 \\(5 articles/transaction\\)\\s+12\\s+([\\d,]+)").matcher(report);
        Matcher bulk = Pattern.compile("TDB2 bulk loader\\s+12\\s+([\\d,]+)").matcher(report);
        assertTrue(ingest.find() && single.find() && batched.find() && bulk.find(), report);
        assertEquals(ingest.group(1), batched.group(1), report);
        assertEquals(ingest.group(1), bulk.group(1), report);
        int all = Integer.parseInt(ingest.group(1).replace(",", ""));
        int firstFour = Integer.parseInt(single.group(1).replace(",", ""));
        assertTrue(firstFour > 0 && firstFour < all, report);
        assertTrue(Pattern.compile("ratio: load path / bulk loader \\(triples/s\\) = [\\d.]+ with --batch 1 \\(first 4 articles\\), "
                + "[\\d.]+ with --batch 5").matcher(report).find(), report);
        assertTrue(Files.isDirectory(dir.resolve("bench/bulk-loader-tdb2")));
        assertTrue(Files.isDirectory(dir.resolve("bench/load-path-first-4-tdb2")));
        assertTrue(Files.isDirectory(dir.resolve("bench/load-path-batch-5-tdb2")));
    }
}
