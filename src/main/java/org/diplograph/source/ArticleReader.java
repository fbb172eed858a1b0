package org.diplograph.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Reads articles from plain text ({@code .txt} and anything not JSON: one article), JSON ({@code .json}: one record
 * or an array of records) and JSON Lines ({@code .jsonl}, {@code .ndjson}: one record a line), each also gzipped
 * ({@code .gz}, or any input that starts with gzip's magic bytes). A record has a string {@code text} and optional
 * {@code id}, {@code url}, {@code title}, {@code published}, {@code source}.
 *
 * <pre>
 * new ArticleReader(ReadLimits.DEFAULT).read(Path.of("news.jsonl.gz"), articles::add, problems::add);
 * </pre>
 *
 * Design decision: JSON Lines and JSON arrays are streamed, a record at a time, so a feed of any size is read in
 * the memory of one record; every record is bounded ({@link ReadLimits}) in bytes, text length and JSON depth, and
 * Gson's streaming reader (bundled with Jena, iterative, with a nesting limit) never recurses. Problems are
 * reported per record and reading goes on: a bad line of JSON Lines (malformed, not UTF-8, too long) costs that
 * line only. A JSON document cannot be resynchronised after a syntax error, so there the rest of the file is lost,
 * and the problem says so.
 */
public final class ArticleReader {
    private static final int GZIP_MAGIC = 0x8b1f;
    private static final String TROUBLESHOOTING = "\nSee https://github.com/google/gson";

    private final ReadLimits limits;

    public ArticleReader(ReadLimits limits) {
        this.limits = limits;
    }

    public ArticleReader() {
        this(ReadLimits.DEFAULT);
    }

    public enum Format { TEXT, JSON, JSON_LINES }

    /**
     * Reads a file, choosing the format by its extension (after {@code .gz}); a named pipe (not a regular file) is
     * read like standard input.
     */
    public void read(Path file, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        String origin = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (!Files.isRegularFile(file)) {
                read(origin, in, articles, problems);
                return;
            }
            read(origin, decompressed(in), formatOf(file.getFileName().toString()), articles, problems);
        } catch (AccessDeniedException e) {
            problems.accept(new ReadProblem(origin, 0, "cannot read the file: permission denied; skipped (make it readable to ingest it)"));
        } catch (NoSuchFileException e) {
            problems.accept(new ReadProblem(origin, 0, "the file is gone (deleted, or a broken symbolic link); skipped"));
        } catch (IOException e) {
            problems.accept(new ReadProblem(origin, 0, "cannot read the file: " + e.getMessage()));
        }
    }

    /** Reads a stream ({@code -}), gunzipping it if it is gzip, and guessing the format from its first bytes. */
    public void read(String origin, InputStream in, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(decompressed(in), 64 * 1024);
            read(origin, buffered, guessFormat(buffered), articles, problems);
        } catch (IOException e) {
            problems.accept(new ReadProblem(origin, 0, "cannot read: " + e.getMessage()));
        }
    }

    public static Format formatOf(String fileName) {
        String name = withoutGz(fileName.toLowerCase(Locale.ROOT));
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        }
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        return Format.TEXT;
    }

    /** True for the files a folder walk picks up as articles (gzipped ones too). */
    public static boolean isArticleFile(Path file) {
        String name = withoutGz(file.getFileName().toString().toLowerCase(Locale.ROOT));
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static String withoutGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The stream, gunzipped when it starts with gzip's magic bytes (whatever the file is called). */
    static InputStream decompressed(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 64 * 1024);
        b.mark(2);
        int magic = b.read() | (b.read() << 8);
        b.reset();
        return magic == GZIP_MAGIC ? new GZIPInputStream(b, 64 * 1024) : b;
    }

    private void read(String origin, InputStream in, Format format, Consumer<Article> articles, Consumer<ReadProblem> problems)
            throws IOException {
        switch (format) {
            case TEXT -> readText(origin, in, articles, problems);
            case JSON -> readJson(origin, in, articles, problems);
            case JSON_LINES -> readJsonLines(origin, in, articles, problems);
        }
    }

    /**
     * JSON Lines if the first line is a whole JSON value (or is broken in the middle: then it is a bad first line),
     * JSON if it is the start of a value that goes on (a pretty-printed record or an array), text otherwise.
     */
    private Format guessFormat(BufferedInputStream in) throws IOException {
        int budget = limits.maxRecordBytes() + 4;
        in.mark(budget);
        int first = -1;
        for (int i = 0; i < budget; i++) {
            int b = in.read();
            if (b < 0 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                first = b;
                break;
            }
        }
        if (first != '{' && first != '[') {
            in.reset();
            return Format.TEXT;
        }
        StringBuilder line = new StringBuilder().append((char) first);
        for (int b = in.read(); b >= 0 && b != '\n' && line.length() < budget; b = in.read()) {
            line.append((char) b); // bytes as Latin-1: enough to see where the JSON syntax ends
        }
        in.reset();
        if (first == '[') {
            return Format.JSON;
        }
        try {
            JsonReader json = jsonReader(new StringReader(line.toString()));
            json.skipValue();
            return Format.JSON_LINES;
        } catch (EOFException e) {
            return Format.JSON;
        } catch (IOException e) {
            return Format.JSON_LINES;
        }
    }

    private void readText(String origin, InputStream in, Consumer<Article> articles, Consumer<ReadProblem> problems) throws IOException {
        byte[] bytes = in.readNBytes(limits.maxRecordBytes() + 1);
        if (bytes.length > limits.maxRecordBytes()) {
            problems.accept(new ReadProblem(origin, 0, String.format(Locale.ROOT,
                    "over %,d bytes, the limit for one article (--max-record); skipped: split it into articles", limits.maxRecordBytes())));
            return;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.accept(new ReadProblem(origin, 0, "binary data (a NUL byte at offset " + i + "): expected UTF-8 text or JSON"));
                return;
            }
        }
        String content;
        try {
            content = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            problems.accept(new ReadProblem(origin, lineAt(bytes, bad),
                    "not valid UTF-8 (a bad byte near offset " + bad + "); convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8"));
            return;
        }
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        if (content.isBlank()) {
            problems.accept(new ReadProblem(origin, 0, "empty: no article text"));
            return;
        }
        String tooLong = Texts.tooLong(content, limits);
        if (tooLong != null) {
            problems.accept(new ReadProblem(origin, 0, tooLong));
            return;
        }
        articles.accept(new Article(null, null, null, null, null, content, origin));
    }

    /** A JSON document: one record or an array of records, streamed. */
    private void readJson(String origin, InputStream in, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        RecordSizeGuard guard = new RecordSizeGuard(in, limits.maxRecordBytes());
        JsonReader json = jsonReader(new InputStreamReader(guard, utf8Decoder()));
        long index = -1;
        long read = 0;
        try {
            JsonToken top = json.peek();
            if (top == JsonToken.BEGIN_ARRAY) {
                json.beginArray();
                for (index = 0; json.hasNext(); index++) {
                    guard.startRecord();
                    deliver(JsonRecord.read(json, origin + "[" + index + "]", limits), origin, 0, "[" + index + "] ", articles, problems);
                    read++;
                }
                json.endArray();
            } else {
                guard.startRecord();
                deliver(JsonRecord.read(json, origin, limits), origin, 0, "", articles, problems);
                read++;
            }
            if (json.peek() != JsonToken.END_DOCUMENT) {
                problems.accept(new ReadProblem(origin, 0, "more than one JSON value in the file: give one record, an array of records, "
                        + "or one record a line in a .jsonl file; the first value was read"));
            }
        } catch (IOException e) {
            String where = index >= 0 ? "record [" + index + "]: " : "";
            String lost = read > 0 ? "; the " + read + " records before it were read, the rest of the file is not" : "";
            problems.accept(new ReadProblem(origin, 0, where + jsonProblem(e) + lost));
        }
    }

    /** JSON Lines: a line at a time; a bad line is one problem and the next line is read as usual. */
    private void readJsonLines(String origin, InputStream in, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        ByteLines lines = new ByteLines(in, limits.maxRecordBytes());
        long lastLine = 0;
        try {
            for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
                lastLine = line.number();
                readLine(origin, line, articles, problems);
            }
        } catch (IOException e) {
            problems.accept(new ReadProblem(origin, lastLine + 1, "cannot read on from here: " + e.getMessage()
                    + (lastLine > 0 ? "; the " + lastLine + " lines before it were read" : "")));
        }
    }

    private void readLine(String origin, ByteLines.Line line, Consumer<Article> articles, Consumer<ReadProblem> problems) {
        long n = line.number();
        if (line.tooLong()) {
            problems.accept(new ReadProblem(origin, n, String.format(Locale.ROOT,
                    "the line is %,d bytes, over the limit of %,d for one record (--max-record); skipped", line.length(), limits.maxRecordBytes())));
            return;
        }
        byte[] bytes = line.bytes();
        int from = n == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.accept(new ReadProblem(origin, n, "binary data (a NUL byte at column " + (i + 1) + "); the line is skipped"));
                return;
            }
        }
        String text;
        try {
            text = utf8Decoder().decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            problems.accept(new ReadProblem(origin, n, "not valid UTF-8 (a bad byte near column " + (firstBadByte(bytes) + 1)
                    + "); the line is skipped: convert the feed to UTF-8"));
            return;
        }
        if (text.isBlank()) {
            return;
        }
        try {
            JsonReader json = jsonReader(new StringReader(text));
            JsonRecord.Result result = JsonRecord.read(json, origin + ":" + n, limits);
            if (json.peek() != JsonToken.END_DOCUMENT) {
                problems.accept(new ReadProblem(origin, n, "malformed JSON line: more after the record; give one record a line"));
                return;
            }
            deliver(result, origin, n, "", articles, problems);
        } catch (IOException e) {
            problems.accept(new ReadProblem(origin, n, "malformed JSON line: " + jsonProblem(e)));
        }
    }

    private static void deliver(JsonRecord.Result result, String origin, long line, String prefix,
                                Consumer<Article> articles, Consumer<ReadProblem> problems) {
        if (result.article() != null) {
            articles.accept(result.article());
        } else {
            problems.accept(new ReadProblem(origin, line, prefix + result.problem()));
        }
    }

    private JsonReader jsonReader(Reader in) {
        JsonReader json = new JsonReader(in);
        json.setStrictness(Strictness.STRICT);
        json.setNestingLimit(limits.maxJsonDepth());
        return json;
    }

    /** What went wrong in JSON terms, without Gson's link to its troubleshooting page. */
    private String jsonProblem(Exception e) {
        String message = String.valueOf(e.getMessage());
        int link = message.indexOf(TROUBLESHOOTING);
        if (link >= 0) {
            message = message.substring(0, link);
        }
        if (e instanceof RecordSizeGuard.RecordTooLarge) {
            return String.format(Locale.ROOT, "over %,d bytes, the limit for one record (--max-record): give one record a line "
                    + "(JSON Lines) so that only that record is skipped", limits.maxRecordBytes());
        }
        if (e instanceof MalformedInputException || e instanceof CharacterCodingException) {
            return "not valid UTF-8; convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8";
        }
        if (message.startsWith("Nesting limit")) {
            int at = message.indexOf(" at line ");
            int path = message.indexOf(" path ");
            String where = at >= 0 ? message.substring(at, path > at ? path : message.length()) : "";
            return "JSON nested deeper than " + limits.maxJsonDepth() + " levels" + where
                    + ": a record is an object of strings, this is not one";
        }
        if (e instanceof EOFException) {
            return "the JSON ends in the middle of a value (" + message + "): is the file cut short?";
        }
        if (e instanceof MalformedJsonException) {
            return "malformed JSON: " + message;
        }
        return message;
    }

    private static CharsetDecoder utf8Decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return utf8Decoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        utf8Decoder().decode(in, CharBuffer.allocate(bytes.length + 1), true);
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
