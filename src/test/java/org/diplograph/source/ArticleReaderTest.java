package org.diplograph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    final List<Article> articles = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();
    final ArticleReader reader = new ArticleReader();

    @Test
    void text_file_is_one_article(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "Washington. May 20. Blinken met Lavrov.");
        reader.read(f, articles::add, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(1, articles.size());
        assertEquals("Washington. May 20. Blinken met Lavrov.", articles.get(0).text());
        assertEquals(f.toString(), articles.get(0).origin());
    }

    @Test
    void json_record_gives_metadata(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("a.json"),
                "{\"id\":\"x1\",\"url\":\"https://example.org/a\",\"title\":\"T\",\"published\":\"2021-05-20T08:00:00Z\",\"source\":\"Wire\",\"text\":\"Blinken met Lavrov.\"}");
        reader.read(f, articles::add, problems::add);
        Article a = articles.get(0);
        assertEquals("x1", a.id());
        assertEquals("https://example.org/a", a.url());
        assertEquals(LocalDate.of(2021, 5, 20), a.published());
        assertEquals("Wire", a.source());
    }

    @Test
    void json_lines_report_the_bad_line_and_keep_the_others(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("news.jsonl"), """
                {"id":"1","text":"Blinken met Lavrov."}
                {"id":"2","text": broken
                {"id":"3"}
                {"id":"4","text":"Macron called Scholz.","published":"20 May"}
                {"id":"5","text":"Wang Yi met Blinken."}
                """);
        reader.read(f, articles::add, problems::add);
        assertEquals(List.of("1", "5"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(2L, 3L, 4L), problems.stream().map(ReadProblem::line).toList());
        assertTrue(problems.get(0).reason().startsWith("malformed JSON line"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("no \"text\""), problems.get(1).reason());
        assertTrue(problems.get(2).reason().contains("expected YYYY-MM-DD"), problems.get(2).reason());
        assertEquals(f + ":5", articles.get(1).origin());
    }

    @Test
    void empty_binary_and_non_utf8_files_are_problems(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {'a', 0, 'b'});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 talks\nline two".getBytes(StandardCharsets.ISO_8859_1));
        reader.read(empty, articles::add, problems::add);
        reader.read(binary, articles::add, problems::add);
        reader.read(latin1, articles::add, problems::add);
        assertEquals(List.of(), articles);
        assertTrue(problems.get(0).reason().startsWith("empty"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().startsWith("binary data"), problems.get(1).reason());
        assertTrue(problems.get(2).reason().startsWith("not valid UTF-8"), problems.get(2).reason());
        assertEquals(1, problems.get(2).line());
    }

    @Test
    void standard_input_is_sniffed() {
        reader.read("-", new ByteArrayInputStream("{\"text\":\"Blinken met Lavrov.\",\"id\":\"s\"}".getBytes(StandardCharsets.UTF_8)),
                articles::add, problems::add);
        reader.read("-", new ByteArrayInputStream("Plain words.".getBytes(StandardCharsets.UTF_8)), articles::add, problems::add);
        assertEquals(List.of(), problems);
        assertEquals("s", articles.get(0).id());
        assertEquals("Plain words.", articles.get(1).text());
    }

    @Test
    void publication_date_from_a_full_dateline() {
        Article a = new Article(null, null, null, null, null, "KYIV, Feb. 9, 2023 - Talks resumed.", "t");
        assertEquals(LocalDate.of(2023, 2, 9), a.publicationDate().orElseThrow());
        Article b = new Article(null, null, null, null, null, "Washington. May 20. Talks resumed.", "t");
        assertTrue(b.publicationDate().isEmpty(), "a dateline without year fixes no date");
    }
}
