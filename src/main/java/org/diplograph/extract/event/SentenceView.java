package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.extract.knowledge.WordLists;

/**
 * A sentence with its actor mentions laid over the tokens, and the clauses it falls into: what the event
 * finder reads. Clause boundaries are punctuation, "but", complementizers ("that") and relative pronouns
 * ("which", "who"), and "and" before a new verb phrase.
 */
final class SentenceView {
    private static final java.util.regex.Pattern DAY_NUMBER = java.util.regex.Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d{2}");
    private static final java.util.regex.Pattern MONTH_ABBREVIATION = java.util.regex.Pattern.compile("[A-Z][a-z]{2,8}\\.?");
    private static final java.util.regex.Pattern CALENDAR_NAME = java.util.regex.Pattern.compile("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?");
    /** Words that may stand between a subject and its verb ("has", "also", "not", "on Wednesday" is not one). */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("AUX", "ADV", "PART");


    final Sentence sentence;
    final List<Mention> mentions;
    final WordLists words;
    /** The actors the sentences before this one named, in the order told: whom "both countries" may point back to. */
    final List<Actor> namedBefore;
    /** The lists of two or more actors the sentences before this one told ("India and Pakistan"), in the order told. */
    final List<List<Actor>> namedTogetherBefore;
    /** The international body whose gathering the sentences before named ("the summit of the Quad"), or null. */
    final Actor gatheredBefore;
    private final Mention[] mentionAt;
    private final boolean[] boundary;

    SentenceView(Sentence sentence, List<Mention> mentions, WordLists words, List<Actor> namedBefore, List<List<Actor>> namedTogetherBefore,
            Actor gatheredBefore) {
        this.sentence = sentence;
        this.gatheredBefore = gatheredBefore;
        this.words = words;
        this.namedBefore = List.copyOf(namedBefore);
        this.namedTogetherBefore = List.copyOf(namedTogetherBefore);
        this.mentions = List.copyOf(mentions);
        this.mentionAt = new Mention[sentence.size()];
        for (Mention m : mentions) {
            for (int k = m.tokens().begin(); k < m.tokens().end(); k++) {
                mentionAt[k] = m;
            }
        }
        this.boundary = new boolean[sentence.size() + 1];
        for (int k = 0; k < sentence.size(); k++) {
            boundary[k] = isBoundary(k);
        }
        boundary[sentence.size()] = true;
    }

    int size() {
        return sentence.size();
    }

    Token token(int k) {
        return sentence.token(k);
    }

    Mention mentionAt(int k) {
        return k >= 0 && k < mentionAt.length ? mentionAt[k] : null;
    }

    /** The mention that starts at token k, if one does. */
    Mention mentionStartingAt(int k) {
        Mention m = mentionAt(k);
        return m != null && m.tokens().begin() == k ? m : null;
    }

    /** Whether a comma stands right before token {@code k}, adverbs between allowed (", urging", ", then blocking"). */
    boolean afterComma(int k) {
        int p = k - 1;
        while (p > 0 && "ADV".equals(sentence.token(p).pos())) {
            p--;
        }
        return p >= 0 && sentence.token(p).text().equals(",");
    }

    /** The mention that ends just before token k, if one does. */
    Mention mentionEndingBefore(int k) {
        Mention m = mentionAt(k - 1);
        return m != null && m.tokens().end() == k ? m : null;
    }

    boolean isBoundaryAt(int k) {
        return boundary[k];
    }

