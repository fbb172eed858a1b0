package org.diplograph.source;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * One article record read from a JSON stream: an object with a string {@code text} and optional {@code id},
 * {@code url}, {@code title}, {@code published} ({@code YYYY-MM-DD}, a longer ISO timestamp is cut to its day) and
 * {@code source}; other fields are skipped without being read into memory.
 *
 * Design decision: the record is read to its end even when a field is wrong, so that the parser stays in step
 * and the next record of a JSON array is read as usual; the problem is returned instead of the article.
 */
final class JsonRecord {
    private static final Set<String> FIELDS = Set.of("id", "url", "title", "published", "source", "text");

    /** An article or the reason the record is not one. */
    record Result(Article article, String problem) {
    }

    private JsonRecord() {
    }

    /** Reads the next value of {@code json} as a record; {@code origin} names it in the article. */
    static Result read(JsonReader json, String origin, ReadLimits limits) throws IOException {
        JsonToken token = json.peek();
        if (token != JsonToken.BEGIN_OBJECT) {
            json.skipValue();
            return new Result(null, "a record must be a JSON object with a \"text\" field, not " + describe(token));
        }
        Map<String, String> values = new HashMap<>();
        String problem = null;
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (!FIELDS.contains(name)) {
                json.skipValue();
                continue;
            }
            JsonToken value = json.peek();
            switch (value) {
                case STRING -> values.put(name, json.nextString());
                case NUMBER -> {
                    if (name.equals("text")) {
                        json.skipValue();
                        problem = first(problem, "\"text\" is a number; it must be a string holding the article");
                    } else {
                        values.put(name, json.nextString()); // an id of 12345 is the id "12345"
                    }
                }
                case NULL -> {
                    json.nextNull();
                    values.remove(name);
                }
                default -> {
                    json.skipValue();
                    problem = first(problem, "\"" + name + "\" is " + describe(value) + "; it must be a string");
                }
            }
        }
        json.endObject();
        if (problem != null) {
            return new Result(null, problem);
        }
        return toArticle(values, origin, limits);
    }

    private static Result toArticle(Map<String, String> values, String origin, ReadLimits limits) {
        String text = values.get("text");
        if (text == null || text.isBlank()) {
            return new Result(null, "record has no \"text\" (or it is empty)");
        }
        String tooLong = Texts.tooLong(text, limits);
        if (tooLong != null) {
            return new Result(null, tooLong);
        }
        LocalDate published = null;
        String date = values.get("published");
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                return new Result(null, "\"published\" is '" + shorten(date) + "', expected YYYY-MM-DD");
            }
        }
        return new Result(new Article(values.get("id"), values.get("url"), values.get("title"), published,
                values.get("source"), text, origin), null);
    }

    private static String first(String earlier, String problem) {
        return earlier != null ? earlier : problem;
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "an array";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case NULL -> "null";
            case STRING -> "a string";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
