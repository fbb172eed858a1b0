package org.diplograph.extract.event;

import java.util.List;
import java.util.Locale;

import org.diplograph.extract.knowledge.WordLists;

import org.diplograph.model.Mention;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Token;

/**
 * Finds the words of the trigger lexicon in a sentence, with what English needs around them: lemmas the
 * lemmatizer missed ("vetoed"), nouns the tagger called verbs ("the latest sanctions"), gerunds and compounds
 * that are not events, and light verbs that hand the event to their noun ("held talks").
 */
final class TriggerMatcher {
    private final Knowledge knowledge;
    private final TriggerIndex index;

    TriggerMatcher(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.index = new TriggerIndex(knowledge.triggers());
    }

    /**
     * The rows of the lexicon whose first word the token is, in lexicon order: the only rows {@link #match} can
     * match at it (the others return -1 at once).
     */
    List<Trigger> rowsAt(Token t) {
        return index.rowsAt(t);
    }

    /** The end of trigger {@code t} matched at token {@code k}, or -1. Determiners between words are skipped. */
    int match(SentenceView v, int k, Trigger t) {
        Token head = v.token(k);
        // every way below needs the row's first word here: the cheap word test goes first, before the
        // part-of-speech and parse tests (the answers are the same, all of them are pure)
        if (!sameWord(head, t.words().get(0))) {
            return -1;
        }
        // a noun phrase may open with its adjective: "restrictive measures", "arms embargo"
        boolean posOk = t.noun() ? "NOUN".equals(head.pos()) || "PROPN".equals(head.pos()) && !head.isCapitalized()
                || "ADJ".equals(head.pos()) && t.words().size() > 1
                : ("VERB".equals(head.pos()) || !head.isVerb() && v.isVerbLike(k)) && !afterDeterminer(v, k)
                        || ActFrame.arrival(v, k); // "is due/ADJ in Kyiv"
        if (t.needs() == Trigger.Need.TALLY) {
            // "12 votes in favour (Algeria, China, ...) to 3 against (...)": the word of a tally is known by the list
            // in parentheses after it, whatever its part of speech
            return t.words().size() == 1 && sameWord(head, t.words().get(0)) && k + 1 < v.size() && v.token(k + 1).text().equals("(")
                    ? k + 1 : -1;
        }
        // the parse settles what the tagger got wrong: "Lavrov's visit to Pyongyang" is a noun with an owner
        if (nominalInParse(v, k)) {
            posOk = t.noun();
        } else if (!t.noun() && !posOk && verbalInParse(v, k)) {
            posOk = true;
        }
        if (!posOk || !sameWord(head, t.words().get(0))) {
            return -1;
        }
        if (t.noun() && gerundOf(head, t.words().get(0))) {
            return -1; // "a role in dealing with the crisis": the verb's gerund, not the noun "deal"
        }
        // "accused Moscow of denying them justice", "help in starting talks": a gerund after a preposition is
        // what is talked about, not something that happened
        if (!t.noun() && isGerundAfterPreposition(v, k) && !modalCueBefore(v, k) && !sharedAct(v, k)) {
            return -1;
        }
        // "a European Union plan to normalise relations", "efforts to restore ties": an infinitive after a noun of
        // planning is what is planned, not an event ("China's decision to impose duties" is one: no plan noun)
        if (!t.noun() && k > 1 && v.token(k - 1).is("to") && isNoun(v, k - 2)
                && v.words.has(WordLists.Name.PLAN_NOUNS, v.token(k - 2).text().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        // "so-called", "much-discussed": half of a compound word is not a verb
        if (k > 0 && v.token(k - 1).text().equals("-") && v.token(k - 1).span().end() == head.span().begin()
                && !(!t.noun() && AgentReader.compoundAgent(v, k) != null)) {
            return -1; // (but "a US-drafted resolution": the name before the hyphen did it)
        }
        if (!t.noun() && t.words().size() == 2 && particleAfterObject(v, k, t.words().get(1))) {
            return k + 1; // "turned the offer down": the verb's particle after its object; the verb reads the object
        }
        int j = k + 1;
        boolean quoted = false;
        for (int w = 1; w < t.words().size(); w++) {
            String word = t.words().get(w);
            int skipped = 0;
            while (j < v.size() && !sameWord(v.token(j), word)) {
                // "expressed the alliance's solidarity", "voiced France's complete solidarity": an owner is skipped
                // whole, its possessive mark with it
                int owner = ownerEnd(v, j);
                if (owner > j && skipped < 2) {
                    j = owner;
                    skipped++;
                    continue;
                }
                int inside = wordInsideMention(v, j, word);
                if (inside > j && w > 0) {
                    j = inside; // "ordered France's ambassador, Joël Meyer, to leave": the role word of a named person
                    continue;
                }
                int apposition = appositionEnd(v, j);
                if (apposition > j && w > 1) {
                    j = apposition; // "ordered France's ambassador, Joël Meyer, to leave": the name of the one ordered
                    continue;
                }
                int recipient = recipientEnd(v, k, j);
                if (recipient > j && w == 1 && j == k + 1) {
                    j = recipient; // "offered Moscow his full support", "assured Poland of the alliance's support"
                    continue;
                }
                int parties = ofPartiesEnd(v, j);
                if (parties > j && w > 1) {
                    j = parties; // "ordered the diplomats of Argentina, Chile and Uruguay to leave": whose they are
                    continue;
                }
                int time = timePhraseEnd(v, j);
                if (time > j && w == 1 && j == k + 1) {
                    j = time; // "voted on Monday against", "met yesterday with": the day told between the words
                    continue;
                }
                if (w == 1 && j == k + 1 && "ADV".equals(v.token(j).pos()) && v.token(j).text().endsWith("ly")) {
                    j++; // "stand firmly with", "spoke directly with": the manner told between the words
                    continue;
                }
                if (Phrases.isQuote(v.token(j).text())) {
                    j++; // 'expressed "full solidarity" with Spain': a quotation inside the phrase is still the phrase
                    quoted = !quoted;
                    continue;
                }
                if (!(skipped < 2 && ("DET".equals(v.token(j).pos()) || adjective(v, j) && w > 0
                    // "ordered 20 diplomats to leave": a number counts what follows
                    || "NUM".equals(v.token(j).pos()) && w > 0 && j + 1 < v.size() && !v.token(j + 1).isVerb()
                    // "ordered the French/PROPN ambassador to leave" (not "called Uganda on Monday": no "call on")
                    || v.mentionAt(j) != null && w > 0 && j + 1 < v.size() && v.token(j + 1).isNoun()
                    // "halted security exports", "froze development aid": a noun that qualifies the phrase's noun
                    // (not "called the attack on the embassy ...": the phrase's next word must be that noun)
                    || "NOUN".equals(v.token(j).pos()) && w > 0 && j + 1 < v.size() && sameWord(v.token(j + 1), word)
                        && v.token(j + 1).isNoun() && v.mentionAt(j) == null
                    || v.token(j).is("its") || v.token(j).is("their")
                    || v.token(j).is("his") || v.token(j).is("her") || v.token(j).is("our")))) {
                    break;
                }
                j++;
                skipped++;
            }
            if (j >= v.size() || !sameWord(v.token(j), word)) {
                return -1;
            }
            j++;
        }
        if (quoted && j < v.size() && Phrases.isQuote(v.token(j).text())) {
            j++; // and its closing mark, so that what follows the quotation ("with Spain") follows the phrase
        }
        if (!t.noun() && t.words().size() > 1 && "ADJ".equals(v.token(j - 1).pos()) && j < v.size() && v.token(j).isNoun()) {
            return -1; // "made clear progress": the adjective of a verb phrase ("made clear that") qualifies a noun
        }
        return j;
    }

    /** Whether the parse gives the verb at {@code k} the particle {@code word} further on than right after it. */
    private static boolean particleAfterObject(SentenceView v, int k, String word) {
        Parse parse = v.sentence.parse();
        return parse != null && parse.dependents(k, "prt").stream().anyMatch(d -> d > k + 1 && sameWord(v.token(d), word));
    }

    /**
     * The end of the party named right after a verb of giving (giving-verbs) at {@code verb} as the one it is given
     * to, when one starts at {@code j}; else {@code j}. (A mention that holds the phrase's next word, "gave the envoy
     * 48 hours to leave", was already entered by {@link #wordInsideMention}, tried before.)
     */
    private static int recipientEnd(SentenceView v, int verb, int j) {
        Mention m = v.mentionStartingAt(j);
        Parse parse = v.sentence.parse();
        if (m == null || !m.canParticipate() || parse == null
                || !v.words.has(WordLists.Name.GIVING_VERBS, v.token(verb).lemma().toLowerCase(Locale.ROOT))) {
            return j; // (not "warned NATO against", "called Uganda on Monday": no gift between the words)
        }
        for (int t = j; t < m.tokens().end(); t++) {
            String r = parse.relation(t);
            if (parse.head(t) == verb && (r.equals("dative") || r.equals("dobj") || r.equals("iobj"))) {
                return m.tokens().end();
            }
        }
        return j;
    }

    /**
     * The end of "of" and the parties it names after a noun, starting at {@code j} ("of Argentina, Chile and the
     * Dominican Republic" after "the diplomats"), or {@code j} when none is.
     */
    private static int ofPartiesEnd(SentenceView v, int j) {
        if (j < 1 || !v.token(j).is("of") || !v.token(j - 1).isNoun()) {
            return j;
        }
        int end = j + 1;
        int named = 0;
        while (end < v.size()) {
            Mention m = v.mentionStartingAt(end);
            if (m != null && m.canParticipate()) {
                end = m.tokens().end();
                named++;
            } else if (named > 0 && (v.token(end).text().equals(",") || v.token(end).is("and")) || v.token(end).is("the")) {
                end++;
            } else {
                break;
            }
        }
        while (end > j + 1 && (v.token(end - 1).text().equals(",") || v.token(end - 1).is("and") || v.token(end - 1).is("the"))) {
            end--;
        }
        return named > 0 ? end : j;
    }

    /**
     * The end of a name set off by commas after a noun, starting at the comma {@code j} (", Joël Meyer," after "the
     * ambassador"), or {@code j} when none is.
     */
    private static int appositionEnd(SentenceView v, int j) {
        if (j < 1 || !v.token(j).text().equals(",") || !v.token(j - 1).isNoun()) {
            return j;
        }
        Mention name = v.mentionAt(j + 1);
        int end = name == null ? -1 : name.tokens().end();
        return name != null && end < v.size() && v.token(end).text().equals(",") ? end + 1 : j;
    }

    /**
     * Where {@code word} stands inside a mention that starts at {@code j}, after its first word (the role word of
     * "France's ambassador, Joël Meyer", or the one that ends "Sweden's ambassador"), or {@code j}.
     */
    private static int wordInsideMention(SentenceView v, int j, String word) {
        Mention m = v.mentionStartingAt(j);
        if (m == null) {
            return j;
        }
        for (int p = j + 1; p < m.tokens().end(); p++) {
            if (sameWord(v.token(p), word)) {
                return p;
            }
        }
        return j;
    }

    /**
     * An adjective by the tagger, or by the parser where the tagger slipped ("lodged solemn/ADV representations",
     * "drawing swift/PROPN condemnation": a lower-case word is no name).
     */
    private static boolean adjective(SentenceView v, int j) {
        org.diplograph.nlp.Parse p = v.sentence.parse();
        String pos = v.token(j).pos();
        return "ADJ".equals(pos) || p != null && p.arcs().get(j).tag().startsWith("JJ")
                && ("ADV".equals(pos) || "PROPN".equals(pos) && !v.token(j).isCapitalized());
    }

    /** VBD, VBZ or VBP: a finite verb by the parser's own tags (no regular expression in this hot path). */
    private static boolean finiteVerbTag(String tag) {
        return tag.length() == 3 && tag.startsWith("VB") && "DZP".indexOf(tag.charAt(2)) >= 0;
    }

    /** The end of a day phrase that starts at {@code j} ("on Monday", "on June 11", "yesterday"), or {@code j}. */
    private static int timePhraseEnd(SentenceView v, int j) {
        String w = v.token(j).text().toLowerCase(Locale.ROOT);
        if (w.equals("yesterday") || w.equals("today") || w.equals("tonight")) {
            return j + 1;
        }
        if (w.equals("on") && j + 1 < v.size() && v.words.has(WordLists.Name.CALENDAR_WORDS, v.token(j + 1).text().toLowerCase(Locale.ROOT))) {
            int end = j + 2;
            while (end < v.size() && end < j + 4 && ("NUM".equals(v.token(end).pos()) || v.token(end).text().equals(","))) {
                end++;
            }
            return end > j + 2 && v.token(end - 1).text().equals(",") ? end - 1 : end;
        }
        return j;
    }

    /**
     * The end of an owner that starts at {@code j} ("France's", "the alliance's": a name or a noun with its
     * possessive mark), or {@code j} when none does.
     */
    private static int ownerEnd(SentenceView v, int j) {
        Mention m = v.mentionStartingAt(j);
        int last = m != null ? m.tokens().end() - 1 : j;
        if (m == null && !("NOUN".equals(v.token(j).pos()) || "PROPN".equals(v.token(j).pos()))) {
            return j;
        }
        return last + 1 < v.size() && v.token(last + 1).isPossessiveMark() ? last + 2 : j;
    }

    /**
     * A token the parser tagged as a noun and gave a determiner or an owner ("the visit", "her call"), or made the
     * subject of a verb ("Talks between A and B resumed": a sentence's first word the tagger took for a verb).
     */
    private static boolean nominalInParse(SentenceView v, int k) {
        org.diplograph.nlp.Parse p = v.sentence.parse();
        if (p == null || !p.arcs().get(k).tag().startsWith("NN") || v.isParticipleAfterThose(k)) {
            return false;
        }
        String relation = p.relation(k);
        return !p.dependents(k, "det", "poss").isEmpty() || relation.equals("nsubj") || relation.equals("nsubjpass")
                || relation.equals("dobj") && p.head(k) >= 0 && v.token(p.head(k)).isVerb()
                // "flew to Riyadh for talks/VERB with the king": the object of a preposition is a noun
                || relation.equals("pobj")
                // "Talks between A and B on a treaty resumed": the subject the parser left as the root, with its
                // "between" phrase
                || relation.equals("root") && k == 0 && p.dependents(k, "prep").stream().anyMatch(d -> v.token(d).is("between"));
    }

    /**
     * A token the tagger called a noun that the parser reads as a finite verb with a subject of its own ("The
     * European Union condemns in the strongest terms the attack": "condemns" after a name looks like a plural).
     */
    private static boolean verbalInParse(SentenceView v, int k) {
        org.diplograph.nlp.Parse p = v.sentence.parse();
        if (p != null && "NOUN".equals(v.token(k).pos()) && p.arcs().get(k).tag().equals("VB") && k > 0
                && v.token(k - 1).is("to") && p.dependents(k, "det", "poss").isEmpty()) {
            return true; // "an invitation to visit/NOUN Washington": an infinitive
        }
        if (p != null && p.arcs().get(k).tag().equals("VB") && ("ADJ".equals(v.token(k).pos()) || "NOUN".equals(v.token(k).pos()))) {
            // "Germany would expel/ADJ Russian diplomats": a bare verb after a modal, adverbs between
            int m = k - 1;
            while (m > 0 && "ADV".equals(v.token(m).pos())) {
                m--;
            }
            if (m >= 0 && "AUX".equals(v.token(m).pos()) && !v.token(m).lemma().equals("be") && !v.token(m).lemma().equals("have")) {
                return true;
            }
        }
        if (p != null && "NOUN".equals(v.token(k).pos()) && finiteVerbTag(p.arcs().get(k).tag())
                && p.relation(k).equals("root") && !p.dependents(k, "nsubj").isEmpty()) {
            // "the Government of Nepal calls/NOUN upon India": the finite main verb, with its subject (in a relative
            // clause the tagger's noun is as likely right: "waters that both countries claim/NOUN")
            return true;
        }
        if (p != null && "NOUN".equals(v.token(k).pos()) && finiteVerbTag(p.arcs().get(k).tag()) && p.relation(k).equals("conj")
                && p.head(k) >= 0 && v.token(p.head(k)).isVerb() && p.dependents(k, "det", "poss").isEmpty()) {
            return true; // "Minsk denies the accusation and blames/NOUN Poland": the second finite verb of a subject
        }
        if (p != null && "NOUN".equals(v.token(k).pos()) && (v.isParticipleAfterThose(k)
                || v.token(k).text().endsWith("ing") && p.arcs().get(k).tag().equals("VBG")
                        && (p.relation(k).equals("acl") || p.relation(k).equals("advcl") && v.afterComma(k)))) {
            // "the delegations voting/NOUN against", "those voting/NOUN in favour": a participle of who did it;
            // "..., warning/NOUN that Israel would strike": a participle clause of the subject of the sentence
            return true;
        }
        if (p != null && "NOUN".equals(v.token(k).pos()) && p.arcs().get(k).tag().equals("VBN")
                && p.dependents(k, "agent").stream().flatMap(a -> p.dependents(a, "pobj").stream()).anyMatch(o -> v.mentionAt(o) != null)) {
            return true; // "a communique read/NOUN out by Omar Touray": a participle whose "by" names who acts
        }
        if (p != null && "ADJ".equals(v.token(k).pos()) && p.arcs().get(k).tag().equals("VBN")
                && p.dependents(k, "aux").stream().anyMatch(a -> v.token(a).lemma().equals("have"))) {
            return true; // "have all voiced/ADJ support": a perfect the parser reads through the quantifier
        }
        if (p != null && "ADJ".equals(v.token(k).pos()) && finiteVerbTag(p.arcs().get(k).tag())
                && (p.relation(k).equals("root") || p.relation(k).equals("conj"))) {
            return true; // "Joly, sworn in a week earlier, flew/ADJ to Kyiv": the parser's finite verb of a clause
        }
        if (p != null && "ADJ".equals(v.token(k).pos()) && p.arcs().get(k).tag().equals("VBN") && p.relation(k).equals("conj")
                && p.head(k) >= 0 && p.head(k) < k && v.isVerbInTagOrParse(p.head(k))) {
            return true; // "voiced support for the Moroccan decision and condemned/ADJ Iranian meddling": a joined verb
        }
        if (p != null && "NOUN".equals(v.token(k).pos()) && p.arcs().get(k).tag().equals("VBG") && p.relation(k).equals("pcomp")
                && p.dependents(k, "det", "poss").isEmpty()) {
            return true; // "responded by breaking/NOUN off relations": the gerund a preposition governs
        }
        if (p == null || !"NOUN".equals(v.token(k).pos()) || !finiteVerbTag(p.arcs().get(k).tag())
                || !p.dependents(k, "det", "poss").isEmpty()) {
            return false;
        }
        if (p.relation(k).equals("conj") && !p.dependents(k, "dobj").isEmpty() && !p.dependents(k, "xcomp").isEmpty()) {
            return true; // "is concerned and urges/NOUN both sides to ...": a finite verb sharing its subject, with an object
        }
        // its subject must be an actor: "where the borders of the three countries meet" is no meeting
        return p.dependents(k, "nsubj").stream().anyMatch(s -> v.mentionAt(s) != null);
    }

    /**
     * A noun by the parser's tag ("Brazil plans to visit": a verb), or by the tagger's where an article opens its
     * phrase ("a European Union plan to": the parser took it for a verb).
     */
    private static boolean isNoun(SentenceView v, int k) {
        org.diplograph.nlp.Parse p = v.sentence.parse();
        if (p == null) {
            return v.token(k).isNoun();
        }
        if (p.arcs().get(k).tag().startsWith("NN")) {
            return true;
        }
        int j = k - 1;
        while (j >= 0 && (v.mentionAt(j) != null || "ADJ".equals(v.token(j).pos()))) {
            j--;
        }
        return v.token(k).isNoun() && j >= 0 && j < k - 1 && (v.token(j).is("a") || v.token(j).is("an"));
    }

    /**
     * "held back from endorsing", "refrained from criticising": a gerund after a negating cue that ends in its
     * preposition (modality.tsv) is the act not done, an event to tell as negated; after a cue of what is to come
     * or may come ("look forward to meeting", "is open to meeting"), the act to come.
     */
    private boolean modalCueBefore(SentenceView v, int k) {
        if (!v.token(k - 1).pos().equals("ADP") && !v.token(k - 1).is("to")) {
            return false;
        }
        for (org.diplograph.extract.knowledge.ModalityCue cue : knowledge.cues()) {
            int start = k - cue.words().size();
            if (cue.modality() != org.diplograph.model.Modality.ASSERTED && cue.words().size() > 1 && start >= 0
                    && ModalityReader.matchesCue(v, start, cue.words(), k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Bolivia joined Russia in voting against it": a gerund after "in" that a verb of joining (joining-verbs) governs
     * is done, by the one who joined.
     */
    private static boolean sharedAct(SentenceView v, int k) {
        org.diplograph.nlp.Parse p = v.sentence.parse();
        if (p == null || k < 1 || !v.token(k - 1).is("in") || p.head(k) != k - 1) {
            return false;
        }
        int verb = p.head(k - 1);
        return verb >= 0 && verb < k - 1 && v.token(verb).isVerb()
                && v.words.has(WordLists.Name.JOINING_VERBS, v.token(verb).lemma().toLowerCase(Locale.ROOT));
    }

    static boolean isGerundAfterPreposition(SentenceView v, int k) {
        org.diplograph.nlp.Parse p = v.sentence.parse();
        if (p != null && v.token(k).text().endsWith("ing") && p.relation(k).equals("conj") && p.head(k) >= 0 && p.head(k) < k
                && isGerundAfterPreposition(v, p.head(k))) {
            return true; // "accused Rwanda of arming and backing the M23": the second gerund is the first's kind
        }
        // "objected to opening talks": "to" before a gerund is a preposition, whatever its tag
        return k > 0 && v.token(k).text().endsWith("ing") && ("ADP".equals(v.token(k - 1).pos()) || v.token(k - 1).is("to"))
                && v.mentionAt(k - 1) == null
                // "after meeting Sarkozy": a time before which it was done
                && !v.words.has(WordLists.Name.COMPLETED_PREPOSITIONS, v.token(k - 1).lemma());
    }

    /** Whether the word at {@code k} is one of the list's, also where the lemmatizer missed its form ("signalled", "summoned"). */
    static boolean isOneOf(SentenceView v, WordLists.Name list, int k) {
        Token t = v.token(k);
        return v.words.has(list, t.lemma()) || v.words.of(list).stream().anyMatch(w -> sameWord(t, w));
    }

    /**
     * A token is a lexicon word when its lemma is, or, where the lemmatizer missed ("vetoed" left as it is),
     * when the word with a regular ending removed is.
     */
    static boolean sameWord(Token t, String word) {
        if (t.lemma().equals(word) || t.text().equalsIgnoreCase(word)) {
            return true;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        if (word.equals(IRREGULAR.get(w))) {
            return true; // "froze", "sought": irregular forms the lemmatizer left as they are
        }
        if ((w.endsWith("ied") || w.endsWith("ies")) && word.endsWith("y") && w.substring(0, w.length() - 3).equals(word.substring(0, word.length() - 1))) {
            return true; // "lobbied", "allies": a final y the lemmatizer did not give back
        }
        for (String ending : REGULAR_ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
                String stem = w.substring(0, w.length() - ending.length());
                if (stem.equals(word) || (stem + "e").equals(word)) {
                    return true;
                }
                // "initialled", "cancelled": a doubled last consonant
                int n = stem.length();
                if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && stem.substring(0, n - 1).equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every word {@link #sameWord} can accept for the token, given to {@code out} (some more than once, some it
     * rejects), the lower case standing for {@code equalsIgnoreCase}: keep in step with {@code sameWord}, whose ways
     * these are one by one. Only for a token whose text is all ASCII, where the lower case is the same test.
     */
    static void wordsItMayBe(Token t, java.util.function.Consumer<String> out) {
        out.accept(t.lemma());
        String w = t.text().toLowerCase(Locale.ROOT);
        out.accept(w);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.accept(irregular);
        }
        if (w.endsWith("ied") || w.endsWith("ies")) {
            out.accept(w.substring(0, w.length() - 3) + "y");
        }
        for (String ending : REGULAR_ENDINGS) {
            if (w.endsWith(ending) && w.length() - ending.length() >= 3) {
                String stem = w.substring(0, w.length() - ending.length());
                out.accept(stem);
                out.accept(stem + "e");
                int n = stem.length();
                if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                    out.accept(stem.substring(0, n - 1));
                }
            }
        }
    }

    /** Whether the word is the "-ing" form of the trigger word, which does not end so itself ("dealing" of "deal"). */
    private static boolean gerundOf(Token t, String word) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.endsWith("ing") && !word.endsWith("ing") && !w.equals(word);
    }

    /** A verb of the light-verbs list in any of its forms ("resumed", which the lemmatizer leaves as it is). */
    boolean isLightVerb(Token t) {
        if (knowledge.lightVerbs().contains(t.lemma())) {
            return true;
        }
        for (String light : knowledge.lightVerbs()) {
            if (sameWord(t, light)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The light verb whose object is the event noun at {@code noun} in the parse ("resumed indirect talks", "began a
     * three-day state visit"), or -1.
     */
    int lightVerbOf(SentenceView v, int noun) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse == null) {
            return -1;
        }
        if ((parse.relation(noun).equals("compound") || parse.relation(noun).equals("nmod") || parse.relation(noun).equals("amod"))
                && parse.head(noun) > noun) {
            noun = parse.head(noun); // "imposed export controls": the phrase's head is its object
        }
        int verb = parse.head(noun);
        if (parse.relation(noun).equals("pobj") && verb >= 0 && v.token(verb).is("under")) {
            verb = parse.head(verb); // "placed six officials under restrictive measures"
        } else if (!parse.relation(noun).equals("dobj")) {
            return -1;
        }
        // "plans to impose/ADJ export controls": the parser's tag settles it
        return verb >= 0 && verb < noun && v.isVerbInTagOrParse(verb) && isLightVerb(v.token(verb)) ? verb : -1;
    }

    static final List<String> REGULAR_ENDINGS = List.of("ing", "ed", "es", "s", "d");

    private static final java.util.Map<String, String> IRREGULAR = org.diplograph.extract.knowledge.IrregularVerbs.baseByForm();

    /** Whether a word the lemmatizer left whole may still be an inflected verb: a regular ending, or an irregular form. */
    static boolean mayBeInflected(String lowerCase) {
        return lowerCase.endsWith("ed") || lowerCase.endsWith("es") || lowerCase.endsWith("s") || IRREGULAR.containsKey(lowerCase);
    }

    /** "the latest United Nations sanctions": a word after a determiner is a noun, whatever the tagger said. */
    static boolean afterDeterminer(SentenceView v, int k) {
        int j = k - 1;
        while (j >= 0 && v.mentionAt(j) == null && "ADJ".equals(v.token(j).pos())) {
            j--;
        }
        String w = v.token(k).text();
        boolean plural = w.endsWith("s") && !w.endsWith("ss");
        org.diplograph.nlp.Parse p = v.sentence.parse();
        boolean finiteInParse = p != null && finiteVerbTag(p.arcs().get(k).tag()) && !p.dependents(k, "nsubj").isEmpty();
        if (j >= 0 && v.mentionAt(j) != null && (v.mentionAt(j).form() == Mention.Form.DEMONYM || plural && !finiteInParse)) {
            // "the French initiative", "the latest United Nations sanctions": a name that qualifies a noun
            // (not "the Polish government condemns Russia": the parser's finite verb with its subject)
            j = v.mentionAt(j).tokens().begin() - 1;
            while (j >= 0 && v.mentionAt(j) == null && "ADJ".equals(v.token(j).pos())) {
                j--;
            }
        }
        return j >= 0 && v.mentionAt(j) == null && ("DET".equals(v.token(j).pos()) && !v.token(j).is("that") && !floatingQuantifier(v, j)
                || v.token(j).is("its") || v.token(j).is("their"));
    }

    /**
     * "have both condemned", "had each warned", "Turkey and the EU each condemned": a quantifier of the subject set
     * after its auxiliary or right after the subject that names it, no determiner.
     */
    static boolean floatingQuantifier(SentenceView v, int j) {
        return j > 0 && v.isListed(WordLists.Name.FLOATING_QUANTIFIERS, j)
                && (v.words.has(WordLists.Name.AUXILIARIES, v.token(j - 1).lemma().toLowerCase(Locale.ROOT))
                        || v.mentionAt(j - 1) != null && j + 1 < v.sentence.size() && v.token(j + 1).isVerb());
    }

    /** Whether a trigger of the lexicon that passes {@code which} matches at token {@code k}. */
    boolean matchesAny(SentenceView v, int k, java.util.function.Predicate<Trigger> which) {
        for (Trigger t : rowsAt(v.token(k))) {
            if (which.test(t) && match(v, k, t) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb's own row tells another event than the noun it carries, one the sentence must show its
     * target for: "will not attend the summit in Johannesburg" is a journey there as well as the meeting ("imposed
     * sanctions on Iran" is one sanction, the noun's).
     */
    boolean tellsMoreThanItsNoun(SentenceView v, int verb, Trigger row, int end) {
        for (int j = verb + 1; !row.noun() && j < end; j++) {
            if (matchesAny(v, j, Trigger::noun)) {
                return true; // "sign a joint statement": a row of the verb with its noun says what the pair makes
            }
        }
        if (row.noun() || row.needs() != Trigger.Need.TARGET) {
            return false;
        }
        for (int j = verb + 1; j < v.size() && j <= verb + 4; j++) {
            if (matchesAny(v, j, t -> t.noun() && t.type() == row.type())) {
                return false;
            }
        }
        return true;
    }

    /** A verb whose object is a noun trigger ("signed an agreement") lets the noun make the event. */
    boolean isLightVerbFor(SentenceView v, int verb) {
        if (!isLightVerb(v.token(verb))) {
            return false;
        }
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse != null && parse.dependents(verb, "dobj").stream().anyMatch(j -> j > verb && matchesAny(v, j, Trigger::noun))) {
            return true; // "began a three-day state visit": the parse sees past what the word window does not
        }
        if (parse != null && parse.dependents(verb, "nsubjpass").stream().anyMatch(j -> j < verb
                && matchesAny(v, j, t -> t.noun() && !t.type().isCommunication() && t.type() != org.diplograph.model.EventType.AGREE))) {
            return true; // "new sanctions were announced by the Treasury": the noun's passive light verb
        }
        for (int j = verb + 1; j < v.size() && j <= verb + 4; j++) {
            Token t = v.token(j);
            if (matchesAny(v, j, Trigger::noun)) {
                return true;
            }
            if (!("DET".equals(t.pos()) || "ADJ".equals(t.pos()) || "NUM".equals(t.pos()) || "NOUN".equals(t.pos())
                    || t.is("its") || t.is("their") || t.is("his") || t.is("her"))) {
                return false;
            }
        }
        return false;
    }
}
