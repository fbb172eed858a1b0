package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder of hostile inputs next to good articles, ingested by the jar: a JSON file nested 3,000 levels deep,
 * two symbolic link loops, an unreadable folder, a 1 MB "word", an article whose extraction runs over its time
 * budget, and a JSON Lines feed with a bad byte and a non-string text. Each costs one line naming it, with no stack
 * trace; the good articles are stored; the run ends with exit 1.
 * <p>
 * Root reads any folder, so when the tests run as root the ingest runs as the user nobody (setpriv), which cannot.
 */
class HostileInputIT {
    @TempDir
    Path dir;

    @Test
    void each_hostile_input_costs_one_line_and_the_good_articles_are_stored() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(Files.createDirectories(in.resolve("good")).resolve("a.json"),
                "{\"id\": \"good-a\", \"text\": \"Turkey blocked the bid of Sweden to join NATO.\"}");
        Files.writeString(in.resolve("good/b.txt"), "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol.");
        Files.writeString(in.resolve("deep.json"), "[".repeat(3000) + "]".repeat(3000));
        Path loop1 = Files.createDirectories(in.resolve("loop1"));
        Files.createSymbolicLink(loop1.resolve("back"), in);
        Path loop2 = Files.createDirectories(in.resolve("loop2"));
        Files.createSymbolicLink(loop2.resolve("self"), loop2);
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("c.txt"), "France condemned the attack.");
        Files.writeString(in.resolve("word.txt"), "France said " + "a".repeat(1 << 20) + ".");
        // within --max-text, but its extraction takes seconds: over a 1 s budget
        Files.writeString(in.resolve("slow.json"), "{\"id\": \"slow\", \"text\": \"France said " + "a".repeat(120_000) + ".\"}");
        byte[] feed = concat("{\"id\": \"feed-1\", \"text\": \"Germany condemned the attack.\"}\n".getBytes(StandardCharsets.UTF_8),
                "{\"id\": \"feed-2\", \"text\": \"Caf\u00e9 talks.\"}\n".getBytes(StandardCharsets.ISO_8859_1),
                "{\"id\": \"feed-3\", \"text\": 42}\n{\"id\": \"feed-4\", \"text\": \"Russia vetoed the resolution.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(in.resolve("feed.jsonl"), feed);
        Path db = dir.resolve("tdb2");
        openToEveryone(dir);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        List<String> prefix = isRoot() ? List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
        List<String> err;
        int exit;
        try (ChildProcess child = ChildProcess.diplograph(dir, prefix, List.of(), "ingest", "--db", db.toString(),
                "--article-timeout", "1s", "--max-text", "200000", in.toString())) {
            exit = child.awaitExit(600);
            err = child.seen();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        String log = String.join("\n", err);

        assertEquals(1, exit, log);
        assertTrue(err.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception in thread")), "a stack trace:\n" + log);
        assertProblem(err, in.resolve("deep.json") + ": record [0]: JSON nested deeper than 32 levels");
        assertProblem(err, in.resolve("locked") + ": cannot read the folder: permission denied");
        assertProblem(err, in.resolve("loop1/back") + ": a symbolic link loop: it leads back to " + in);
        assertProblem(err, in.resolve("loop2/self") + ": a symbolic link loop: it leads back to " + loop2);
        assertProblem(err, in.resolve("word.txt") + ": the text is 1,048,589 characters, over the limit of 200,000 for one article (--max-text)");
        assertProblem(err, in.resolve("slow.json") + ": extraction took longer than 1 s, the budget for one article (--article-timeout)");
        assertProblem(err, in.resolve("feed.jsonl") + ":2: not valid UTF-8");
        assertProblem(err, in.resolve("feed.jsonl") + ":3: \"text\" is a number; it must be a string");
        assertTrue(log.contains("Ingested 4 articles into " + db + ": "), log);
        assertTrue(log.contains("; 8 failed;"), log);

        Cli.Run graphs = Cli.run("query", "--db", db.toString(), "--format", "csv", writeQuery());
        // the text file without id is named by its path from the folder ingested
        assertEquals(List.of("g", "https://w3id.org/diplograph/id/article/feed-1", "https://w3id.org/diplograph/id/article/feed-4",
                "https://w3id.org/diplograph/id/article/file/in/good/b.txt", "https://w3id.org/diplograph/id/article/good-a"),
                graphs.out().lines().limit(5).toList(), graphs.err());
        assertEquals(5, graphs.out().lines().count(), graphs.out());
    }

    /** The problem is printed as it happens, on one line of its own, exactly once. */
    private static void assertProblem(List<String> err, String start) {
        long n = err.stream().filter(l -> l.startsWith("diplograph ingest: " + start)).count();
        assertEquals(1, n, "'" + start + "' printed " + n + " times:\n" + String.join("\n", err));
    }

    private String writeQuery() throws IOException {
        return Files.writeString(dir.resolve("graphs.rq"), "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g").toString();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The user nobody must read the inputs and write the database. */
    private static void openToEveryone(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
                }
            }
        }
        for (Path up = root.getParent(); up != null && !up.equals(up.getRoot()); up = up.getParent()) {
            Set<java.nio.file.attribute.PosixFilePermission> perms = new java.util.HashSet<>(Files.getPosixFilePermissions(up));
            if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(up, perms);
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
