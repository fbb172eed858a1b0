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

    @Test
    void a_deeply_nested_json_file_is_one_problem_and_the_next_file_is_read(@TempDir Path dir) throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(3000) + "]".repeat(3000));
        Path deepLine = Files.writeString(dir.resolve("deep.jsonl"), "{\"text\":" + "[".repeat(3000) + "]".repeat(3000) + "}\n"
                + "{\"id\":\"after\",\"text\":\"Wang Yi met Blinken.\"}\n");
        Path fine = Files.writeString(dir.resolve("fine.json"), "{\"id\":\"fine\",\"text\":\"Blinken met Lavrov.\"}");

        reader.read(deep, articles::add, problems::add);
        reader.read(deepLine, articles::add, problems::add);
        reader.read(fine, articles::add, problems::add);

        assertEquals(List.of("after", "fine"), articles.stream().map(Article::id).toList());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().contains("JSON nested deeper than " + ReadLimits.DEFAULT_MAX_JSON_DEPTH + " levels"), problems.get(0).reason());
        assertEquals(deepLine.toString(), problems.get(1).origin());
        assertEquals(1, problems.get(1).line());
        assertTrue(problems.get(1).reason().contains("nested deeper"), problems.get(1).reason());
    }

    @Test
    void a_bad_byte_costs_its_line_only(@TempDir Path dir) throws IOException {
        byte[] good1 = "{\"id\":\"1\",\"text\":\"Blinken met Lavrov.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"2\",\"text\":\"Caf\u00e9 talks.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] nul = "{\"id\":\"3\",\"text\":\"a\u0000b\"}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] good2 = "{\"id\":\"4\",\"text\":\"Wang Yi met Blinken.\"}".getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("feed.jsonl"), concat(good1, bad, nul, good2));

        reader.read(f, articles::add, problems::add);

        assertEquals(List.of("1", "4"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(2L, 3L), problems.stream().map(ReadProblem::line).toList());
        assertTrue(problems.get(0).reason().startsWith("not valid UTF-8"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().startsWith("binary data"), problems.get(1).reason());
    }

    @Test
    void text_must_be_a_string(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("types.jsonl"), """
                {"id":"n","text":42}
                {"id":"o","text":{"body":"Blinken met Lavrov."}}
                {"id":"a","text":["Blinken met Lavrov."]}
                {"id":7,"text":"Wang Yi met Blinken."}
                {"id":"t","title":{"x":1},"text":"Wang Yi met Blinken."}
                """);

        reader.read(f, articles::add, problems::add);

        assertEquals(List.of("7"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(1L, 2L, 3L, 5L), problems.stream().map(ReadProblem::line).toList());
        assertTrue(problems.get(0).reason().contains("\"text\" is a number; it must be a string"), problems.get(0).reason());
        assertTrue(problems.get(1).reason().contains("\"text\" is an object"), problems.get(1).reason());
        assertTrue(problems.get(2).reason().contains("\"text\" is an array"), problems.get(2).reason());
        assertTrue(problems.get(3).reason().contains("\"title\" is an object"), problems.get(3).reason());
    }

    @Test
    void records_over_the_budgets_are_per_record_failures(@TempDir Path dir) throws IOException {
        ArticleReader small = new ArticleReader(new ReadLimits(1000, 4096, 32));
        String word = "a".repeat(2000);
        Path f = Files.writeString(dir.resolve("big.jsonl"), "{\"id\":\"word\",\"text\":\"" + word + "\"}\n"
                + "{\"id\":\"html\",\"html\":\"" + "x".repeat(10_000) + "\",\"text\":\"Blinken met Lavrov.\"}\n"
                + "{\"id\":\"ok\",\"html\":\"" + "x".repeat(3000) + "\",\"text\":\"Wang Yi met Blinken.\"}\n");
        Path text = Files.writeString(dir.resolve("word.txt"), word);
        Path array = Files.writeString(dir.resolve("array.json"), "[{\"id\":\"a1\",\"text\":\"Blinken met Lavrov.\"},"
                + "{\"id\":\"a2\",\"text\":\"" + word + "\"},{\"id\":\"a3\",\"text\":\"Wang Yi met Blinken.\"}]");

        small.read(f, articles::add, problems::add);
        small.read(text, articles::add, problems::add);
        small.read(array, articles::add, problems::add);

        assertEquals(List.of("ok", "a1", "a3"), articles.stream().map(Article::id).toList());
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().contains("the text is 2,000 characters, over the limit of 1,000"), problems.get(0).reason());
        assertEquals(2, problems.get(1).line());
        assertTrue(problems.get(1).reason().contains("over the limit of 4,096 for one record"), problems.get(1).reason());
        assertTrue(problems.get(2).reason().contains("the text is 2,000 characters"), problems.get(2).reason());
        assertTrue(problems.get(3).reason().startsWith("[1] the text is 2,000 characters"), problems.get(3).reason());
    }

    @Test
    void gzip_is_read_from_files_and_standard_input(@TempDir Path dir) throws IOException {
        byte[] feed = gzip("{\"id\":\"g1\",\"text\":\"Blinken met Lavrov.\"}\n{\"id\":\"g2\",\"text\":\"Wang Yi met Blinken.\"}\n");
        Path f = Files.write(dir.resolve("feed.jsonl.gz"), feed);

        reader.read(f, articles::add, problems::add);
        reader.read("-", new ByteArrayInputStream(feed), articles::add, problems::add);

        assertEquals(List.of(), problems);
        assertEquals(List.of("g1", "g2", "g1", "g2"), articles.stream().map(Article::id).toList());
        assertEquals(f + ":2", articles.get(1).origin());
        assertEquals("-:2", articles.get(3).origin());
        assertTrue(ArticleReader.isArticleFile(f));
    }

    @Test
    void standard_input_tells_json_lines_from_a_pretty_printed_record_and_an_array() {
        reader.read("-", stream("""
                {
                  "id": "pretty",
                  "text": "Blinken met Lavrov."
                }
                """), articles::add, problems::add);
        reader.read("-", stream("""
                {"id":"l1","text":"Blinken met Lavrov."}
                {"id":"l2","text": broken
                {"id":"l3","text":"Wang Yi met Blinken."}
                """), articles::add, problems::add);
        reader.read("-", stream("[{\"id\":\"e1\",\"text\":\"Blinken met Lavrov.\"}]"), articles::add, problems::add);

        assertEquals(List.of("pretty", "l1", "l3", "e1"), articles.stream().map(Article::id).toList());
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
    }

    @Test
    void a_cut_gzip_stream_keeps_the_records_before_the_cut(@TempDir Path dir) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record ").append(i).append(" of a feed: ")
                    .append(Integer.toHexString(i * 7919)).append(".\"}\n");
        }
        byte[] full = gzip(lines.toString());
        Path f = Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(full, full.length / 2));

        reader.read(f, articles::add, problems::add);

        assertTrue(articles.size() > 100 && articles.size() < 2000, "read " + articles.size());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).reason().startsWith("cannot read on from here"), problems.get(0).reason());
        assertTrue(problems.get(0).reason().contains("lines before it were read"), problems.get(0).reason());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String s) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