    private boolean isBoundary(int k) {
        if (mentionAt[k] != null && mentionAt[k].tokens().begin() != k) {
            return false;
        }
        Token t = sentence.token(k);
        String w = t.text().toLowerCase();
        if (w.equals(",") && insideADate(k)) {
            return false; // "spoke by telephone on March 31, 2015 with President Sisi": one clause
        }
        if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")
                || w.equals("(") || w.equals(")") || w.equals("\u2014") || w.equals("--")) {
            return true;
        }
        if (words.has(WordLists.Name.CLAUSE_BOUNDARIES, w)) {
            return true;
        }
        // "that" opening a clause (complementizer or relative pronoun), not "that deal"
        if (w.equals("that") && ("SCONJ".equals(t.pos()) || "PRON".equals(t.pos())) && !isDeterminer(k)) {
            return true;
        }
        // "and" that opens a new verb phrase: "said it opposed the move and would not participate"
        if ((w.equals("and") || w.equals("or")) && k + 1 < sentence.size() && sentence.token(k + 1).isVerb()) {
            return true;
        }
        return false;
    }

    /** Whether the word at {@code k} determines a noun, by the tagger or by the parse ("that/PRON decision": det). */
    boolean isDeterminer(int k) {
        return "DET".equals(sentence.token(k).pos()) || sentence.parse() != null && "det".equals(sentence.parse().relation(k));
    }

    /** A comma of a written date: "March 31, 2015", "Tuesday, March 31". */
    private boolean insideADate(int k) {
        if (k < 1 || k + 1 >= sentence.size()) {
            return false;
        }
        String before = sentence.token(k - 1).text();
        String after = sentence.token(k + 1).text();
        boolean dayAndYear = DAY_NUMBER.matcher(before).matches() && YEAR.matcher(after).matches()
                && k >= 2 && CALENDAR_NAME.matcher(sentence.token(k - 2).text()).matches();
        boolean weekdayAndMonth = CALENDAR_NAME.matcher(before).matches() && CALENDAR_NAME.matcher(after).matches();
        return dayAndYear || weekdayAndMonth;
    }

    /** Start of the clause holding token k. */
    int clauseStart(int k) {
        int b = k;
        while (b > 0 && !boundary[b]) {
            b--;
        }
        return b;
    }

    /** End (exclusive) of the clause holding token k. */
    int clauseEnd(int k) {
        int e = k + 1;
        while (e < sentence.size() && !boundary[e]) {
            e++;
        }
        return e;
    }

    /**
     * The end of the clause of {@code k}, read on through quotation marks: a judgement may be quoted ("called the
     * expulsions \"reckless\"").
     */
    int clauseEndThroughQuotes(int k) {
        int e = clauseEnd(k);
        while (e < sentence.size() && Phrases.isQuote(sentence.token(e).text())) {
            e = clauseEnd(e);
        }
        return e;
    }

    /**
     * The subject of the verb at {@code verb}: the mentions, joined by "and" or commas, that end just before it
     * (auxiliaries and adverbs between are allowed), or that close an apposition ("Marzouk, a member of
     * Hamas, said").
     */
    List<Mention> subjectOf(int verb) {
        int k = verb - 1;
        while (k >= 0 && mentionAt[k] == null && (BETWEEN_SUBJECT_AND_VERB.contains(sentence.token(k).pos())
                || words.has(WordLists.Name.AUXILIARIES, sentence.token(k).lemma()) || isTimeWord(k)) && !sentence.token(k).text().equals("that")) {
            k--;
        }
        if (k < 0) {
            return List.of();
        }
        if (mentionAt[k] == null && (sentence.token(k).is("they") || sentence.token(k).is("both") || TriggerMatcher.floatingQuantifier(this, k))) {
            // "Japan and India both condemned", "Washington and London had each warned": the list told before
            return lastGroupBefore(k);
        }
        if (sentence.token(k).text().equals(",") && mentionAt[k] == null) {
            if (mentionAt(k - 1) != null && mentionAt(k - 1).tokens().end() == k
                    && sentence.textOf(mentionAt(k - 1).tokens()).contains(",")) {
                k--;
            } else {
                // "Kerry, appearing later alongside Ashton, said": the subject stands before the inserted phrase
                int open = k - 1;
                while (open > 0 && open > k - 30 && !sentence.token(open).text().equals(",")) {
                    open--;
                }
                Mention inserted = mentionAt(k - 1);
                if (open > 0 && inserted != null && inserted.tokens().begin() == open + 1 && inserted.tokens().end() == k
                        && inserted.actor().kind() == ActorKind.PERSON && inserted.form() == Mention.Form.NAME) {
                    // "The US special envoy for Venezuela, Elliott Abrams, rejected": the name in apposition is who
                    // the subject is
                    k--;
                } else if (open > 0 && open < k - 1 && sentence.token(open).text().equals(",")) {
                    // "Senator Marco Rubio of Florida, the son of Cuban immigrants, condemned": back over a short
                    // "of Florida" to the name
                    int before = open;
                    while (before > 1 && before > open - 4 && mentionEndingBefore(before) == null
                            && ("ADP".equals(sentence.token(before - 1).pos()) || "PROPN".equals(sentence.token(before - 1).pos()))) {
                        before--;
                    }
                    if (mentionEndingBefore(before) != null) {
                        k = before - 1;
                    }
                }
            }
        }
        Mention last = mentionAt[k];
        if (last == null || last.tokens().end() != k + 1 || !last.canParticipate()) {
            return List.of();
        }
        // "The Russian embassy in London called": the head of the noun phrase, not the place after it;
        // "A spokesman for Ban said": a speaker we cannot name, not Ban
        int before = last.tokens().begin() - 1;
        if (before > 1 && sentence.token(before).is("the") && words.has(WordLists.Name.PHRASE_PREPOSITIONS, sentence.token(before - 1).text().toLowerCase())) {
            before--; // "Prime Minister Nikol Pashinyan of the Republic of Armenia signed"
        }
        if (before > 0 && words.has(WordLists.Name.PHRASE_PREPOSITIONS, sentence.token(before).text().toLowerCase())) {
            Mention head = mentionEndingBefore(before);
            if (head == null && before > 2 && "VERB".equals(sentence.token(before - 1).pos()) && sentence.token(before - 1).text().endsWith("ed")) {
                // "East African Community leaders gathered in Nairobi called": the leaders of the body, not the city
                head = mentionEndingBefore(before - 1);
                if (head == null && sentence.token(before - 2).isNoun() && mentionAt(before - 2) == null) {
                    head = mentionEndingBefore(before - 2);
                }
            }
            boolean seat = (sentence.token(before).is("in") || sentence.token(before).is("of")) && last.actor().kind() == ActorKind.STATE
                    && words.has(WordLists.Name.GOVERNMENT_NOUNS, sentence.token(before - 1).lemma());
            if (head != null && head.canParticipate()) {
                last = head;
            } else if (seat) {
                // "the foreign ministry in Prague summoned", "the Government of Nepal calls upon": the government
                // seated there, or of that state, acts
                return groupLeftFrom(last).size() == 1 ? List.of(last) : List.of();
            } else if ("NOUN".equals(sentence.token(before - 1).pos())
                    && !words.has(WordLists.Name.AGENT_NOUNS, sentence.token(before - 1).lemma())) {
                return List.of();
            }
        }
        List<Mention> group = groupLeftFrom(last);
        int opening = wordBefore(group.get(0));
        // "with China and Russia abstaining": the whole list does what the participle after it says
        boolean absolute = sentence.token(opening < 0 ? 0 : opening).is("with") && sentence.token(verb).text().endsWith("ing");
        if (group.size() > 1 && opening >= 0 && "ADP".equals(sentence.token(opening).pos()) && !absolute
                && words.has(WordLists.Name.NOUN_TARGET_PREPOSITIONS, sentence.token(opening).text().toLowerCase())) {
            // "pledged guarantees to the DPRK and the Chairman reaffirmed": a list that opens with a preposition's
            // object is that phrase; the verb's subject is the last name, or the names after the first where a comma
            // set them apart ("at the invitation of President Trump, President Aliyev ... and Prime Minister
            // Pashinyan ... signed")
            boolean apart = group.size() > 2 && group.get(1).actor().kind() == ActorKind.PERSON
                    && sentence.token(group.get(1).tokens().begin() - 1).text().equals(",");
            return apart ? List.copyOf(group.subList(1, group.size())) : List.of(group.get(group.size() - 1));
        }
        return group;
    }

    /** The last token of the words before the verb at {@code verb}, auxiliaries and adverbs skipped. */
    int subjectEnd(int verb) {
        int k = verb - 1;
        while (k > 0 && ("AUX".equals(sentence.token(k).pos()) || "ADV".equals(sentence.token(k).pos())
                || "PART".equals(sentence.token(k).pos()))) {
            k--;
        }
        return Math.max(k, 0);
    }

    /**
     * How many parties the word at {@code k} counts ("both", "two", "six", "27" of party-counts), or 0: "the six
     * leaders" are the six people the article named.
     */
    int partyCount(int k) {
        if (k < 0 || k >= size()) {
            return 0;
        }
        String w = token(k).text().toLowerCase(java.util.Locale.ROOT);
        Long n = words.numbered(WordLists.Name.PARTY_COUNTS).get(w);
        if (n == null && w.matches("[1-9][0-9]?")) {
            n = Long.valueOf(w);
        }
        return n == null || n < 2 ? 0 : n.intValue();
    }

    /** "on Sunday", "on Dec. 24", "late on Monday", "yesterday": time words that may stand between subject and verb. */
    boolean isTimeWord(int k) {
        String w = sentence.token(k).text();
        String lower = w.toLowerCase();
        if (words.has(WordLists.Name.TIME_WORDS, lower)) {
            return true;
        }
        if (DAY_NUMBER.matcher(w).matches() || w.equals(".")) {
            return k > 0 && (isTimeWord(k - 1) || MONTH_ABBREVIATION.matcher(sentence.token(k - 1).text()).matches());
        }
        return CALENDAR_NAME.matcher(w).matches();
    }


    /** Whether the word at {@code k} is in the list by its lemma or as written ("unjustified/VERB" has the lemma "unjustify"). */
    boolean isListed(WordLists.Name list, int k) {
        return words.has(list, sentence.token(k).lemma().toLowerCase(java.util.Locale.ROOT))
                || words.has(list, sentence.token(k).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** "they": the last group of two or more coordinated mentions before token k in this sentence. */
    List<Mention> lastGroupBefore(int k) {
        for (int j = k - 1; j > 0; j--) {
            Mention m = mentionEndingBefore(j);
            if (m != null && m.canParticipate()) {
                List<Mention> group = groupLeftFrom(m);
                if (group.size() >= 2) {
                    return group;
                }
            }
        }
        return List.of();
    }

    /** "A, B and C": the coordinated mentions ending with {@code last}. */
    List<Mention> groupLeftFrom(Mention last) {
        List<Mention> group = new ArrayList<>();
        group.add(last);
        int k = last.tokens().begin() - 1;
        boolean sawAnd = false;
        while (k >= 1) {
            if ("NUM".equals(sentence.token(k).pos()) && k >= 2 && sentence.token(k - 1).is("the")) {
                k--; // "Israel and the six Gulf Arab states": a count of the members named
            }
            if (sentence.token(k).is("the") && (sentence.token(k - 1).is("and") || sentence.token(k - 1).text().equals(","))) {
                k--; // "Ethiopia's government and the TPLF"
            }
            String w = sentence.token(k).text();
            if (!(w.equals("and") || w.equals(",") && sawAnd)) {
                break;
            }
            sawAnd |= w.equals("and");
            Mention before = mentionEndingBefore(k);
            if (before == null || !before.canParticipate()
                    || before.form() == Mention.Form.PRONOUN && sentence.token(before.tokens().begin()).is("it")) {
                break; // "voted against it and China and Gabon abstained": "it" is the text voted on, not a voter
            }
            if (w.equals(",") && before.tokens().begin() > 0 && "ADP".equals(sentence.token(before.tokens().begin() - 1).pos())
                    && !sentence.token(before.tokens().begin() - 1).is("of")) {
                // "..., hosted by Stoltenberg, Niinisto and Andersson looked on": not one list ("the foreign
                // ministers of the United States, Japan, India and Australia met" is one)
                break;
            }
            Mention ofWhom = before.actor().kind() == ActorKind.STATE && last.actor().kind() == ActorKind.PERSON ? personOf(before) : null;
            if (ofWhom != null) {
                before = ofWhom; // "President Ilham Aliyev of the Republic of Azerbaijan and Prime Minister Nikol Pashinyan"
            } else if (before.tokens().begin() > 0 && sentence.token(before.tokens().begin() - 1).is("the")) {
                // "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"
                before = new Mention(before.actor(), before.sentence(), new org.diplograph.nlp.TokenSpan(before.tokens().begin() - 1,
                        before.tokens().end()), before.span(), before.surface(), before.form());
            }
            group.add(0, before);
            k = before.tokens().begin() - 1;
        }
        return group;
    }

    /** The person a state's "of" phrase follows ("Aliyev of the Republic of Azerbaijan"), or null. */
    private Mention personOf(Mention state) {
        int b = state.tokens().begin() - 1;
        if (b > 0 && sentence.token(b).is("the")) {
            b--;
        }
        Mention person = b > 0 && sentence.token(b).is("of") ? mentionEndingBefore(b) : null;
        return person != null && person.actor().kind() == ActorKind.PERSON ? person : null;
    }

    /** The person named right after a state's possessive ("Argentina's Javier Milei"), or null. */
    Mention personOwnedBy(Mention m) {
        Mention owned = possessedOrSelf(m);
        return owned != m && owned.actor().kind() == ActorKind.PERSON && owned.tokens().begin() == m.tokens().end() + 1
                ? owned : null;
    }

    /**
     * The one a possessive phrase names, when it names someone ("Lavrov's deputy Sergei Ryabkov", "Russia's
     * Lavrov"); else the mention itself ("Russia's capital", "Finland's and Sweden's bids").
     */
    Mention possessedOrSelf(Mention m) {
        int k = m.tokens().end();
        if (k >= sentence.size() || !sentence.token(k).isPossessiveMark()) {
            return m;
        }
        for (int j = k + 1; j < sentence.size() && j <= k + 4; j++) {
            Mention owned = mentionStartingAt(j);
            if (owned != null && owned.canParticipate()) {
                return owned;
            }
            Token t = sentence.token(j);
            if (!(t.isNoun() || t.isProperNoun() || "ADJ".equals(t.pos()))) {
                break;
            }
        }
        return m;
    }

    /** The word before a mention, past a "the" ("to the DPRK"): -1 at the start of the sentence. */
    private int wordBefore(Mention m) {
        int k = m.tokens().begin() - 1;
        return k > 0 && sentence.token(k).is("the") ? k - 1 : k;
    }

    /**
     * Where the list goes on after an apposition that starts at {@code from} (", the party's top foreign policy
     * official, and Wang Yi"): the person named after its closing ", and"; {@code from} when there is none.
     */
    private int pastApposition(int from) {
        for (int j = from; j + 2 < sentence.size() && j < from + 14; j++) {
            Token t = sentence.token(j);
            if (t.isVerb() || t.text().equals(";")) {
                return from;
            }
            if (t.text().equals(",") && j > from) {
                int person = sentence.token(j + 1).is("and") ? j + 2 : -1;
                Mention m = person < 0 ? null : mentionStartingAt(person);
                return m != null && m.actor().kind() == ActorKind.PERSON && m.form() == Mention.Form.NAME ? person : from;
            }
        }
        return from;
    }

    /** "A, B and C": the coordinated mentions starting with {@code named}. */
    List<Mention> groupRightFrom(Mention named) {
        Mention first = possessedOrSelf(named);
        // a list of objects, after a verb or a preposition ("between A and B" names both parties, whatever follows)
        int opening = wordBefore(first);
        boolean objects = opening >= 0 && ("ADP".equals(sentence.token(opening).pos()) && !sentence.token(opening).is("between")
                || sentence.token(opening).isVerb());
        List<Mention> group = new ArrayList<>();
        group.add(first);
        int k = first.tokens().end();
        while (k + 1 < sentence.size()) {
            if (sentence.token(k).isPossessiveMark()) {
                k++; // "Finland's and Sweden's bids"
            }
            Mention last = group.get(group.size() - 1);
            if (last.actor().kind() == ActorKind.PERSON && sentence.token(k).is("of") && k + 2 < sentence.size()
                    && sentence.token(k + 1).isCapitalized()) {
                // "Kamchybek Tashiyev of Kyrgyzstan and Saymumin Yatimov of Tajikistan": the state qualifies the name
                k++;
                while (k + 1 < sentence.size() && sentence.token(k).isCapitalized()) {
                    k++;
                }
            }
            String w = sentence.token(k).text();
            int next = k + 1;
            if (w.equals(",") && next < sentence.size() && sentence.token(next).is("and")) {
                next++;
            }
            if (next + 2 < sentence.size() && sentence.token(next).text().equals(",") && "ADV".equals(sentence.token(next + 1).pos())
                    && sentence.token(next + 2).text().equals(",")) {
                next += 3; // "met Lavrov and, separately, Deshchytsia"
            }
            if (!(w.equals("and") || w.equals(",") || w.equals("or"))) {
                break; // ("would not meet Pence or Pompeo": neither)
            }
            if (w.equals("and") && next + 1 < sentence.size() && first.tokens().begin() > 0
                    && "ADP".equals(sentence.token(next).pos()) && sentence.token(next).is(sentence.token(first.tokens().begin() - 1).text())) {
                next++; // "spoke with Aoun and with Lapid": the preposition said again
            }
            if (next < sentence.size() && sentence.token(next).is("the") && mentionStartingAt(next + 1) != null) {
                next++;
            }
            if (w.equals(",") && mentionStartingAt(next) == null && group.get(group.size() - 1).actor().kind() == ActorKind.PERSON) {
                next = pastApposition(next); // "met Yang Jiechi, the party's top foreign policy official, and Wang Yi"
            }
            Mention after = mentionStartingAt(next);
            if (after == null || !after.canParticipate()) {
                break;
            }
            // ", and Pentagon Chief Lloyd Austin discussed": the subject of a new clause, not one more object
            int afterEnd = after.tokens().end();
            while (afterEnd < sentence.size() && "AUX".equals(sentence.token(afterEnd).pos())) {
                afterEnd++;
            }
            if ((w.equals(",") || w.equals("and") && objects) && afterEnd < sentence.size() && sentence.token(afterEnd).isVerb()
                    && !sentence.token(afterEnd).text().endsWith("ing")) {
                break; // "pledged guarantees to the DPRK and the Chairman reaffirmed": a new clause after a list of objects
            }
            Mention owned = personOwnedBy(after);
            if (owned != null) {
                after = owned; // "Argentina's Javier Milei, Chile's Gabriel Boric and ...": the next leader of a list
            } else if (w.equals(",") && afterEnd < sentence.size() && sentence.token(afterEnd).isPossessiveMark()
                    && !(afterEnd + 1 < sentence.size() && sentence.token(afterEnd + 1).is("and"))) {
                break; // "with China, Pyongyang's main ally": a description of the one before, not one more party
            }
            Mention before = group.get(group.size() - 1);
            if (w.equals(",") && before.actor().kind() == ActorKind.PERSON && before.form() == Mention.Form.NAME
                    && (after.form() == Mention.Form.ROLE || after.form() == Mention.Form.SOURCE)) {
                // "by Getachew Reda, the TPLF's chief negotiator": who the one named is, not one more party; the list
                // may go on after it ("met Li Qiang, the Chinese premier, and Wang Yi")
                int past = pastApposition(next);
                after = past == next ? null : mentionStartingAt(past);
                if (after == null || !after.canParticipate()) {
                    break;
                }
            }
            group.add(after);
            k = after.tokens().end();
        }
        return group;
    }

    /** The subject of a clause that has one: the first mention group followed by a verb. */
    List<Mention> clauseSubject(int start, int end) {
        for (int k = start; k < end; k++) {
            // "an invitation for Lavrov to visit London": the subject of an infinitive is not the clause's
            // nor that of a participle ("praising the leaders of the two allies")
            if (isVerbLike(k) && !(k > 0 && sentence.token(k - 1).is("to"))
                    && !sentence.token(k).text().endsWith("ing")) {
                List<Mention> subject = subjectOf(k);
                if (!subject.isEmpty()) {
                    return subject;
                }
            }
        }
        return List.of();
    }

    /** "those voting in favour": an -ing word after "those" is a participle, "those" standing for who did it. */
    boolean isParticipleAfterThose(int k) {
        return k > 0 && sentence.token(k - 1).is("those") && sentence.token(k).text().endsWith("ing");
    }

    /** A verb by the tagger or by the parser's tag, which settles a verb the tagger missed ("to impose/ADJ"). */
    boolean isVerbInTagOrParse(int k) {
        return sentence.token(k).isVerb() || sentence.parse() != null && sentence.parse().arcs().get(k).tag().startsWith("VB");
    }

    /** A verb, or a past form the tagger called an adjective right after its subject ("Shoukry, expressed/ADJ"). */
    boolean isVerbLike(int k) {
        Token t = sentence.token(k);
        if (t.isVerb()) {
            return true;
        }
        return "ADJ".equals(t.pos()) && t.text().endsWith("ed") && k > 0
                && (mentionEndingBefore(k) != null || sentence.token(k - 1).text().equals(","));
    }

    static List<Actor> actors(List<Mention> mentions) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (out.stream().noneMatch(a -> a.key().equals(m.actor().key()))) {
                out.add(m.actor());
            }
        }
        return out;
    }

    /** The keys of these actors, as a set: who they are, in any order. */
    static java.util.Set<String> keys(List<org.diplograph.model.Actor> actors) {
        java.util.Set<String> out = new java.util.HashSet<>();
        actors.forEach(a -> out.add(a.key()));
        return out;
    }
}
