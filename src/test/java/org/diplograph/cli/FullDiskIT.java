package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an ingest, for real: the database lives on a 12 MB tmpfs (mounted in a private
 * mount namespace with {@code unshare}, so no root on the host is needed where user namespaces are allowed; the
 * test is skipped where they are not). The ingest must stop with one line and exit 1; after the tmpfs is enlarged,
 * the same command must complete the store, with the same quads as an ingest on an ordinary disk.
 */
class FullDiskIT {
    private static final int ARTICLES = 40;

    @TempDir
    Path dir;

    @Test
    void a_full_disk_stops_the_ingest_in_one_line_and_the_same_command_completes_it() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("mnt"));
        Assumptions.assumeTrue(canMountTmpfs(mnt), "this machine does not let an unprivileged process mount a tmpfs (unshare -rm)");
        Path feed = feed();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of(System.getProperty("diplograph.jar", "target/diplograph.jar")).toAbsolutePath().toString();
        String db = mnt.resolve("tdb2").toString();
        String script = String.join("\n",
                "mount -t tmpfs -o size=12m tmpfs " + mnt + " || exit 97",
                // no compaction and one transaction an article: the database grows with every one until the disk is full
                java + " -jar " + jar + " ingest --batch 1 --compact-every 0 --no-compact --db " + db + " " + feed + " 2> " + dir.resolve("run1.err"),
                "echo $? > " + dir.resolve("run1.exit"),
                "mount -o remount,size=48m " + mnt,
                java + " -jar " + jar + " ingest --db " + db + " " + feed + " 2> " + dir.resolve("run2.err"),
                "echo $? > " + dir.resolve("run2.exit"),
                java + " -jar " + jar + " export --format nquads --db " + db + " -o " + dir.resolve("recovered.nq") + " 2> " + dir.resolve("export.err"));
        Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(dir.resolve("script.out").toFile()).start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the ingests hang");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("script.out")));

        String run1 = Files.readString(dir.resolve("run1.err"));
        assertEquals("1", Files.readString(dir.resolve("run1.exit")).strip(), run1);
        List<String> stops = run1.lines().filter(l -> l.startsWith("diplograph ingest: Stopped: ")).toList();
        assertEquals(1, stops.size(), run1);
        assertTrue(stops.get(0).contains("the disk that holds the database is probably full"), stops.get(0));
        assertTrue(stops.get(0).endsWith("run the same command again (stored articles are replaced, not duplicated): diplograph ingest "
                + "--batch 1 --compact-every 0 --no-compact --db " + db + " " + feed), stops.get(0));
        assertTrue(run1.lines().noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Exception in thread")), "a stack trace:\n" + run1);
        long storedFirst = count("Ingested ([\\d,]+) articles", run1);
        assertTrue(storedFirst >= 1 && storedFirst < ARTICLES, run1);
        assertTrue(stops.get(0).contains(storedFirst + " articles were stored before the stop"), stops.get(0));

        String run2 = Files.readString(dir.resolve("run2.err"));
        assertEquals("0", Files.readString(dir.resolve("run2.exit")).strip(), run2);
        assertTrue(run2.contains("Ingested " + ARTICLES + " articles into " + db + " (" + (ARTICLES - storedFirst) + " new graphs; "
                + storedFirst + " replaced"), run2);

        Path reference = dir.resolve("reference-tdb2");
        assertEquals(0, Cli.run("ingest", "--db", reference.toString(), feed.toString()).exit());
        Cli.Run export = Cli.run("export", "--format", "nquads", "--db", reference.toString());
        assertEquals(sorted(export.out()), sorted(Files.readString(dir.resolve("recovered.nq"))),
                "the database completed after the full disk differs from one written in one go");
    }

    /** The example articles, each many times over with its own id. */
    private Path feed() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        List<Path> examples;
        try (var s = Files.list(Path.of("examples"))) {
            examples = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            JsonObject o = JSON.parse(Files.readString(examples.get(i % examples.size())));
            o.put("id", o.getString("id") + "-" + i);
            lines.append(JSON.toStringFlat(o)).append('\n');
        }
        Files.writeString(feed, lines, StandardCharsets.UTF_8);
        return feed;
    }

    private static boolean canMountTmpfs(Path mnt) {
        try {
            Process p = new ProcessBuilder("unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs " + mnt)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static long count(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no '" + regex + "' in:\n" + text);
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    private static List<String> sorted(String nquads) {
        return nquads.lines().filter(l -> !l.isBlank()).sorted().toList();
    }
}
