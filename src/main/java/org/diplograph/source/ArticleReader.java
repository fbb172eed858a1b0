package org.diplograph.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads articles from plain text ({@code .txt} and anything not JSON), JSON ({@code .json}: one record or an
 * array of records) and JSON Lines ({@code .jsonl}, {@code .ndjson}: one record a line). A record has
 * {@code text} and optional {@code id}, {@code url}, {@code title}, {@code published}, {@code source}.
 *
 * <pre>
 * new ArticleReader().read(Path.of("news.jsonl"), articles::add, problems::add);
 * </pre>
 *
 * Design decision: problems are reported per record and reading goes on, so one bad line never costs the
 * other articles of the file; what cannot be read at all (binary, not UTF-8, too big) is one problem.
 */
public final class ArticleReader {
    /** Files above this size are refused: no news article is that long, and reading it would cost memory. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public enum Format { TEXT, JSON, JSON_LINES }

    /** Reads a file, choosing the format by its extension. */
    public void read(Path file, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.accept(new ReadProblem(origin, 0, "file is " + size + " bytes, over the limit of " + MAX_BYTES
                        + " bytes for one input; split it into one article a file or use JSON Lines"));
                return;
            }
            read(origin, Files.readAllBytes(file), formatOf(file.getFileName().toString()), articles, problems);
        } catch (IOException e) {
            problems.accept(new ReadProblem(origin, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    /** Reads a stream ({@code -}), guessing the format from its first character. */
    public void read(String origin, InputStream in, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                problems.accept(new ReadProblem(origin, 0, "input is over the limit of " + MAX_BYTES + " bytes"));
                return;
            }
            read(origin, bytes, null, articles, problems);
        } catch (IOException e) {
            problems.accept(new ReadProblem(origin, 0, "cannot read: " + e.getMessage()));
        }
    }

    public static Format formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        return Format.TEXT;
    }

    /** True for the files a folder walk picks up as articles. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private void read(String origin, byte[] bytes, Format format, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.accept(new ReadProblem(origin, 0, "binary data (a NUL byte at offset " + i + "): expected UTF-8 text or JSON"));
                return;
            }
        }
        String content;
        try {
            content = decodeUtf8(bytes);
        } catch (MalformedInputException e) {
            problems.accept(new ReadProblem(origin, lineAt(bytes, firstBadByte(bytes)),
                    "not valid UTF-8 (a bad byte near offset " + firstBadByte(bytes) + "); convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8"));
            return;
        } catch (CharacterCodingException e) {
            problems.accept(new ReadProblem(origin, 0, "not valid UTF-8: " + e.getMessage()));
            return;
        }
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            problems.accept(new ReadProblem(origin, 0, "empty: no article text"));
            return;
        }
        if (format == null) {
            format = guessFormat(content);
        }
        switch (format) {
            case TEXT -> articles.accept(new Article(null, null, null, null, null, content, origin));
            case JSON -> readJson(origin, content, articles, problems);
            case JSON_LINES -> readJsonLines(origin, content, articles, problems);
        }
    }

    private static Format guessFormat(String content) {
        String t = content.stripLeading();
        if (t.startsWith("[")) {
            return Format.JSON;
        }
        if (t.startsWith("{")) {
            String[] lines = t.split("\n");
            long records = java.util.Arrays.stream(lines).filter(l -> l.stripLeading().startsWith("{")).count();
            return records > 1 && lines[0].strip().endsWith("}") ? Format.JSON_LINES : Format.JSON;
        }
        return Format.TEXT;
    }

    private void readJson(String origin, String content, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        JsonValue value;
        try {
            value = JSON.parseAny(content);
        } catch (JsonException e) {
            problems.accept(new ReadProblem(origin, 0, "malformed JSON: " + e.getMessage()));
            return;
        }
        if (value.isArray()) {
            JsonArray array = value.getAsArray();
            for (int i = 0; i < array.size(); i++) {
                toArticle(origin + "[" + i + "]", array.get(i), origin, 0, articles, problems);
            }
        } else {
            toArticle(origin, value, origin, 0, articles, problems);
        }
    }

    private void readJsonLines(String origin, String content, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonValue value;
            try {
                value = JSON.parseAny(line);
            } catch (JsonException e) {
                problems.accept(new ReadProblem(origin, i + 1, "malformed JSON line: " + e.getMessage()));
                continue;
            }
            toArticle(origin + ":" + (i + 1), value, origin, i + 1, articles, problems);
        }
    }

    private void toArticle(String recordOrigin, JsonValue value, String file, long line,
                           Consumer<Article> articles, Consumer<ReadProblem> problems) {
        if (!value.isObject()) {
            problems.accept(new ReadProblem(file, line, "a record must be a JSON object with a \"text\" field"));
            return;
        }
        JsonObject o = value.getAsObject();
        String text = string(o, "text");
        if (text == null || text.isBlank()) {
            problems.accept(new ReadProblem(file, line, "record has no \"text\" (or it is empty)"));
            return;
        }
        LocalDate published = null;
        String date = string(o, "published");
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                problems.accept(new ReadProblem(file, line, "\"published\" is '" + date + "', expected YYYY-MM-DD"));
                return;
            }
        }
        articles.accept(new Article(string(o, "id"), string(o, "url"), string(o, "title"), published,
                string(o, "source"), text, recordOrigin));
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return v.getAsNumber().value().toString();
        }
        return v.toString();
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static long lineAt(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') line++;
        }
        return line;
    }
}
