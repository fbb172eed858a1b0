package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Modality;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Token;

/**
 * The day of an event: a date in its own clause, else one the sentence gives ("On Sunday, Wang met Ri and urged
 * him"); a clause counted from the rest of the sentence ("a day after Trudeau accused India") lies that many days
 * from it; a sentence without a day of its own can take one from the events told before it ("the following day",
 * "At that meeting, ...").
 */
final class EventDating {
    private final DateResolver dates;

    EventDating(WordLists words) {
        this.dates = new DateResolver(words);
    }

    /**
     * The day of the event whose trigger starts at {@code head}, in the clause [{@code clauseStart}, {@code clauseEnd}),
     * or null. A {@code ground} (the grievance a measure answers: "over her visit to Taiwan earlier this week") has a
     * time of its own and takes only a day told after its noun.
     */
    LocalDate dayOf(SentenceView v, int head, int clauseStart, int clauseEnd, boolean ground, Modality told,
            LocalDate published, List<EventFrame> earlier) {
        int to = Math.min(v.size(), clauseEnd + 2);
        List<DayOffset> offsets = DayOffset.in(v);
        for (DayOffset offset : offsets) {
            if (offset.holds(head)) {
                return dayCountedFrom(v, offset, head, told, published, earlier);
            }
        }
        IntPredicate counted = k -> offsets.stream().anyMatch(o -> o.covers(k));
        if (ground) {
            return dates.resolve(v.sentence, head, to, head, published, told, counted).orElse(null);
        }
        return dates.resolve(v.sentence, clauseStart, to, head, published, told, counted)
                .or(() -> dates.resolve(v.sentence, 0, v.size(), head, published, told, counted))
                .or(() -> dayBeforeACountedOne(v, offsets, head, told, published))
                .or(() -> dayAfterTheLast(v, earlier))
                .or(() -> dayOfTheOccasion(v, earlier))
                .or(() -> dayOfTheEpisode(v, head, told, published, earlier))
                .orElse(null);
    }

    /**
     * An event told in a counted stretch: its own day when the stretch gives one ("a day after Putin said on Friday"),
     * else the day of the clause it hangs on moved by the count. That clause's day is the one it gives, or when it
     * is an occasion told before ("The visit came three days after Orban travelled to Kyiv"), that occasion's.
     */
    private LocalDate dayCountedFrom(SentenceView v, DayOffset offset, int head, Modality told, LocalDate published,
            List<EventFrame> earlier) {
        Optional<LocalDate> own = dayInStretch(v, offset, head, told, published);
        if (own.isPresent() || offset.days().isEmpty()) {
            return own.orElse(null);
        }
        // the day of the outer clause was told as done (or is about to be): resolve it as such, not as the event is
        Optional<LocalDate> outer = dates.resolve(v.sentence, 0, v.size(), offset.start(), published, Modality.ASSERTED, offset::covers)
                .or(() -> occasionOfTheOuterClause(v, offset, earlier));
        boolean done = told == Modality.ASSERTED || told == Modality.NEGATED;
        // what is told as done happened by the day it is told
        return outer.map(d -> d.plusDays(offset.days().getAsLong())).filter(d -> !done || published == null || !d.isAfter(published)).orElse(null);
    }

    /** "The summit opened a day after Putin said on Friday that ...": the outer clause from the day of the stretch. */
    private Optional<LocalDate> dayBeforeACountedOne(SentenceView v, List<DayOffset> offsets, int head, Modality told, LocalDate published) {
        for (DayOffset offset : offsets) {
            if (offset.days().isPresent()) {
                Optional<LocalDate> inner = dayInStretch(v, offset, head, told, published);
                if (inner.isPresent()) {
                    return Optional.of(inner.get().minusDays(offset.days().getAsLong()));
                }
            }
        }
        return Optional.empty();
    }

    /** The day the counted stretch itself gives ("a day after Putin said on Friday"), if any. */
    private Optional<LocalDate> dayInStretch(SentenceView v, DayOffset offset, int head, Modality told, LocalDate published) {
        return dates.resolve(v.sentence, offset.innerStart(), offset.innerEnd(), head, published, told);
    }

