package org.diplograph.extract.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplograph.model.Actor;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;

/**
 * Codes each event the way an event coder would, from its class, its trigger words and its arguments, by the rules
 * of event-codes.tsv: "imposed sanctions" is CAMEO 163, "expelled diplomats" 166, "hosted" 043, "mediated" 045,
 * "signed" 057. The first row that fits wins; the last row of each class, with trigger {@code *} and no condition,
 * is the class's own code.
 *
 * <pre>
 * EventCode code = knowledge.codebook().code(frame, sentence);   // e.g. 163 / SANCTION / - / economic
 * </pre>
 *
 * Design decision: a trigger word of a rule matches a word of the event's trigger that starts with it ("expel"
 * matches "expelled", "expels"), so that a domain expert writes lemmas and the coder needs no lemmatizer of its
 * own; irregular forms ("met") are listed beside their lemma.
 */
public final class EventCodebook {
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern PLOVER_TYPE = Pattern.compile("[A-Z]+");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z][a-z_-]*");

    /** One row of event-codes.tsv. */
    record Rule(EventType type, List<List<String>> triggers, List<Condition> conditions, EventCode code) {
        boolean fits(EventFrame ev, List<String> triggerWords, Words words) {
            if (ev.type() != type) {
                return false;
            }
            if (!triggers.isEmpty() && triggers.stream().noneMatch(t -> containsInOrder(triggerWords, t))) {
                return false;
            }
            return conditions.stream().allMatch(c -> c.holds(ev, words));
        }
    }

    /**
     * The words of an event's object and of its sentence, lower case, and the words just before its trigger in that
     * sentence (at most {@link #BEFORE}: the light verb of a noun trigger, "signed an agreement").
     */
    record Words(List<String> object, List<String> sentence, List<String> before) {
    }

    /** How many words before the trigger a {@code before~} condition looks at ("signed a peace agreement"). */
    static final int BEFORE = 4;

    /** A condition on the event's arguments. */
    sealed interface Condition {
        boolean holds(EventFrame ev, Words words);
    }

    /** {@code object~w1|w2}: a word of the object starts with one of these. */
    record ObjectHas(List<String> words) implements Condition {
        public boolean holds(EventFrame ev, Words in) {
            return words.stream().anyMatch(w -> in.object().stream().anyMatch(o -> o.startsWith(w)));
        }
    }

    /** {@code sentence~w1|w2}: a word of the sentence the event was read from starts with one of these. */
    record SentenceHas(List<String> words) implements Condition {
        public boolean holds(EventFrame ev, Words in) {
            return words.stream().anyMatch(w -> in.sentence().stream().anyMatch(o -> o.startsWith(w)));
        }
    }

    /**
     * {@code before~w1|w2}: one of the words just before the trigger is w1 or w2, or one of them with a regular ending
     * (-s, -es, -d, -ed, -ing): "sign" matches "signed an agreement", not "a significant agreement".
     */
    record BeforeHas(List<String> words) implements Condition {
        public boolean holds(EventFrame ev, Words in) {
            return in.before().stream().anyMatch(b -> words.stream().anyMatch(w -> inflectionOf(b, w)));
        }
    }

    static boolean inflectionOf(String word, String lemma) {
        if (!word.startsWith(lemma)) {
            return false;
        }
        String ending = word.substring(lemma.length());
        return ending.isEmpty() || List.of("s", "es", "d", "ed", "ing").contains(ending);
    }

    /** {@code venue} / {@code no-venue}: the event has (or has not) a venue: the parties met at a third place. */
    record HasVenue(boolean wanted) implements Condition {
        public boolean holds(EventFrame ev, Words in) {
            return (ev.venue() != null) == wanted;
        }
    }

    /** {@code target} / {@code no-target}: the event has (or has not) a target. */
    record HasTarget(boolean wanted) implements Condition {
        public boolean holds(EventFrame ev, Words in) {
            return !ev.targets().isEmpty() == wanted;
        }
    }

    /** {@code target-kind=state|organization|person}: some target is of that kind. */
    record TargetKind(String kind) implements Condition {
        public boolean holds(EventFrame ev, Words in) {
            return ev.targets().stream().map(Actor::kind).anyMatch(k -> k.name().equalsIgnoreCase(kind));
        }
    }

    private final List<Rule> rules;

    EventCodebook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The code of the event read from that sentence: the first rule that fits it. Every class has a default rule, so
     * there is always one.
     */
    public EventCode code(EventFrame ev, String sentence) {
        return code(ev, sentence, -1);
    }

    /**
     * The code of the event read from that sentence, whose trigger begins at character {@code triggerAt} of the
     * sentence (-1 when not known: then where the trigger's first word first stands in it).
     */
    public EventCode code(EventFrame ev, String sentence, int triggerAt) {
        List<String> trigger = words(ev.trigger());
        String text = sentence == null ? "" : sentence;
        int at = triggerAt;
        if (at < 0 || at > text.length()) {
            at = trigger.isEmpty() ? -1 : text.toLowerCase(Locale.ROOT).indexOf(trigger.get(0));
        }
        List<String> before = at < 0 ? List.of() : words(text.substring(0, at));
        before = before.subList(Math.max(0, before.size() - BEFORE), before.size());
        Words in = new Words(words(ev.object()), words(sentence), before);
        for (Rule r : rules) {
            if (r.fits(ev, trigger, in)) {
                return r.code();
            }
        }
        throw new IllegalStateException("event-codes.tsv has no default row for " + ev.type().localName());
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * True when the words hold the phrase: each phrase word starts a word, in order, with at most two other words
     * between two of them ("recall ambassador" in "recalled its ambassador", "put name" in "put their names to").
     */
    private static boolean containsInOrder(List<String> words, List<String> phrase) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).startsWith(phrase.get(0)) && restFollows(words, i + 1, phrase, 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean restFollows(List<String> words, int from, List<String> phrase, int next) {
        if (next == phrase.size()) {
            return true;
        }
        for (int j = from; j < words.size() && j <= from + 2; j++) {
            if (words.get(j).startsWith(phrase.get(next)) && restFollows(words, j + 1, phrase, next + 1)) {
                return true;
            }
        }
        return false;
    }

    static EventCodebook load(List<Tsv.Row> rows) {
        List<Rule> rules = new ArrayList<>();
        Set<EventType> defaults = EnumSet.noneOf(EventType.class);
        for (Tsv.Row r : rows) {
            EventType type;
            try {
                type = EventType.fromName(r.get("class"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage() + " (class must be an event class of the ontology: PhoneCall, Meeting, Sanction ...)");
            }
            if (defaults.contains(type)) {
                throw r.error("this row comes after the default row of " + type.localName()
                        + " (trigger * and no condition), so it can never apply: move it above");
            }
            String trigger = r.get("trigger");
            List<List<String>> triggers = trigger.equals("*") ? List.of()
                    : r.list("trigger").stream().map(t -> List.of(t.toLowerCase(Locale.ROOT).split("\\s+"))).toList();
            if (trigger.isEmpty()) {
                throw r.error("no trigger: give the trigger words (lemmas, | between alternatives) or * for any");
            }
            List<Condition> conditions = new ArrayList<>();
            for (String c : Arrays.stream(r.get("condition").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()) {
                conditions.add(condition(r, c));
            }
            String cameo = r.get("cameo");
            if (!CAMEO.matcher(cameo).matches()) {
                throw r.error("CAMEO code '" + cameo + "' must be 2 to 4 digits, leading zeros kept (\"043\", \"1621\")");
            }
            String type2 = r.get("plover_type");
            if (!type2.isEmpty() && !PLOVER_TYPE.matcher(type2).matches()) {
                throw r.error("PLOVER type '" + type2 + "' must be upper case (CONSULT, SANCTION ...), or - for none");
            }
            String mode = r.get("plover_mode");
            String context = r.get("plover_context");
            for (String v : List.of(mode, context)) {
                if (!v.isEmpty() && !LOWER_WORD.matcher(v).matches()) {
                    throw r.error("PLOVER mode and context are lower-case words (phone, third-party, economic), not '" + v + "'");
                }
            }
            if (!mode.isEmpty() && type2.isEmpty()) {
                throw r.error("a PLOVER mode needs a PLOVER type");
            }
            rules.add(new Rule(type, triggers, conditions, new EventCode(cameo, blank(type2), blank(mode), blank(context))));
            if (triggers.isEmpty() && conditions.isEmpty()) {
                defaults.add(type);
            }
        }
        Set<EventType> missing = EnumSet.allOf(EventType.class);
        missing.removeAll(defaults);
        if (!missing.isEmpty()) {
            String file = rows.isEmpty() ? "event-codes.tsv" : rows.get(0).file();
            throw new IllegalStateException(file + ": no default row (trigger *, no condition) for "
                    + missing.stream().map(EventType::localName).toList() + ": every event class needs one");
        }
        return new EventCodebook(rules);
    }

    private static Condition condition(Tsv.Row r, String c) {
        if (c.startsWith("before~")) {
            List<String> words = Arrays.stream(c.substring(7).split("\\|")).map(w -> w.strip().toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                throw r.error("condition '" + c + "' names no word: write before~word|word");
            }
            return new BeforeHas(words);
        }
        if (c.startsWith("object~") || c.startsWith("sentence~")) {
            int tilde = c.indexOf('~');
            List<String> words = Arrays.stream(c.substring(tilde + 1).split("\\|")).map(w -> w.strip().toLowerCase(Locale.ROOT))
                    .filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) {
                throw r.error("condition '" + c + "' names no word: write " + c.substring(0, tilde) + "~word|word");
            }
            return c.startsWith("object~") ? new ObjectHas(words) : new SentenceHas(words);
        }
        if (c.startsWith("target-kind=")) {
            String kind = c.substring(12).strip();
            if (!Set.of("state", "organization", "person").contains(kind)) {
                throw r.error("condition '" + c + "': the kind is state, organization or person");
            }
            return new TargetKind(kind);
        }
        return switch (c) {
            case "venue" -> new HasVenue(true);
            case "no-venue" -> new HasVenue(false);
            case "target" -> new HasTarget(true);
            case "no-target" -> new HasTarget(false);
            default -> throw r.error("unknown condition '" + c + "': write object~word|word, sentence~word|word, before~word|word, venue, no-venue, target, "
                    + "no-target or target-kind=state|organization|person, ; between several");
        };
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
