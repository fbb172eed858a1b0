package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.NameEntry;
import org.diplograph.extract.knowledge.Trigger;

/**
 * A cheap first pass over the raw text that decides which sentences are worth OpenNLP's taggers at all: most of a
 * news feed (sport, business, weather, crime) holds no diplomatic event, and tagging is most of what reading costs.
 *
 * <pre>
 * SentenceFilter filter = SentenceFilter.of(knowledge);
 * Predicate&lt;String&gt; keep = filter.start(article.text());   // null: no sentence can hold an event
 * annotator.annotate(text, headEnd, keep);                    // the others come out without tokens
 * </pre>
 *
 * An event needs a trigger word and an actor mention. A mention starts from a name the gazetteer knows (a state, a
 * demonym, an organization, a person, an office title), a courtesy title ("Mr", "Sheikh") or a role word before an
 * unknown name in apposition (", a spokesman for"); pronouns, surnames and role phrases only refer back to actors met before. So:
 * <ul>
 * <li>an article with no actor cue anywhere, or no word that can carry a trigger lemma, is not annotated at all;</li>
 * <li>sentences before the first actor cue are not annotated (nothing before it can be a mention);</li>
 * <li>after it, a sentence is annotated when it holds a trigger word form (it may hold an event) or an actor cue
 * (its mentions are what later sentences refer back to).</li>
 * </ul>
 * A sentence left out keeps its place and offsets in the {@link org.diplograph.nlp.AnnotatedText}, with no tokens.
 * <p>
 * Trigger word forms: each trigger phrase's first word (a lemma) with the regular endings the matcher accepts
 * ({@code -s -es -ed -d -ing}, a final {@code e} dropped, a doubled consonant, {@code y} to {@code ies/ied}) and the
 * irregular forms of {@code prefilter/irregular-verbs.tsv}. Actor cues: for each surface form of the gazetteer, its
 * longest word that is not a common one (every word of a name must be in the sentence for the name to be, so one
 * suffices: "Kremlin" for "the Kremlin"), in any case for office titles; for persons, every uncommon word of the name
 * (a surname may come alone); names met when written with a capital, and acronyms ("WHO", "US") only as written; courtesy titles
 * with a capital. Words are runs of letters and digits, so the filter errs towards annotating.
 * <p>
 * Design decision: the hook is the smallest there is: {@link Extractor#extract} asks this class for a predicate and
 * hands it to {@link org.diplograph.nlp.Annotator#annotate(String, int, Predicate)}; nothing downstream changes.
 * {@code Pipeline.withoutSentenceFilter()} turns it off, and {@code SentenceFilterIT} shows that {@code eval eval/dev}
 * gives the same figures with and without it.
 */
public final class SentenceFilter {
    /** Courtesy and military titles before a name the gazetteer may not know (as MentionFinder reads them: case counts). */
    private static final Set<String> TITLES = Set.of("Sheikh", "Sheikha", "Sheik", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord",
            "Lady", "Prince", "Princess", "Emir", "King", "Queen", "Sultan", "General", "Gen", "Admiral", "Adm", "Colonel", "Col",
            "Marshal", "Senior", "Lieutenant", "Major", "Brigadier", "Captain");
    /**
     * An unknown name becomes a mention when a role word stands in apposition after it ("X, a senior official of ...",
     * "Y, the TPLF's chief negotiator"): a comma, then within six words one of these.
     */
    private static final Pattern APPOSITION = Pattern.compile(",\\s+(?:\\S+\\s+){0,5}?(?:members?|heads?|leaders?|chiefs?|"
            + "spokes(?:man|woman|person)|advis[eo]rs?|envoys?|officials?|representatives?|chair(?:man|woman)?|presidents?|directors?|"
            + "secretar(?:y|ies)|ministers?|ambassadors?|commanders?|negotiators?|founders?)\\b", Pattern.CASE_INSENSITIVE);
    /** Words too common to stand for a name: a name is looked for by another of its words. */
    private static final Set<String> COMMON = Set.of("the", "of", "and", "for", "on", "in", "a", "an", "to", "at", "de", "du", "des",
            "la", "le", "al", "el", "von", "van", "der", "den", "und", "y", "st", "new", "north", "south", "east", "west", "central",
            "united", "republic", "state", "states", "people", "democratic", "federal", "national", "union", "council", "house",
            "office", "ministry", "party", "group", "front", "forces", "force", "army");
    private static final List<String> ENDINGS = List.of("ing", "ed", "es", "s", "d");

    private final Set<String> triggerForms;
    /** Acronyms of names ("US", "WHO"), met only as written. */
    private final Set<String> acronyms;
    /** Words of names, lower case, met when written with a capital ("Lavrov", "LAVROV"). */
    private final Set<String> capitalized;
    /** Words of office titles, lower case, met in any case. */
    private final Set<String> anyCase;

