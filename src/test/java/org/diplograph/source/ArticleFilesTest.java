package org.diplograph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {
    @TempDir
    Path dir;

    @Test
    void folders_are_walked_recursively_in_name_order() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "France proposed a resolution.");
        Files.writeString(dir.resolve("a.txt"), "Germany supported it.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        Files.writeString(dir.resolve("c.jsonl"), "{\"id\":\"x\",\"text\":\"Japan agreed.\"}\n{\"id\":\"y\",\"text\":\"Korea agreed.\"}\n");
        ArticleFiles files = ArticleFiles.of(List.of(dir.toString()), System.in);
        List<String> origins = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();

        files.read(a -> origins.add(a.origin()), problems::add, inputs::add);

        assertEquals(3, files.inputs());
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString(),
                dir.resolve("c.jsonl") + ":1", dir.resolve("c.jsonl") + ":2"), origins);
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString(), dir.resolve("c.jsonl").toString()), inputs);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void a_missing_path_is_a_problem_and_standard_input_is_read() {
        ArticleFiles files = ArticleFiles.of(List.of(dir.resolve("nope").toString(), "-"),
                new ByteArrayInputStream("Turkey blocked the bid.".getBytes(StandardCharsets.UTF_8)));
        List<Article> articles = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();

        files.read(articles::add, problems::add, origin -> { });

        assertEquals(1, articles.size());
        assertEquals("-", articles.get(0).origin());
        assertEquals(1, problems.size());
        assertEquals(dir.resolve("nope").toString(), problems.get(0).origin());
        assertTrue(problems.get(0).reason().startsWith("no such file or folder"), problems.get(0).reason());
    }

    @Test
    void symbolic_links_are_followed_once_and_loops_reported() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(a.resolve("1.txt"), "France proposed a resolution.");
        Files.writeString(b.resolve("2.txt"), "Germany supported it.");
        Files.createSymbolicLink(b.resolve("up"), a);              // loop 1: a/b/up -> a
        Files.createSymbolicLink(b.resolve("self"), b);            // loop 2: a/b/self -> a/b
        Files.createSymbolicLink(dir.resolve("again"), b);         // a second way to a/b
        Files.createSymbolicLink(dir.resolve("same.txt"), a.resolve("1.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        ArticleFiles files = ArticleFiles.of(List.of(dir.toString(), a.toString()), System.in);
        List<String> texts = new ArrayList<>();
        List<ReadProblem> problems = new ArrayList<>();

        files.read(x -> texts.add(x.text()), problems::add, origin -> { });

        assertEquals(2, files.inputs());
        assertEquals(List.of("France proposed a resolution.", "Germany supported it."), texts);
        assertEquals(List.of(dir.resolve("a/b/self").toString(), dir.resolve("a/b/up").toString(), dir.resolve("gone.txt").toString()),
                problems.stream().map(ReadProblem::origin).toList(), problems.toString());
        assertTrue(problems.get(0).reason().startsWith("a symbolic link loop: it leads back to " + b), problems.get(0).reason());
        assertTrue(problems.get(1).reason().startsWith("a symbolic link loop: it leads back to " + a), problems.get(1).reason());
        assertTrue(problems.get(2).reason().startsWith("a broken symbolic link"), problems.get(2).reason());
    }

    @Test
    void an_unreadable_folder_is_reported_and_skipped() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("secret.txt"), "Japan agreed.");
        Files.writeString(dir.resolve("open.txt"), "Korea agreed.");
        locked.toFile().setReadable(false, false);
        locked.toFile().setExecutable(false, false);
        try {
            // root reads any folder: there this test cannot make one unreadable (the jar test UnreadableFolderIT runs as nobody)
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: folders stay readable");
            List<String> texts = new ArrayList<>();
            List<ReadProblem> problems = new ArrayList<>();

            ArticleFiles.of(List.of(dir.toString()), System.in).read(x -> texts.add(x.text()), problems::add, origin -> { });

            assertEquals(List.of("Korea agreed."), texts);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(locked.toString(), problems.get(0).origin());
            assertTrue(problems.get(0).reason().startsWith("cannot read the folder: permission denied"), problems.get(0).reason());
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }
}
