package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Token;

/**
 * Reads who acts on the verb of a frame: its subject, from the words before it or the parse ("Mitsotakis and his
 * Turkish counterpart agreed"), else the subject it shares with the clause before ("Kerry welcomed the accord,
 * praising ..."), the one an infinitive belongs to ("urged Iran to return"), the names of a headline ("Seoul, Tokyo
 * agree"); and whether the verb is passive ("was vetoed by Russia"), where the agent follows "by".
 */
final class AgentReader {
    private AgentReader() {
    }

    /**
     * Whether the names before the verb sit in a place phrase ("in", "from") of a subject noun that is no actor and
     * no one who stands for an actor: "parties in Sri Lanka", "protesters from Kyiv".
     */
    private static boolean placeOfTheSubject(SentenceView v, int verb, List<Mention> names) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return false;
        }
        for (int s : parse.dependents(verb, "nsubj")) {
            String lemma = v.token(s).lemma().toLowerCase(Locale.ROOT);
            // ("the government in Kabul" is Afghanistan's, "opposition parties in Sri Lanka" are not Sri Lanka's)
            boolean rivals = parse.dependents(s, "compound", "amod").stream()
                    .anyMatch(d -> v.words.has(WordLists.Name.OPPOSITION_WORDS, v.token(d).lemma().toLowerCase(Locale.ROOT)));
            if (v.mentionAt(s) != null || !v.token(s).isNoun() || v.token(s).isProperNoun()
                    || v.words.has(WordLists.Name.ROLE_HEADS, lemma) || v.words.has(WordLists.Name.AGENT_NOUNS, lemma)
                    || v.words.has(WordLists.Name.GOVERNMENT_NOUNS, lemma) && !rivals) {
                continue;
            }
            for (int prep : parse.dependents(s, "prep")) {
                boolean place = v.token(prep).is("in") || v.token(prep).is("from");
                // (one phrase: not "Meeting in Addis Ababa, the Council voiced", which the parse may hang together)
                boolean onePhrase = names.stream().allMatch(m -> {
                    for (int k = prep; k < m.tokens().begin(); k++) {
                        if (v.token(k).text().equals(",")) {
                            return false;
                        }
                    }
                    return true;
                });
                if (place && onePhrase && names.stream().allMatch(m -> parse.dominates(prep, m.tokens().end() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The agents of the verb at {@code verb}: its subject, or the subject it shares with the clause before. */
    static List<Mention> agentsOf(SentenceView v, int verb) {
        Mention compound = compoundAgent(v, verb);
        if (compound != null) {
            return List.of(compound);
        }
        List<Mention> headline = headlineSubjects(v, verb);
        if (!headline.isEmpty()) {
            return headline;
        }
        List<Mention> among = namedAfterAmong(v, verb);
        if (!among.isEmpty()) {
            return among;
        }
        // a name right before its verb is its subject, whatever the parse says ("..., and Austin discussed");
        // else the parse: it sees through lists, appositions, relative clauses and control
        List<Mention> surface = v.subjectOf(verb);
        int controller = controllingVerb(v, verb);
        if (surface.isEmpty() && controller >= 0 && !v.subjectOf(controller).isEmpty()) {
            // "..., after Russia and China chose not to use their veto": whoever chose, named right before the
            // verb, acts, where the parse hangs the clause elsewhere
            return v.subjectOf(controller);
        }
        List<Mention> syntactic = new SyntacticRoles(v).subject(verb);
        if (syntactic.isEmpty() && !surface.isEmpty() && placeOfTheSubject(v, verb, surface)) {
            // "Opposition parties in Sri Lanka condemned the lease": the name right before the verb only says where
            // its subject is (officials, envoys and leaders there speak for it: "officials in Beijing said")
            return List.of();
        }
        boolean participle = v.token(verb).text().endsWith("ing") && (v.afterComma(verb) || joinedToParticiple(v, verb));
        if (participle && v.sentence.parse() != null && !v.sentence.parse().dependents(verb, "nsubj").isEmpty()) {
            // ", blocking a statement": a participle set off by a comma has no subject of its own; one the parse
            // gives it is a misreading ("the sanctions that West African leaders imposed, blocking ...")
            syntactic = List.of();
        }
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (!syntactic.isEmpty() && parse != null && "conj".equals(parse.relation(verb)) && parse.dependents(verb, "nsubj").isEmpty()) {
            // "Egypt, Jordan, Saudi Arabia and Qatar condemned the strike and blamed Israel": the list before the
            // first verb, where the parse lost a name of it
            List<Mention> first = v.subjectOf(parse.head(verb));
            if (first.size() > syntactic.size() && first.containsAll(syntactic)) {
                syntactic = first;
            }
        }
        if (!syntactic.isEmpty() && (surface.isEmpty() || syntactic.size() > surface.size() && syntactic.containsAll(surface))) {
            // the parse may add what the words before the verb leave out: "Mitsotakis and his Turkish counterpart agreed"
            return syntactic;
        }
        int start = v.clauseStart(verb);
        Token first = v.token(start);
        if (verb > 1 && v.token(verb - 1).is("to")) {
            return infinitiveAgents(v, verb, start);
        }
        // "Kerry welcomed the accord, praising ...": a participle after a comma shares the main subject
        List<Mention> subject = participle ? List.of() : v.subjectOf(verb);
        if (!subject.isEmpty()) {
            return subject;
        }
        boolean coordinated = participle || first.is("and") || first.is("but") || first.is("or")
                || first.text().equals(",") && start + 1 < v.size() && (v.token(start + 1).is("and") || v.token(start + 1).is("but"));
        if (coordinated && !participle && hasOwnSubject(v, start, verb)) {
            // ", and the club said": a subject of its own that we cannot name is no reason to borrow another
            return List.of();
        }
        // "the Knesset, which is expected to ratify it": "which" after a body's name is that body (after a place
        // or a state, the parse is the better guide: "talks in Geneva, which ...")
        boolean relative = first.is("who") || first.is("which") && start > 1 && v.token(start - 1).text().equals(",")
                && v.mentionEndingBefore(start - 1) != null && v.mentionEndingBefore(start - 1).actor().kind() == ActorKind.ORGANIZATION;
        if (relative) {
            Mention m = start > 1 ? v.mentionEndingBefore(start - 1) : null;
            m = m == null ? v.mentionEndingBefore(start) : m;
            if (m == null && start > 1) {
                // "Wang Yi, the party's top foreign policy official, who urged ...": back over the apposition
                for (int c = start - 2; c > 0 && c > start - 15; c--) {
                    if (v.token(c).text().equals(",")) {
                        m = v.mentionEndingBefore(c);
                        break;
                    }
                }
            }
            return m == null || m.actor().kind() != org.diplograph.model.ActorKind.PERSON && !m.canParticipate()
                    ? List.of() : List.of(m);
        }
        if (participle && start > 0) {
            // "Blinken spoke with Faisal, the State Department said, urging Riyadh ...": the main clause's subject
            for (int b = 0; b < start; b = v.clauseEnd(b)) {
                List<Mention> s = v.clauseSubject(b, v.clauseEnd(b));
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        List<Mention> sharing = statesSharingTheSubject(v, verb);
        if (!sharing.isEmpty()) {
            return sharing;
        }
        boolean listed = first.text().equals(",") && start + 1 == verb && !v.token(verb).text().endsWith("ing")
                && !v.words.has(WordLists.Name.REPORTING_VERBS, v.token(verb).lemma()) && verbListGoesOn(v, verb);
        if (listed && start > 0) {
            // "Biden made a surprise visit to Kyiv on Monday, nearly a year after ..., met Zelenskiy and announced
            // aid": a list of what the sentence's subject did
            List<Mention> s = v.clauseSubject(0, v.clauseEnd(0));
            if (!s.isEmpty() && s.get(0).tokens().end() < start) {
                return s;
            }
        }
        if (coordinated && start > 0) {
            // "X blocked the draft, but can no longer support Y": the subject of an earlier clause
            for (int b = v.clauseStart(start - 1); b >= 0; b = b > 0 ? v.clauseStart(b - 1) : -1) {
                List<Mention> s = v.clauseSubject(b, v.clauseEnd(b));
                if (!s.isEmpty() && !isAttribution(v, b)) {
                    return s;
                }
                if (b == 0) {
                    break;
                }
            }
        }
        return List.of();
    }

    /**
     * ", saying the United States was in no position ... and accusing Washington of ...": a participle joined by
     * "and" to one set off by a comma is set off with it, whatever verb the parse hangs it on.
     */
    private static boolean joinedToParticiple(SentenceView v, int verb) {
        if (verb < 2 || !v.token(verb - 1).is("and")) {
            return false;
        }
        for (int j = verb - 2; j > 0; j--) {
            if (v.token(j).text().equals(";")) {
                return false;
            }
            if (v.token(j).text().endsWith("ing") && v.token(j).isVerb() && v.afterComma(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor named before a participle joined to it by a hyphen ("a US-drafted resolution", "the EU-imposed
     * sanctions"), or null.
     */
    static Mention compoundAgent(SentenceView v, int verb) {
        if (verb < 2 || !v.token(verb - 1).text().equals("-") || v.token(verb - 1).span().end() != v.token(verb).span().begin()
                || !v.token(verb).text().endsWith("ed")) {
            return null;
        }
        Mention m = v.mentionEndingBefore(verb - 1);
        return m != null && m.canParticipate() && v.token(verb - 2).span().end() == v.token(verb - 1).span().begin() ? m : null;
    }

    /** Whether "and" and another verb follow in the clause of {@code verb}: the last items of a list of verbs. */
    private static boolean verbListGoesOn(SentenceView v, int verb) {
        for (int k = verb + 1; k + 1 < v.size() && k < v.clauseEnd(verb) + 2; k++) {
            if (v.token(k).is("and") && v.token(k + 1).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Among the members voting in favour were France, Japan and the Republic of Korea": the participle describes
     * a group the sentence then names as the subject of "be"; those named act ("Among those voting against were
     * ..." the same). Empty otherwise.
     */
    private static List<Mention> namedAfterAmong(SentenceView v, int verb) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse == null) {
            return List.of();
        }
        // ("Among those voting against were ...": the participle is the group)
        int group = parse.relation(verb).equals("acl") ? parse.head(verb)
                : parse.relation(verb).equals("pobj") && v.isParticipleAfterThose(verb) ? verb : -1;
        int among = group < 0 ? -1 : parse.head(group);
        int be = among < 0 ? -1 : parse.head(among);
        if (among < 0 || be < 0 || !v.token(among).is("among") || !v.token(be).lemma().equals("be")) {
            return List.of();
        }
        for (int subject : parse.dependents(be, "nsubj")) {
            Mention named = v.mentionAt(subject);
            if (named != null && named.canParticipate()) {
                return v.groupRightFrom(named);
            }
        }
        return List.of();
    }

    /**
     * The agents of an infinitive: "continue to support Israel" -> the subject of "continue"; "urged Iran to return"
     * -> Iran; "China's decision to impose duties" -> China; "met Macron on Tuesday to discuss the crisis" -> the
     * subject of "met".
     */
    private static List<Mention> infinitiveAgents(SentenceView v, int verb, int start) {
        // "continue to support Israel": the subject of the verb it completes; "urged Iran to return": its
        // object; "calling on the community to support it": nobody we know
        Token before = v.token(verb - 2);
        if (before.isVerb() && v.mentionAt(verb - 2) == null) {
            return agentsOf(v, verb - 2);
        }
        if (verb > 3 && "NOUN".equals(before.pos())) {
            // "China's decision to impose duties", "its plan to expel": the owner of the decision acts
            Mention owner = v.token(verb - 3).isPossessiveMark() ? v.mentionEndingBefore(verb - 3) : v.mentionAt(verb - 3);
            if (owner != null && owner.canParticipate() && (owner.form() == Mention.Form.PRONOUN
                    || v.token(verb - 3).isPossessiveMark())) {
                return List.of(owner);
            }
        }
        Mention object = v.mentionEndingBefore(verb - 1);
        int of = object == null ? -1 : object.tokens().begin() - 1;
        if (object != null && object.canParticipate() && of > 0 && v.token(of).is("of")
                && (v.isListed(WordLists.Name.DECISION_NOUNS, of - 1) || v.isListed(WordLists.Name.PLAN_NOUNS, of - 1))) {
            return List.of(object); // "the decision of the United States to expel": the owner in an "of" phrase
        }
        if (object != null && object.canParticipate() && object.tokens().begin() > 0
                && v.token(object.tokens().begin() - 1).is("for")) {
            return List.of(object); // "an invitation for Lavrov to visit London"
        }
        int governor = verb - 2;
        while (governor >= start && !v.token(governor).isVerb()) {
            governor--;
        }
        boolean objectControl = governor >= start && TriggerMatcher.isOneOf(v, WordLists.Name.OBJECT_CONTROL_VERBS, governor);
        if (objectControl) {
            // "urged Western partners to impose sanctions": the partners act, whoever they are
            return object != null && object.canParticipate() ? List.of(object) : List.of();
        }
        // a purpose: "phoned Maduro to express his solidarity", "returned before the cameras to accuse Pakistan"
        if (governor >= start && governor < verb - 1) {
            return agentsOf(v, governor);
        }
        // "summoned Japan's ambassador, Ito, on Monday to protest": the verb the parse hangs the purpose on, before
        // the commas of an apposition
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        int purposeOf = parse == null ? -1 : parse.head(verb);
        boolean purpose = purposeOf >= 0 && purposeOf < verb - 1 && v.isVerbInTagOrParse(purposeOf) && v.mentionAt(purposeOf) == null
                && (parse.relation(verb).equals("advcl") || parse.relation(verb).equals("xcomp"))
                && !TriggerMatcher.isOneOf(v, WordLists.Name.OBJECT_CONTROL_VERBS, purposeOf);
        return purpose ? agentsOf(v, purposeOf) : List.of();
    }

    /**
     * The verb an infinitive or a gerund completes and whose subject it shares: "chose not to use", "decided to
     * impose", "held back from endorsing"; not one whose object acts ("urged Iran to return"). -1 otherwise.
     */
    private static int controllingVerb(SentenceView v, int verb) {
        boolean gerund = TriggerMatcher.isGerundAfterPreposition(v, verb);
        if (verb < 2 || !v.token(verb - 1).is("to") && !gerund) {
            return -1;
        }
        int k = verb - 2;
        while (k > 0 && (v.token(k).is("not") || v.token(k).is("never") || gerund && "ADV".equals(v.token(k).pos()))) {
            k--;
        }
        Token t = v.token(k);
        boolean control = t.isVerb() && v.mentionAt(k) == null && !t.lemma().equals("be")
                && !v.words.has(WordLists.Name.OBJECT_CONTROL_VERBS, t.lemma());
        return control ? k : -1;
    }

    /**
     * Headline grammar, where a comma stands for "and": "Seoul, Tokyo agree to restore pact", "Blinken, Lavrov meet
     * in Geneva". Only names that open the sentence, each right after the other, the last right before the verb.
     */
    private static List<Mention> headlineSubjects(SentenceView v, int verb) {
        Mention first = v.mentionStartingAt(0);
        if (first == null || !first.canParticipate() || first.tokens().end() + 1 >= verb
                || !v.token(first.tokens().end()).text().equals(",")) {
            return List.of();
        }
        Mention second = v.mentionStartingAt(first.tokens().end() + 1);
        if (second == null || !second.canParticipate() || second.tokens().end() != verb || first.actor().key().equals(second.actor().key())
                || second.form() != Mention.Form.NAME) {
            // "Macron, whose country voted ...": a relative clause about the first, not a second name
            return List.of();
        }
        return List.of(first, second);
    }

    /**
     * "Armenian and Azerbaijani foreign ministers held talks": states named, joined by "and", before the subject's
     * head noun that names no actor itself; they share it. Empty otherwise.
     */
    private static List<Mention> statesSharingTheSubject(SentenceView v, int verb) {
        int head = new SyntacticRoles(v).subjectWord(verb);
        if (head < 1 || v.mentionAt(head) != null || !v.token(head).isNoun()) {
            return List.of();
        }
        List<Mention> states = new ArrayList<>();
        boolean joined = false;
        for (int k = head - 1; k >= 0; k--) {
            Mention m = v.mentionAt(k);
            if (m != null) {
                if (m.actor().kind() != ActorKind.STATE) {
                    return List.of();
                }
                if (states.stream().noneMatch(x -> x.actor().key().equals(m.actor().key()))) {
                    states.add(0, m);
                }
                k = m.tokens().begin();
            } else if (v.token(k).is("and") || v.token(k).text().equals(",")) {
                joined |= v.token(k).is("and");
            } else if (!"ADJ".equals(v.token(k).pos()) && !(v.token(k).isNoun() && !v.token(k).isCapitalized())) {
                break;
            }
        }
        return joined && states.size() >= 2 ? states : List.of();
    }

    /**
     * ", the Elysee said," between two verbs of one subject: a source told inside the sentence, whose subject the
     * next clause does not share ("Macron spoke with Netanyahu, the Elysee said, and told him ...").
     */
    private static boolean isAttribution(SentenceView v, int clauseStart) {
        int end = v.clauseEnd(clauseStart);
        int verbs = 0;
        boolean says = false;
        for (int k = clauseStart; k < end; k++) {
            if (v.token(k).isVerb() && !"AUX".equals(v.token(k).pos())) {
                verbs++;
                says |= v.words.has(WordLists.Name.ATTRIBUTION_VERBS, v.token(k).lemma());
            }
        }
        return verbs == 1 && says && end - clauseStart <= 8 && end < v.size() && v.token(end).text().equals(",");
    }

    /** Whether a noun or pronoun stands between the clause's conjunction and its verb. */
    private static boolean hasOwnSubject(SentenceView v, int start, int verb) {
        for (int k = start + 1; k < verb; k++) {
            Token t = v.token(k);
            if (t.isNoun() || "PRON".equals(t.pos()) || v.mentionAt(k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "was vetoed by Russia", "was put forward by France", "a resolution, drafted by the European Union":
     * a form of "be" before a participle, or a participle followed by "by" and an actor.
     */
    static boolean isPassive(SentenceView v, int head) {
        int k = head - 1;
        // ("was not invited": the negation is no adverb to the tagger)
        while (k >= 0 && ("ADV".equals(v.token(k).pos()) || v.token(k).is("not") || v.token(k).is("n't"))) {
            k--;
        }
        boolean be = k >= 0 && v.token(k).lemma().equals("be");
        String w = v.token(head).text().toLowerCase(Locale.ROOT);
        boolean participle = (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")) && w.length() > 3
                || be && "VERB".equals(v.token(head).pos()) && !w.endsWith("ing") && !w.equals(v.token(head).lemma());
        int after = head + 1;
        while (after < v.size() && v.mentionAt(after) == null && !v.token(after).is("by")
                && ("ADP".equals(v.token(after).pos()) || "ADV".equals(v.token(after).pos())) && after < head + 3) {
            after++;
        }
        boolean byActor = after + 1 < v.size() && v.token(after).is("by")
                && (v.mentionStartingAt(after + 1) != null || v.token(after + 1).is("the") && v.mentionStartingAt(after + 2) != null);
        // "praised by donors but criticised by rights groups": a participle with a "by" phrase of its own, whoever
        // it names ("responded by expelling" is active)
        Parse parse = v.sentence.parse();
        boolean byAnyone = participle && after + 1 < v.size() && v.token(after).is("by") && !v.token(after + 1).text().endsWith("ing")
                && parse != null && "VBN".equals(parse.arcs().get(head).tag()) && unnamedAfter(v, after + 1);
        return be && participle || byActor && (be || participle) || participle && parsedByPhrase(v, head) || byAnyone;
    }

    /**
     * Whether the words from {@code k} are a common noun phrase naming no one: "by donors", "by human rights
     * groups" (not "by Friday afternoon", a time, nor "by a U.S.-Saudi mechanism", which names a state).
     */
    private static boolean unnamedAfter(SentenceView v, int k) {
        for (int j = k; j < v.size() && j < k + 4; j++) {
            if (v.mentionAt(j) != null || v.isTimeWord(j)) {
                return false;
            }
            if (v.token(j).isNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The treaty, signed in Geneva in 2010 by Obama and Medvedev": a participle whose "by" phrase the parse
     * finds past places and dates, too far for the words next to it to show.
     */
    private static boolean parsedByPhrase(SentenceView v, int head) {
        Parse parse = v.sentence.parse();
        return parse != null && "VBN".equals(parse.arcs().get(head).tag())
                && !new SyntacticRoles(v).passiveAgent(head).isEmpty() && !parse.dependents(head, "agent").isEmpty();
    }
}
