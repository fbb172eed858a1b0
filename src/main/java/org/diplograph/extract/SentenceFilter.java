package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.diplograph.extract.knowledge.Knowledge;
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
 * unknown name ("a spokesman"); pronouns, surnames and role phrases only refer back to actors met before. So:
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
 * longest word (every word of a name must be in the sentence for the name to be, so one suffices, and the longest is
 * the rarest: "Kremlin" rather than "the"). Words are runs of letters and digits, compared in lower case, so the
 * filter errs towards annotating.
 * <p>
 * Design decision: the hook is the smallest there is: {@link Extractor#extract} asks this class for a predicate and
 * hands it to {@link org.diplograph.nlp.Annotator#annotate(String, int, Predicate)}; nothing downstream changes.
 * {@code Pipeline.withoutSentenceFilter()} turns it off, and {@code SentenceFilterIT} shows that {@code eval eval/dev}
 * gives the same figures with and without it.
 */
public final class SentenceFilter {
    /** Courtesy and military titles before a name the gazetteer may not know (as MentionFinder reads them). */
    private static final Set<String> TITLES = Set.of("sheikh", "sheikha", "sheik", "mr", "mrs", "ms", "dr", "sir", "dame", "lord",
            "lady", "prince", "princess", "emir", "king", "queen", "sultan", "general", "gen", "admiral", "adm", "colonel", "col",
            "marshal", "lieutenant", "major", "brigadier", "captain");
    /** Words that make an unknown name a mention in apposition ("X, a senior official of ..."). */
    private static final Set<String> ROLE_WORDS = Set.of("member", "members", "head", "heads", "leader", "leaders", "chief", "chiefs",
            "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "envoy", "official", "officials", "representative",
            "chairman", "chair", "president", "director", "secretary", "minister", "ambassador", "commander", "negotiator", "founder");
    private static final List<String> ENDINGS = List.of("ing", "ed", "es", "s", "d");

    private final Set<String> triggerForms;
    private final Set<String> actorCues;

    private SentenceFilter(Set<String> triggerForms, Set<String> actorCues) {
        this.triggerForms = Set.copyOf(triggerForms);
        this.actorCues = Set.copyOf(actorCues);
    }

    /** The filter for this knowledge: its trigger lexicon and its gazetteer. */
    public static SentenceFilter of(Knowledge knowledge) {
        Map<String, List<String>> irregular = irregularVerbs();
        Set<String> forms = new HashSet<>();
        for (Trigger t : knowledge.triggers()) {
            for (String lemma : words(t.words().get(0))) {
                forms.addAll(formsOf(lemma));
                forms.addAll(irregular.getOrDefault(lemma, List.of()));
            }
        }
        Set<String> cues = new HashSet<>(TITLES);
        cues.addAll(ROLE_WORDS);
        for (String surface : knowledge.gazetteer().surfaces()) {
            words(surface).stream().max((a, b) -> Integer.compare(a.length(), b.length())).ifPresent(cues::add);
        }
        return new SentenceFilter(forms, cues);
    }

    /**
     * The sentences of this text worth annotating, as a predicate on a sentence's text, to be asked in reading order
     * (it remembers whether an actor cue has been met); null when none is: the text has no actor cue or no trigger
     * word form at all.
     */
    public Predicate<String> start(String text) {
        boolean cue = false;
        boolean trigger = false;
        for (String w : words(text)) {
            cue |= actorCues.contains(w);
            trigger |= triggerForms.contains(w);
            if (cue && trigger) {
                return new Pass();
            }
        }
        return null;
    }

    /** The decisions for one article, sentence by sentence. */
    private final class Pass implements Predicate<String> {
        private boolean actorSeen;

        @Override
        public boolean test(String sentence) {
            boolean cue = false;
            boolean trigger = false;
            for (String w : words(sentence)) {
                cue |= actorCues.contains(w);
                trigger |= triggerForms.contains(w);
            }
            actorSeen |= cue;
            return cue || trigger && actorSeen;
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
                out.add(text.substring(i, j).toLowerCase(Locale.ROOT));
            }
            i = j;
        }
        return out;
    }

    private static Map<String, List<String>> irregularVerbs() {
        Map<String, List<String>> forms = new HashMap<>();
        try (InputStream in = SentenceFilter.class.getResourceAsStream("/prefilter/irregular-verbs.tsv")) {
            if (in == null) {
                throw new IllegalStateException("prefilter/irregular-verbs.tsv is missing from the jar; rebuild it with ./run.sh build");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.strip().split("\t");
                forms.put(cells[0], List.of(cells).subList(1, cells.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return forms;
    }
}