    private SentenceFilter(Set<String> triggerForms, Set<String> acronyms, Set<String> capitalized, Set<String> anyCase) {
        this.triggerForms = Set.copyOf(triggerForms);
        this.acronyms = Set.copyOf(acronyms);
        this.capitalized = Set.copyOf(capitalized);
        this.anyCase = Set.copyOf(anyCase);
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && w.chars().anyMatch(Character::isLetter);
    }

    /** The filter for this knowledge: its trigger lexicon and its gazetteer. */
    public static SentenceFilter of(Knowledge knowledge) {
        Map<String, List<String>> irregular = org.diplograph.extract.knowledge.IrregularVerbs.formsByBase();
        Set<String> forms = new HashSet<>();
        for (Trigger t : knowledge.triggers()) {
            for (String lemma : words(t.words().get(0))) {
                forms.addAll(formsOf(lemma));
                forms.addAll(irregular.getOrDefault(lemma, List.of()));
            }
        }
        Set<String> acronyms = new HashSet<>();
        Set<String> capitalized = new HashSet<>();
        Set<String> anyCase = new HashSet<>();
        TITLES.forEach(t -> capitalized.add(t.toLowerCase(Locale.ROOT)));
        for (NameEntry e : knowledge.gazetteer().entries()) {
            if (!e.caseSensitive()) {
                String cue = cue(e.surface());
                if (cue != null) {
                    anyCase.add(cue.toLowerCase(Locale.ROOT));
                }
                continue;
            }
            if (e.kind() != NameEntry.Kind.PERSON) {
                // a state, an organization: met only whole, so one of its words stands for it
                String cue = cue(e.surface());
                if (cue != null) {
                    (isAcronym(cue) ? acronyms : capitalized).add(isAcronym(cue) ? cue : cue.toLowerCase(Locale.ROOT));
                }
                continue;
            }
            // a person: any word of the name may be met alone (a surname), so every uncommon word counts
            for (String w : rawWords(e.surface())) {
                if (isAcronym(w)) {
                    acronyms.add(w);
                } else if (!COMMON.contains(w.toLowerCase(Locale.ROOT)) && w.length() > 2 || rawWords(e.surface()).size() == 1) {
                    capitalized.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new SentenceFilter(forms, acronyms, capitalized, anyCase);
    }

    /** The word of a surface form to look for: the longest that is not a common word (the longest of all if all are). */
    static String cue(String surface) {
        List<String> words = rawWords(surface);
        Comparator<String> rank = Comparator.comparing((String w) -> !COMMON.contains(w.toLowerCase(Locale.ROOT)))
                .thenComparingInt(String::length);
        return words.stream().max(rank).orElse(null);
    }

    private boolean cueIn(String text) {
        for (String w : rawWords(text)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (acronyms.contains(w) || anyCase.contains(lower) || Character.isUpperCase(w.charAt(0)) && capitalized.contains(lower)) {
                return true;
            }
        }
        return text.indexOf(',') >= 0 && APPOSITION.matcher(text).find();
    }

    private boolean triggerIn(String text) {
        for (String w : rawWords(text)) {
            if (triggerForms.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences of this text worth annotating, as a predicate on a sentence's text, to be asked in reading order
     * (it remembers whether an actor cue has been met); null when none is: the text has no actor cue or no trigger
     * word form at all.
     */
    public Predicate<String> start(String text) {
        return cueIn(text) && triggerIn(text) ? new Pass() : null;
    }

    /** The decisions for one article, sentence by sentence. */
    private final class Pass implements Predicate<String> {
        private boolean actorSeen;

        @Override
        public boolean test(String sentence) {
            boolean cue = cueIn(sentence);
            actorSeen |= cue;
            return cue || actorSeen && triggerIn(sentence);
        }
    }

    /** The word forms the trigger matcher takes for this lemma by rule. */
    static Set<String> formsOf(String lemma) {
        Set<String> forms = new HashSet<>();
        forms.add(lemma);
        int n = lemma.length();
        for (String ending : ENDINGS) {
            forms.add(lemma + ending);
            forms.add(lemma + lemma.charAt(n - 1) + ending);
            if (lemma.endsWith("e") && n > 1) {
                forms.add(lemma.substring(0, n - 1) + ending);
            }
        }
        if (lemma.endsWith("y") && n > 1) {
            forms.add(lemma.substring(0, n - 1) + "ies");
            forms.add(lemma.substring(0, n - 1) + "ied");
        }
        return forms;
    }

    /** The runs of letters and digits of a text, lower case. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : rawWords(text)) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The runs of letters and digits of a text, as written. */
    static List<String> rawWords(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.add(text.substring(i, j));
            }
            i = j;
        }
        return out;
    }

}
