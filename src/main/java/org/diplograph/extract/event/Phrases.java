package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Token;
import org.diplograph.nlp.TokenSpan;
import org.diplograph.extract.knowledge.WordLists;

/** Where participants stand around a trigger: after a preposition, in the object noun phrase, at a forum. */
final class Phrases {
    private Phrases() {
    }



    /** The last noun of tokens [from, to), or {@code from}. */
    static int lastNounFrom(SentenceView v, int from, int to) {
        int last = from;
        for (int k = from; k < to && k < v.size(); k++) {
            if (v.token(k).isNoun()) {
                last = k;
            } else if (!"ADJ".equals(v.token(k).pos())) {
                break;
            }
        }
        return last;
    }

    /**
     * "agreed with his brother, President Sisi, to build": a short noun phrase that names no one, then the person it
     * is, set off by commas. Null when there is none.
     */
    private static Mention personApposed(SentenceView v, int from, int to) {
        int k = from;
        while (k < to && k < from + 4 && v.mentionAt(k) == null && !v.token(k).text().equals(",")
                && ("DET".equals(v.token(k).pos()) || "PRON".equals(v.token(k).pos()) || "ADJ".equals(v.token(k).pos()) || v.token(k).isNoun())
                && !v.token(k).isProperNoun()) {
            k++;
        }
        if (k == from || k + 1 >= v.size() || !v.token(k).text().equals(",") || !v.token(k - 1).isNoun()) {
            return null;
        }
        Mention person = v.mentionStartingAt(k + 1);
        int after = person == null ? -1 : person.tokens().end();
        boolean closed = after >= 0 && (after >= v.size() || v.token(after).text().equals(",") || v.token(after).is("to")
                || "PUNCT".equals(v.token(after).pos()) && after == v.size() - 1);
        return closed && person.actor().kind() == ActorKind.PERSON && person.canParticipate() ? person : null;
    }

    /** The mention group after the first {@code preposition} in tokens [from, to). */
    static List<Mention> after(SentenceView v, int from, int to, String preposition) {
        for (int k = from; k < to && k < v.size(); k++) {
            if (v.mentionAt(k) == null && v.token(k).is(preposition)) {
                if (k > 0 && preposition.equals("with") && (v.token(k - 1).is("together") || v.token(k - 1).is("along"))) {
                    continue; // "mediating the dispute together with the World Bank": one more on the same side
                }
                if (k + 1 < v.size() && v.words.has(WordLists.Name.CALENDAR_WORDS, v.token(k + 1).text().toLowerCase(Locale.ROOT))) {
                    continue; // "broke off ties with Iran on Monday and the UAE ...": a day, not a party
                }
                Mention m = v.mentionStartingAt(k + 1);
                if (m == null && k + 2 < v.size() && ("DET".equals(v.token(k + 1).pos()) || v.words.has(WordLists.Name.POSSESSIVES, v.token(k + 1).text().toLowerCase(Locale.ROOT)))) {
                    m = v.mentionStartingAt(k + 2);
                }
                if (m == null && k + 2 < v.size() && v.token(k + 1).is("visiting")) {
                    m = v.mentionStartingAt(k + 2); // "talks with visiting Pakistani Foreign Minister Ishaq Dar"
                }
                // "about 100", "some 1,500" (a tagger's ADV or ADP)
                int count = k + 2 < v.size() && ("ADV".equals(v.token(k + 1).pos()) || "ADP".equals(v.token(k + 1).pos())) ? k + 2 : k + 1;
                if (m == null && count + 1 < v.size() && "NUM".equals(v.token(count).pos()) && v.mentionStartingAt(count + 1) != null
                        && v.mentionStartingAt(count + 1).form() != Mention.Form.NAME) {
                    m = v.mentionStartingAt(count + 1); // "sanctions against three Chinese companies" (not "two U.S. allies")
                }
                if (m == null && k + 3 < v.size() && "CCONJ".equals(v.token(k + 1).pos())) {
                    m = afterCoordinatedPreposition(v, k + 2); // "exports to and imports from Israel"
                }
                if (m == null) {
                    m = listedAfter(v, k + 1, to);
                }
                if (m == null) {
                    m = officialsOf(v, k + 1);
                }
                if (m == null) {
                    m = personApposed(v, k + 1, to);
                }
                if (m != null && namesCapital(v, m)) {
                    return List.of(m); // "to the Turkish capital": a place in Turkey
                }
                if (m != null && (m.form() == Mention.Form.DEMONYM || "ADJ".equals(v.token(m.tokens().end() - 1).pos()))) {
                    m = namedAfterDemonym(v, m, to);
                }
                if (m != null && (m.canParticipate() || ownsItsNoun(v, m, to))) {
                    return v.groupRightFrom(m);
                }
            }
        }
        return List.of();
    }

