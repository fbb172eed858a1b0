package org.diplograph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A gold article: the text file {@code NNN.txt} and its hand annotation {@code NNN.json} (format:
 * ../shared/spec/CONTRACT.md, "Gold annotations").
 *
 * <pre>
 * GoldArticle gold = GoldArticle.read(Path.of("eval/dev/002-un-veto.json"));
 * </pre>
 *
 * @param id        the file name without its extension ("002-un-veto")
 * @param text      the article file beside the annotation
 * @param published the publication date the annotation gives, or null
 * @param events    the asserted events, in the order of the file (matching follows it)
 * @param modal     the expected, negated and hypothetical events
 * @param actors    the actors of the article
 */
public record GoldArticle(String id, Path text, LocalDate published, List<GoldEvent> events, List<GoldEvent> modal,
                          List<GoldActor> actors) {
    /** The event class local names of the ontology a gold event may use. */
    public static final Set<String> EVENT_TYPES = Set.of("PhoneCall", "Meeting", "Visit", "Talks", "Consult",
            "Communication", "Statement", "Support", "Oppose", "Block", "Propose", "Appeal", "Agree", "Reject",
            "Condemn", "Threaten", "Sanction", "Event");
    private static final Set<String> MODALITIES = Set.of("Asserted", "Expected", "Negated", "Hypothetical");
    private static final Set<String> KINDS = Set.of("Person", "State", "Organization");

    public GoldArticle {
        events = List.copyOf(events);
        modal = List.copyOf(modal);
        actors = List.copyOf(actors);
    }

    /** Thrown when an annotation file cannot be read or breaks the format; the message names what and where. */
    public static final class FormatException extends Exception {
        public FormatException(String message) {
            super(message);
        }
    }

    /** Reads every file it can; each one that cannot be read is handed to {@code unreadable} and left out. */
    public static List<GoldArticle> readAll(List<Path> jsons, java.util.function.BiConsumer<Path, FormatException> unreadable) {
        List<GoldArticle> out = new ArrayList<>();
        for (Path f : jsons) {
            try {
                out.add(read(f));
            } catch (FormatException e) {
                unreadable.accept(f, e);
            }
        }
        return out;
    }

    /** Reads {@code NNN.json}; the article is the {@code NNN.txt} beside it. */
    public static GoldArticle read(Path json) throws FormatException {
        String name = json.getFileName().toString();
        String id = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        JsonValue root;
        try {
            root = JSON.parseAny(Files.readString(json));
        } catch (IOException e) {
            throw new FormatException("cannot read the file: " + e.getMessage());
        } catch (JsonException e) {
            throw new FormatException("not valid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's JSON parser fails with a NullPointerException on some truncated files
            throw new FormatException("not valid JSON: the parser stopped (" + e.getClass().getSimpleName()
                    + "); check that every brace and bracket is closed");
        }
        if (!root.isObject()) {
            throw new FormatException("the annotation must be a JSON object with \"events\", found " + kindOf(root));
        }
        JsonObject o = root.getAsObject();
        LocalDate published = null;
        String date = string(o, "published", "the annotation");
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new FormatException("\"published\" is '" + date + "', expected YYYY-MM-DD");
            }
        }
        if (o.get("events") == null) {
            throw new FormatException("no \"events\" list; an article without events has \"events\": []");
        }
        return new GoldArticle(id, json.resolveSibling(id + ".txt"), published,
                events(o, "events", false), events(o, "modal_events", true), actors(o));
    }

    private static List<GoldEvent> events(JsonObject o, String key, boolean modal) throws FormatException {
        List<GoldEvent> out = new ArrayList<>();
        int n = 0;
        for (JsonObject e : objects(o, key)) {
            String where = key + "[" + n++ + "]";
            String type = string(e, "type", where);
            if (type == null || !EVENT_TYPES.contains(type)) {
                throw new FormatException(where + ": \"type\" is " + (type == null ? "missing" : "'" + type + "'")
                        + ", expected one of the event classes " + new java.util.TreeSet<>(EVENT_TYPES));
            }
            String date = string(e, "date", where);
            if (date != null) {
                try {
                    LocalDate.parse(date);
                } catch (DateTimeParseException ex) {
                    throw new FormatException(where + ": \"date\" is '" + date + "', expected YYYY-MM-DD or null");
                }
            }
            String modality = modal ? string(e, "modality", where) : null;
            if (modal && (modality == null || !MODALITIES.contains(modality))) {
                throw new FormatException(where + ": \"modality\" is " + (modality == null ? "missing" : "'" + modality + "'")
                        + ", expected Expected, Negated or Hypothetical");
            }
            out.add(new GoldEvent(type, names(e, "agent", where), names(e, "target", where), date, modality,
                    string(e, "evidence", where)));
        }
        return out;
    }

    private static List<GoldActor> actors(JsonObject o) throws FormatException {
        List<GoldActor> out = new ArrayList<>();
        int n = 0;
        for (JsonObject a : objects(o, "actors")) {
            String where = "actors[" + n++ + "]";
            String name = string(a, "name", where);
            if (name == null || name.isBlank()) {
                throw new FormatException(where + ": no \"name\"");
            }
            String kind = string(a, "kind", where);
            if (kind != null && !KINDS.contains(kind)) {
                throw new FormatException(where + " (" + name + "): \"kind\" is '" + kind + "', expected Person, State or Organization");
            }
            out.add(new GoldActor(name, kind, string(a, "role", where), string(a, "country", where),
                    names(a, "aliases_in_text", where)));
        }
        return out;
    }

    private static List<JsonObject> objects(JsonObject o, String key) throws FormatException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new FormatException("\"" + key + "\" must be a list, found " + kindOf(v));
        }
        List<JsonObject> out = new ArrayList<>();
        int n = 0;
        for (JsonValue item : v.getAsArray()) {
            if (!item.isObject()) {
                throw new FormatException(key + "[" + n + "] must be an object, found " + kindOf(item));
            }
            out.add(item.getAsObject());
            n++;
        }
        return out;
    }

    /** A name, a list of acceptable names (a null among them matches nothing), or null (none). */
    private static List<String> names(JsonObject o, String key, String where) throws FormatException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isString()) {
            return List.of(v.getAsString().value());
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonValue item : v.getAsArray()) {
                if (item.isNull()) {
                    // the reference scorer keeps the list (so the role is not left open) and skips the null in it:
                    // an empty name, which matches nothing, does the same
                    out.add("");
                    continue;
                }
                if (!item.isString()) {
                    throw new FormatException(where + ": \"" + key + "\" lists " + kindOf(item) + ", expected names (strings) or null");
                }
                out.add(item.getAsString().value());
            }
            return out;
        }
        throw new FormatException(where + ": \"" + key + "\" is " + kindOf(v) + ", expected a name, a list of names or null");
    }

    private static String string(JsonObject o, String key, String where) throws FormatException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new FormatException(where + ": \"" + key + "\" is " + kindOf(v) + ", expected a string or null");
        }
        return v.getAsString().value();
    }

    private static String kindOf(JsonValue v) {
        if (v.isObject()) return "an object";
        if (v.isArray()) return "a list";
        if (v.isNumber()) return "a number (" + v + ")";
        if (v.isBoolean()) return "a boolean (" + v + ")";
        if (v.isNull()) return "null";
        return "a string ('" + v.getAsString().value() + "')";
    }
}