    /**
     * "The visit came three days after ...", "His announcement came a day after ...": the subject of the clause the
     * stretch hangs on is an occasion told before; the day of the last event of the classes its noun names.
     */
    private static Optional<LocalDate> occasionOfTheOuterClause(SentenceView v, DayOffset offset, List<EventFrame> earlier) {
        Parse parse = v.sentence.parse();
        if (parse == null || offset.governed() < 0) {
            return Optional.empty();
        }
        int outer = parse.head(offset.governed());
        if (outer < 0) {
            return Optional.empty();
        }
        for (int subject : parse.dependents(outer, "nsubj")) {
            if (subject < offset.start() && v.mentionAt(subject) == null) {
                Optional<Set<String>> classes = occasionClasses(v, v.token(subject).text().toLowerCase(Locale.ROOT));
                if (classes.isPresent()) {
                    // an occasion told before this sentence: the stretch's own events are no part of it
                    return dayOfTheLast(classes.get(), earlier.stream().filter(e -> !e.sentences().contains(v.sentence.index())).toList());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "responded that same night", "the following day": so many days after the last event told with a day, when
     * the sentence says so (the relative-days list) and gives no day of its own.
     */
    private static Optional<LocalDate> dayAfterTheLast(SentenceView v, List<EventFrame> earlier) {
        String text = " " + String.join(" ", v.sentence.tokens().stream().map(tk -> tk.text().toLowerCase(Locale.ROOT)).toList()) + " ";
        for (java.util.Map.Entry<String, Long> phrase : v.words.numbered(WordLists.Name.RELATIVE_DAYS).entrySet()) {
            if (!text.contains(" " + phrase.getKey() + " ")) {
                continue;
            }
            long days = phrase.getValue();
            for (int i = earlier.size() - 1; i >= 0; i--) {
                if (earlier.get(i).date() != null) {
                    return Optional.of(earlier.get(i).date().plusDays(days));
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "At the start of the meeting, Modi welcomed ...", "In that statement she urged ...": a sentence that opens
     * with a preposition and an occasion already told ("the", "that" or a possessive before a noun of the
     * occasion-nouns list, before the first comma) happened on the day of the last event of the classes that noun
     * names, when that event has a day.
     */
    private static Optional<LocalDate> dayOfTheOccasion(SentenceView v, List<EventFrame> earlier) {
        if (v.size() < 4 || !"ADP".equals(v.token(0).pos())) {
            return Optional.empty();
        }
        boolean pointsBack = false;
        for (int k = 1; k < v.size() && k < 9 && !v.token(k).text().equals(","); k++) {
            String w = v.token(k).text().toLowerCase(Locale.ROOT);
            pointsBack |= w.equals("the") || w.equals("that") || w.equals("this") || v.words.has(WordLists.Name.POSSESSIVES, w);
            if (!pointsBack || !v.token(k).isNoun()) {
                continue;
            }
            String noun = k + 1 < v.size() && v.token(k + 1).isNoun() ? w + " " + v.token(k + 1).text().toLowerCase(Locale.ROOT) : w;
            Optional<Set<String>> classes = occasionClasses(v, noun).or(() -> occasionClasses(v, w));
            if (classes.isPresent()) {
                return dayOfTheLast(classes.get(), earlier);
            }
        }
        return Optional.empty();
    }

    /**
     * "President Obama spoke with President Putin this afternoon. ... He proposed that observers be sent": a sentence
     * that goes on telling, in the simple past, the episode one of the two sentences before it dated happened that day, when
     * it names no time of its own (the episode-breaks list: "in June", "last week", "previously"). Told in another
     * tense ("has said", "had arrived", "condemns") or after sentences with no event of that day, it gets none.
     */
    private static Optional<LocalDate> dayOfTheEpisode(SentenceView v, int head, Modality told, LocalDate published,
            List<EventFrame> earlier) {
        int here = v.sentence.index();
        if (told != Modality.ASSERTED || !toldInTheSimplePast(v, head) || namesATimeOfItsOwn(v)) {
            return Optional.empty();
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            // (one sentence between may be a stance of the moment, "The United States condemns ...", no new episode)
            if (e.firstSentence() < here - 2) {
                break;
            }
            boolean doneThatDay = e.modality() == Modality.ASSERTED && e.date() != null
                    && (published == null || !e.date().isAfter(published));
            if (doneThatDay && !e.sentences().contains(here)) {
                return Optional.of(e.date());
            }
        }
        return Optional.empty();
    }

    /**
     * The verb that tells the event (the trigger, or for a noun the verb it hangs on: "lodged a protest") is a past
     * form with no auxiliary: "met", "told", "was summoned"; not "had met", "has said", "says", "will meet".
     */
    private static boolean toldInTheSimplePast(SentenceView v, int head) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return false;
        }
        int verb = head;
        while (verb >= 0 && !v.token(verb).isVerb()) {
            verb = parse.head(verb);
        }
        if (verb < 0) {
            return false;
        }
        Token form = v.token(verb);
        String text = form.text().toLowerCase(Locale.ROOT);
        if (text.equals(form.lemma()) || text.endsWith("ing") || text.equals(form.lemma() + "s") || text.equals(form.lemma() + "es")) {
            return false;
        }
        if (!parse.dependents(verb, "aux").isEmpty()) {
            return false;
        }
        for (int aux : parse.dependents(verb, "aux:pass")) {
            String be = v.token(aux).text().toLowerCase(Locale.ROOT);
            if (!be.equals("was") && !be.equals("were")) {
                return false;
            }
        }
        return true;
    }

    /** A year, a month or weekday name, or a word of the episode-breaks list: the sentence keeps a time of its own. */
    private static boolean namesATimeOfItsOwn(SentenceView v) {
        for (int k = 0; k < v.size(); k++) {
            String w = v.token(k).text().toLowerCase(Locale.ROOT);
            // a year before its noun names a thing ("the 1994 Budapest Memorandum"), not the time of the sentence
            boolean yearOfItsOwn = DateResolver.YEAR.matcher(w).matches() && (k + 1 == v.size() || !v.token(k + 1).isNoun() && !"ADJ".equals(v.token(k + 1).pos()));
            if (yearOfItsOwn || v.words.has(WordLists.Name.CALENDAR_WORDS, w) || v.words.has(WordLists.Name.EPISODE_BREAKS, w)) {
                return true;
            }
        }
        return false;
    }

    /** The event classes an occasion noun names (the occasion-nouns list: "call=PhoneCall/Consult"). */
    private static Optional<Set<String>> occasionClasses(SentenceView v, String noun) {
        for (String entry : v.words.of(WordLists.Name.OCCASION_NOUNS)) {
            int cut = entry.indexOf('=');
            if (entry.substring(0, cut).equals(noun)) {
                return Optional.of(Set.of(entry.substring(cut + 1).split("/")));
            }
        }
        return Optional.empty();
    }

    /** The day of the last event of these classes told before, if it has one. */
    private static Optional<LocalDate> dayOfTheLast(Set<String> classes, List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            if (classes.contains(e.type().localName())) {
                return Optional.ofNullable(e.date());
            }
        }
        return Optional.empty();
    }
}