    /**
     * The party after the next preposition, where a preposition shares it with that one: "to and from Israel",
     * "exports to and imports from Israel" (at most a noun between, which the tagger may take for a verb that opens
     * a clause).
     */
    private static Mention afterCoordinatedPreposition(SentenceView v, int from) {
        for (int j = from; j < v.size() - 1 && j <= from + 2; j++) {
            if ("ADP".equals(v.token(j).pos())) {
                Mention m = v.mentionStartingAt(j + 1);
                return m != null && m.canParticipate() ? m : null;
            }
        }
        return null;
    }

    /** "the Turkish capital": a nationality before a capital noun names a place in that state. */
    static boolean namesCapital(SentenceView v, Mention m) {
        return m.form() == Mention.Form.DEMONYM && m.actor().kind() == ActorKind.STATE && m.tokens().end() < v.size()
                && v.words.has(WordLists.Name.CAPITAL_NOUNS, v.token(m.tokens().end()).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * "support for the Norwegian mediation", "regret at the American decision": a state's nationality word on the
     * common noun a preposition governs says whose that thing is, and so who takes part.
     */
    private static boolean ownsItsNoun(SentenceView v, Mention demonym, int to) {
        if (demonym.form() != Mention.Form.DEMONYM || demonym.actor().kind() != ActorKind.STATE) {
            return false;
        }
        int k = demonym.tokens().end();
        while (k < to && k < v.size() && "ADJ".equals(v.token(k).pos()) && v.mentionAt(k) == null) {
            k++;
        }
        return k < to && k < v.size() && "NOUN".equals(v.token(k).pos()) && v.mentionAt(k) == null;
    }

    /** "to the Syrian Kurdish YPG militia": a name after the nationality, in the same noun phrase, is whom it means. */
    private static Mention namedAfterDemonym(SentenceView v, Mention demonym, int to) {
        for (int j = demonym.tokens().end(); j < to && j < v.size() && j <= demonym.tokens().end() + 2; j++) {
            Mention next = v.mentionStartingAt(j);
            if (next != null && next.canParticipate() && next.form() == Mention.Form.NAME) {
                return next;
            }
            if (!"ADJ".equals(v.token(j).pos()) && !"PROPN".equals(v.token(j).pos())) {
                break;
            }
        }
        return demonym;
    }

    /**
     * "between the foreign ministers of Armenia and Azerbaijan": the first state whose people the phrase names; "for
     * the efforts of President Ramaphosa": whose plan or effort it is (plan-nouns).
     */
    private static Mention officialsOf(SentenceView v, int from) {
        int k = from;
        // up to the head noun, the word before "of" ("the chief negotiators of")
        while (k + 1 < v.size() && k < from + 4 && v.mentionAt(k) == null && !v.token(k + 1).is("of") && !placedAt(v, k)
                && ("DET".equals(v.token(k).pos()) || "ADJ".equals(v.token(k).pos()) || "NOUN".equals(v.token(k).pos()))) {
            k++;
        }
        if (k + 2 < v.size() && placedAt(v, k) && v.mentionAt(k + 2) != null && v.mentionAt(k + 2).actor().kind() == ActorKind.STATE) {
            return v.mentionAt(k + 2); // "with counterparts in Washington, Paris and Beijing": those of these states
        }
        if (k + 2 >= v.size() || v.mentionAt(k) != null || !v.token(k + 1).is("of")
                || !(v.words.has(WordLists.Name.ROLE_HEADS, v.token(k).lemma()) || v.words.has(WordLists.Name.PLAN_NOUNS, v.token(k).text().toLowerCase(Locale.ROOT))
                        // "signed an agreement with the Government of Pakistan": a state's government stands for it
                        || v.words.has(WordLists.Name.GOVERNMENT_NOUNS, v.token(k).text().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        int at = v.token(k + 2).is("the") && k + 3 < v.size() ? k + 3 : k + 2;
        return v.mentionStartingAt(at);
    }

    /** Whether the word at {@code k} is officials' or counterparts' noun with a place after it: "counterparts in". */
    private static boolean placedAt(SentenceView v, int k) {
        return k + 1 < v.size() && (v.token(k + 1).is("in") || v.token(k + 1).is("from")) && v.mentionAt(k) == null
                && (v.words.has(WordLists.Name.COUNTERPART_NOUNS, v.token(k).lemma()) || v.words.has(WordLists.Name.ROLE_HEADS, v.token(k).lemma()));
    }

    /**
     * "talks with the European countries, Russia and China": the first actor of a list whose head is a phrase
     * that names none; null when no list follows.
     */
    private static Mention listedAfter(SentenceView v, int from, int to) {
        int k = from;
        // the list's commas may be where the clause seemed to end
        while (k < v.size() && k < from + 5 && v.mentionAt(k) == null
                && ("DET".equals(v.token(k).pos()) || "ADJ".equals(v.token(k).pos()) || v.token(k).isNoun())) {
            k++;
        }
        if (k == from || from >= to || k + 1 >= v.size() || !(v.token(k).text().equals(",") || v.token(k).is("and"))) {
            return null;
        }
        int next = v.token(k).text().equals(",") && v.token(k + 1).is("and") ? k + 2 : k + 1;
        if (next < v.size() && v.token(next).is("the")) {
            next++;
        }
        return next < v.size() ? v.mentionStartingAt(next) : null;
    }

    /**
     * The parties a phrase that names none gives as examples: "engaging senior officials in both countries, including
     * Prime Ministers Modi and Sharif". Empty when the phrase at {@code from} is no such phrase.
     */
    static List<Mention> included(SentenceView v, int from) {
        int k = from;
        while (k < v.size() && k < from + 8 && v.mentionAt(k) == null && !v.token(k).is("including") && ("DET".equals(v.token(k).pos())
                || "ADJ".equals(v.token(k).pos()) || "ADP".equals(v.token(k).pos()) || v.token(k).isNoun())) {
            k++;
        }
        int examples; // the first word after "including", with or without a comma before it ("hosted leaders including ...")
        if (k > from && k + 1 < v.size() && v.token(k).is("including")) {
            examples = k + 1;
        } else if (k > from && k + 2 < v.size() && v.token(k).text().equals(",") && v.token(k + 1).is("including")) {
            examples = k + 2;
        } else {
            return List.of();
        }
        for (int m = examples; m < v.size() && m < examples + 3; m++) {
            Mention first = v.mentionStartingAt(m);
            if (first != null) {
                return first.canParticipate() ? v.groupRightFrom(first) : List.of();
            }
        }
        return List.of();
    }

    /**
     * Where the object starts after a manner phrase put before it: "condemned in the strongest terms the attack",
     * "deploring \"in the strongest terms\" the aggression"; {@code from} when there is none.
     */
    static int afterMannerPhrase(SentenceView v, int from) {
        return pastFreeRelative(v, afterMannerPhraseOnly(v, from));
    }

    /**
     * "condemned what it called a reckless use of the veto", "rejected what Beijing described as interference": the
     * object is what the free relative names, after its verb of naming (and "as").
     */
    static int pastFreeRelative(SentenceView v, int from) {
        if (from >= v.size() || !v.token(from).is("what")) {
            return from;
        }
        for (int k = from + 1; k < v.size() && k <= from + 5; k++) {
            if (v.words.has(WordLists.Name.NAMING_VERBS, v.token(k).lemma().toLowerCase(java.util.Locale.ROOT)) && v.token(k).isVerb()) {
                int after = k + 1 < v.size() && v.token(k + 1).is("as") ? k + 2 : k + 1;
                return after < v.size() ? after : from;
            }
            if (v.token(k).isVerb() || "PUNCT".equals(v.token(k).pos())) {
                return from;
            }
        }
        return from;
    }

    private static int afterMannerPhraseOnly(SentenceView v, int from) {
        int k = from;
        boolean quoted = k < v.size() && isQuote(v.token(k).text());
        if (quoted) {
            k++;
        }
        if (k >= v.size() || !v.token(k).is("in")) {
            return from;
        }
        for (int j = k + 1; j < v.size() && j <= k + 5; j++) {
            if (v.token(j).is("terms") || v.token(j).is("term")) {
                int after = j + 1;
                if (quoted && after < v.size() && isQuote(v.token(after).text())) {
                    after++;
                }
                return after < v.size() && !v.token(after).text().equals(",") ? after : from;
            }
            if (v.mentionAt(j) != null) {
                return from;
            }
        }
        return from;
    }

    static boolean isQuote(String text) {
        return text.equals("\"") || text.equals("\u201c") || text.equals("\u201d") || text.equals("``") || text.equals("''");
    }

    /** Every mention group after the preposition in tokens [from, to), up to a hard boundary ("by A and by B"). */
    static List<Mention> allAfter(SentenceView v, int from, int to, String preposition) {
        List<Mention> out = new ArrayList<>();
        for (int k = from; k < to && k < v.size(); k++) {
            Token t = v.token(k);
            if (t.text().equals(";") || t.is("which") || t.is("who") || "SCONJ".equals(t.pos())) {
                break;
            }
            if (v.mentionAt(k) == null && t.is(preposition)) {
                List<Mention> group = after(v, k, k + 1, preposition);
                out.addAll(group);
            }
        }
        return out;
    }

    /** A state named, even as an adjective, within a few words after the preposition. */
    static Mention demonymAfter(SentenceView v, int from, int to, String preposition) {
        for (int k = from; k < to && k < v.size(); k++) {
            if (v.mentionAt(k) == null && v.token(k).is(preposition)) {
                for (int j = k + 1; j < to && j < v.size() && j <= k + 4; j++) {
                    Mention m = v.mentionStartingAt(j);
                    if (m != null && (m.actor().kind() == ActorKind.STATE || m.actor().country() != null)) {
                        return m;
                    }
                    if (m == null && ("CCONJ".equals(v.token(j).pos()) || "PUNCT".equals(v.token(j).pos()))) {
                        break; // "on Monday and the United Arab Emirates": the goods' phrase has ended
                    }
                }
            }
        }
        return null;
    }

    /** "in the UN Security Council", "at the UN General Assembly": a forum after the trigger. */
    static Actor venueAfter(SentenceView v, int from, int to) {
        for (int k = from; k < to && k < v.size(); k++) {
            if (v.mentionAt(k) == null && (v.token(k).is("in") || v.token(k).is("at"))) {
                Mention m = v.mentionStartingAt(k + 1);
                if (m == null && k + 2 < v.size() && "DET".equals(v.token(k + 1).pos())) {
                    m = v.mentionStartingAt(k + 2);
                }
                if (m != null && isVenue(m.actor())) {
                    return m.actor();
                }
            }
        }
        return null;
    }

    static boolean isVenue(Actor a) {
        return a.kind() == ActorKind.ORGANIZATION && "InternationalOrganization".equals(a.type());
    }

    /** The end of the noun phrase starting at {@code from}: up to a preposition (other than "of"), a verb or punctuation. */
    static int nounPhraseEnd(SentenceView v, int from, int to) {
        int k = from;
        while (k < to && k < v.size()) {
            Token t = v.token(k);
            boolean inMention = v.mentionAt(k) != null;
            boolean possessiveList = t.is("and") && k > from && v.token(k - 1).isPossessiveMark();
            // "accusations by Greece": the author of the noun belongs to its phrase, as its owner does
            boolean author = t.is("by") && k > from && v.token(k - 1).isNoun() && v.mentionStartingAt(k + 1) != null;
            // "the authorities in Minsk": the state a ruling body is placed in is the one it governs
            boolean seat = t.is("in") && k > from && v.words.has(WordLists.Name.GOVERNMENT_NOUNS, v.token(k - 1).lemma())
                    && v.mentionStartingAt(k + 1) != null && v.mentionStartingAt(k + 1).actor().kind() == ActorKind.STATE;
            // "a 50-billion-euro package": the pieces of a hyphenated word
            boolean hyphenated = "PUNCT".equals(t.pos()) && t.text().startsWith("-") && t.text().length() > 1;
            // "the assets of President Putin and Foreign Minister Lavrov": a list of actors
            boolean actorList = (t.is("and") || t.text().equals(",")) && k > from && v.mentionAt(k - 1) != null
                    && startsActorSoon(v, k + 1);
            // "the proposed arrangements": a participle between a determiner and its noun describes the noun
            boolean prenominal = "VERB".equals(t.pos()) && k > from && "DET".equals(v.token(k - 1).pos())
                    && k + 1 < v.size() && v.token(k + 1).isNoun() && v.mentionAt(k + 1) == null;
            // "a US-drafted resolution": a participle joined by a hyphen to the word before it
            boolean joined = "VERB".equals(t.pos()) && k > from && v.token(k - 1).text().equals("-")
                    && v.token(k - 1).span().end() == t.span().begin();
            // "the departure of about 1,500 troops": a tagger's preposition before a number counts it
            boolean approximate = "ADP".equals(t.pos()) && k > from && v.token(k - 1).is("of") && k + 1 < v.size()
                    && "NUM".equals(v.token(k + 1).pos());
            // 'welcomed "the constructive stance of Peru"', 'the "barbaric" attack': quotation marks opening the
            // phrase or standing inside it, before the noun the parse hangs them on (not a quoted title: 'signed
            // the "Beijing Declaration"' names a document, not Beijing's side)
            boolean quoted = isQuote(t.text()) && (k == from || v.sentence.parse() != null && v.sentence.parse().head(k) > k)
                    && k + 1 < to && k + 1 < v.size() && !v.token(k + 1).isVerb() && !isQuote(v.token(k + 1).text())
                    && !v.token(k + 1).isCapitalized();
            // "called that decision unacceptable": a determiner, not a clause opening
            boolean demonstrative = t.is("that") && k == from && v.isDeterminer(k);
            if (!inMention && !possessiveList && !author && !seat && !hyphenated && !actorList && !prenominal && !joined && !approximate && !quoted
                    && (t.is("that") && !demonstrative || "ADP".equals(t.pos()) && !t.is("of") || "VERB".equals(t.pos()) || "AUX".equals(t.pos())
                    || "PUNCT".equals(t.pos()) && !t.text().equals("-") || "SCONJ".equals(t.pos()) || "CCONJ".equals(t.pos())
                    || "PART".equals(t.pos()))) {
                break;
            }
            k++;
        }
        return k;
    }

    /** An actor's mention starts at {@code k}, or after a title of up to three words ("Foreign Minister Sergey Lavrov"). */
    private static boolean startsActorSoon(SentenceView v, int k) {
        for (int j = k; j < k + 4 && j < v.size(); j++) {
            if (v.mentionStartingAt(j) != null) {
                return true;
            }
            if (!"PROPN".equals(v.token(j).pos()) && !"ADJ".equals(v.token(j).pos()) && !v.token(j).is("and")) {
                return false;
            }
        }
        return false;
    }

    /** The noun phrase that ends just before token {@code end}, back to its determiner. */
    static String nounPhraseEndingAt(SentenceView v, int end) {
        int b = end - 1;
        while (b >= 0 && ("NOUN".equals(v.token(b).pos()) || "ADJ".equals(v.token(b).pos()) || "PROPN".equals(v.token(b).pos())
                || "DET".equals(v.token(b).pos()) || v.mentionAt(b) != null)) {
            if ("DET".equals(v.token(b).pos())) {
                break;
            }
            b--;
        }
        if (b < 0) {
            b = 0;
        }
        return b < end ? v.sentence.textOf(new TokenSpan(b, end)) : null;
    }

    /** "duties on imports of Australian barley", "tariffs on goods from Vietnam and Thailand": where the goods come from. */
    static List<Mention> origins(SentenceView v, int end, int clauseEnd) {
        Mention origin = Phrases.demonymAfter(v, end, clauseEnd, "on");
        if (origin == null) {
            return List.of();
        }
        return origin.canParticipate() ? v.groupRightFrom(origin) : List.of(origin);
    }

    /**
     * The state a nationality adjective or a state's name before the noun names ("Ukrainian accusations", "a U.S.
     * offer", "an Egyptian peace plan"), as its only owner.
     */
    static List<Mention> nationalityOf(SentenceView v, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 3; k--) {
            Mention m = v.mentionAt(k);
            if (m != null && (m.form() == Mention.Form.DEMONYM || m.form() == Mention.Form.NAME) && m.actor().kind() == ActorKind.STATE
                    && m.tokens().end() == k + 1) {
                return List.of(m);
            }
            if (!"ADJ".equals(v.token(k).pos()) && m == null) {
                break;
            }
        }
        return List.of();
    }

    /**
     * The state an "in" or "of" phrase of the noun names, through one more such phrase at most: "the result of the
     * vote in Venezuela", "the sovereignty of Ukraine". Empty where the parse shows none.
     */
    static List<Mention> stateOfPlace(SentenceView v, int noun) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse == null || noun < 0) {
            return List.of();
        }
        List<Integer> heads = new ArrayList<>(List.of(noun));
        for (int depth = 0; depth < 2 && !heads.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int head : heads) {
                for (int prep : parse.dependents(head, "prep")) {
                    if (!v.token(prep).is("in") && !v.token(prep).is("of")) {
                        continue;
                    }
                    for (int object : parse.dependents(prep, "pobj")) {
                        Mention m = v.mentionAt(object);
                        if (m != null && m.actor().kind() == ActorKind.STATE && m.form() != Mention.Form.DEMONYM) {
                            return List.of(m);
                        }
                        if (m == null && v.token(object).isNoun()) {
                            next.add(object);
                        }
                    }
                }
            }
            heads = next;
        }
        return List.of();
    }
}
