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
}
