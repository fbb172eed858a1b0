package org.diplograph.extract.event;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.diplograph.model.EventType;
import org.diplograph.model.Modality;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.ModalityCue;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Token;
import org.diplograph.extract.knowledge.WordLists;

/**
 * Reads whether an event is a fact or not (modality cues before it, conditional sentences, infinitives of
 * requests) and how a communication happened (manner cues: "by telephone").
 */
final class ModalityReader {
    private static final java.util.regex.Pattern FINITE_VERB_TAG = java.util.regex.Pattern.compile("VB[DZP]");
    private static final java.util.regex.Pattern PARTICIPLE_TAG = java.util.regex.Pattern.compile("VB[ND]");
    private final Knowledge knowledge;

    ModalityReader(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** "spoke with X by telephone": how the communication happened, when the clause says so. */
    Optional<EventType> manner(SentenceView v, int from, int to, int trigger) {
        for (int k = from; k < to; k++) {
            if (inOtherRelativeClause(v, k, trigger)) {
                continue; // "A and B, who clinched the deal in a telephone call, met on the jetty": met in person
            }
            for (Knowledge.MannerCue cue : knowledge.manners()) {
                if (matchesCue(v, k, cue.words(), to)) {
                    return Optional.of(cue.type());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "told Salehi by telephone that ...": the class a manner cue after {@code verb} makes when the parse hangs it on
     * that verb ("said he had obtained the consent by telephone" tells how the consent was obtained, not said).
     */
    Optional<EventType> mannerOf(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return Optional.empty();
        }
        int to = v.clauseEnd(verb);
        for (int k = verb + 1; k < to; k++) {
            for (Knowledge.MannerCue cue : knowledge.manners()) {
                if (matchesCue(v, k, cue.words(), to) && verbAbove(v, parse, k + cue.words().size() - 1) == verb) {
                    return Optional.of(cue.type());
                }
            }
        }
        return Optional.empty();
    }

    /** The first verb above token {@code k} in the parse, or -1. */
    private static int verbAbove(SentenceView v, Parse parse, int k) {
        for (int h = parse.head(k), steps = 0; h >= 0 && steps < parse.size(); h = parse.head(h), steps++) {
            if (v.isVerbInTagOrParse(h)) {
                return h;
            }
        }
        return -1;
    }

    /** Whether token {@code k} stands in a relative clause that does not hold the trigger. */
    private static boolean inOtherRelativeClause(SentenceView v, int k, int trigger) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return false;
        }
        for (int h = k, steps = 0; h >= 0 && steps < parse.size(); h = parse.head(h), steps++) {
            if (h == trigger) {
                return false;
            }
            if (parse.relation(h).equals("relcl")) {
                return !parse.dominates(h, trigger);
            }
        }
        return false;
    }

    static boolean conditionalSentence(SentenceView v) {
        return v.words.has(WordLists.Name.CONDITIONAL_OPENINGS, v.token(0).text()) && v.size() > 1 && !v.token(1).isVerb();
    }



    /** The verb an infinitive completes: "decided to shut the airspace and to prepare sanctions" -> decide. */
    static String governingVerb(SentenceView v, int to) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        int verb = to + 1;
        while (verb < v.size() - 1 && "ADV".equals(v.token(verb).pos())) {
            verb++; // "to formally approve"
        }
        if (parse != null && verb < v.size() && parse.relation(verb).equals("xcomp") && parse.head(verb) >= 0) {
            // the parse knows the verb the infinitive completes, also where the tagger did not ("Brazil plans/NOUN to")
            return v.token(parse.head(verb)).lemma();
        }
        for (int k = to - 1; k >= 0 && k >= to - 25; k--) {
            Token t = v.token(k);
            boolean infinitive = k > 0 && v.token(k - 1).is("to");
            if (t.isVerb() && !infinitive && !t.lemma().equals("be")) {
                return t.lemma();
            }
        }
        return "";
    }

    /** Whether the noun at {@code k} is whom a summons verb calls in ("summoned the ambassador to demand ..."). */
    private static boolean summoned(SentenceView v, int k) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        int verb = parse == null ? -1 : parse.head(k);
        return verb >= 0 && parse.relation(k).equals("dobj") && TriggerMatcher.isOneOf(v, WordLists.Name.SUMMONS_VERBS, verb);
    }

    /** A finite verb with a subject of its own in the parse ("Japan plans/NOUN to impose": a verb, not "the plan"). */
    private static boolean finiteInParse(SentenceView v, int k) {
        org.diplograph.nlp.Parse p = v.sentence.parse();
        // (not where a noun would stand: "accepted a European Union plan/VBP to ..." is an object)
        return p != null && FINITE_VERB_TAG.matcher(p.arcs().get(k).tag()).matches() && !p.dependents(k, "nsubj").isEmpty()
                && p.dependents(k, "det", "poss").isEmpty()
                && !java.util.Set.of("dobj", "pobj", "nsubj", "nsubjpass", "compound", "appos").contains(p.relation(k));
    }

    /**
     * The "to" of an infinitive, over adverbs that split it ("was urged to quickly sign"), or -1 where the verb is
     * none. (Only what another is urged or expected to do reads it so far; an intention split so, "decided to
     * immediately suspend", is still read as told.)
     */
    static int infinitiveTo(SentenceView v, int verb) {
        int k = verb - 1;
        while (k > 0 && k > verb - 3 && "ADV".equals(v.token(k).pos())) {
            k--;
        }
        return k > 0 && v.token(k).is("to") ? k : -1;
    }

    /**
     * The strongest modality cue between the clause start and the trigger.
     *
     * @param verb the verb of the event's clause: the trigger, or the light verb of a noun ("to impose sanctions")
     * @param type the event's class
     */
    Modality modality(SentenceView v, int clauseStart, int head, int end, int verb, EventType type) {
        Modality result = Modality.ASSERTED;
        int to = infinitiveTo(v, verb);
        String controller = to > 0 ? governingVerb(v, to) : null;
        if (to > 0 && (v.words.has(WordLists.Name.OBJECT_CONTROL_VERBS, controller)
                && !v.words.has(WordLists.Name.CAUSATION_VERBS, controller) || "ADJ".equals(v.token(to - 1).pos()))) {
            // "urged Iran to return to talks", "ready to impose": asked or aimed for, not a reported fact;
            // "returned before the cameras to accuse Pakistan" did accuse, "led the bloc to impose" did impose
            result = Modality.EXPECTED;
        }
        if (verb == head && verb > 1 && v.token(verb - 1).is("to") && v.token(verb - 2).isNoun() && v.mentionAt(verb - 2) == null
                && !v.words.has(WordLists.Name.DECISION_NOUNS, v.token(verb - 2).lemma()) && !afterOrdinal(v, verb - 2)
                && !v.isTimeWord(verb - 2) && !summoned(v, verb - 2)) {
            // "accepted an invitation to visit Washington": what the invitation is for, yet to happen ("China's
            // decision to impose duties" is taken; "summoned the envoy on Monday to protest" did protest: a day
            // has no purpose of its own, and an envoy called in hears what he was called in for)
            result = Modality.EXPECTED;
        }
        Parse parse = v.sentence.parse();
        // "agreed to resume talks", "vowed to impose sanctions": the noun made by the verb ("agreed to restore ties
        // during a phone call" tells a call that happened)
        boolean made = verb != head && parse != null && end - 1 < parse.size() && parse.head(end - 1) == verb
                && parse.relation(end - 1).equals("dobj");
        String intended = verb > 1 && v.token(verb - 1).is("to") ? governingVerb(v, verb - 1) : null;
        // (not "decided to prepare new sanctions", "decided to downgrade relations": a measure decided is taken;
        // "decided to open talks" are to come)
        boolean decided = type == EventType.SANCTION && intended != null && v.words.has(WordLists.Name.DECISION_VERBS, intended);
        if ((verb == head || made) && !decided && intended != null && v.words.has(WordLists.Name.INTENTION_VERBS, intended)) {
            // "agreed to meet again", "vowed to retaliate": meant to happen (the verb itself tells the event)
            result = Modality.EXPECTED;
        }
        if (verb >= 0 && ActFrame.arrival(v, verb)) {
            // "is expected in Khartoum on Friday", "is due in Warsaw for talks": the word itself tells it is to come
            result = Modality.EXPECTED;
        }
        for (int k = clauseStart; k < head; k++) {
            if (v.mentionAt(k) != null) {
                continue;
            }
            // cues are lower-case words ("May" in a dateline is no "may") and not nouns ("the plan")
            // (a noun by the tagger that the parser reads as a verb is one: "Japan plans/NOUN to impose ...")
            boolean noun = v.token(k).isNoun() && !finiteInParse(v, k);
            // (a verb of the parse may still govern the event: "retaliated by canceling/NOUN a planned visit")
            boolean governing = noun && v.sentence.parse() != null && v.sentence.parse().arcs().get(k).tag().startsWith("VB");
            if (v.token(k).isCapitalized() && k > 0 || noun && !governing) {
                continue;
            }
            for (ModalityCue cue : knowledge.cues()) {
                if (noun && !cue.governs() || cue.verbsOnly() && (verb != head || !v.token(head).isVerb())) {
                    continue;
                }
                if (matchesCue(v, k, cue.words(), head)) {
                    if (cue.modality() == Modality.NEGATED && k + 1 < head
                            && v.words.has(WordLists.Name.RELUCTANCE_VERBS, v.token(k + 1).lemma())) {
                        break; // "would not hesitate to impose": the negation is of the hesitation
                    }
                    // ("boycotted the summit": the cue may be the light verb that makes the noun's event, and undo it)
                    boolean undoingLightVerb = k == verb && verb != head && cue.words().size() == 1
                            && knowledge.lightVerbs().contains(cue.words().get(0));
                    if (cue.governs() && !governs(v, k, verb) && !undoingLightVerb) {
                        continue; // "revoked the licence and expelled the envoys": the expulsion happened
                    }
                    result = result.strongest(reported(v, verb) ? cue.reported() : cue.modality());
                    break;
                }
            }
        }
        for (ModalityCue cue : verb == head ? knowledge.cues() : List.<ModalityCue>of()) {
            // "China and Gabon abstained": a verb that says by itself that the act was not done
            if (cue.modality() == Modality.NEGATED && !cue.governs() && cue.words().size() == 1
                    && v.token(head).isVerb() && TriggerMatcher.sameWord(v.token(head), cue.words().get(0))) {
                result = result.strongest(Modality.NEGATED);
            }
        }
        result = result.strongest(refusedAbove(v, verb));
        result = result.strongest(sharedModal(v, verb));
        if (conditioned(v, verb)) {
            // "Moscow would face sanctions if it failed to follow through": what a condition holds back
            result = result.strongest(Modality.HYPOTHETICAL);
        }
        if (result == Modality.EXPECTED && continues(v, verb) && !type.isCommunication()) {
            // "Berlin would keep backing Ukraine", "will continue to support": the support already holds (talks
            // and consultations that "will continue" are the next ones, yet to come)
            result = Modality.ASSERTED;
        }
        return result;
    }

    /**
     * "has refused to let the envoy, Brunei's second foreign minister, meet Aung San Suu Kyi": a verb of refusal
     * or failure ("refuse to", "fail to" of the cues) that governs the event's verb in the parse, however far.
     */
    private Modality refusedAbove(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        for (int k = verb, depth = 0; parse != null && k >= 0 && depth < 4
                && (parse.relation(k).equals("xcomp") || parse.relation(k).equals("ccomp")); depth++) {
            boolean infinitive = parse.relation(k).equals("xcomp") && k > 0 && v.token(k - 1).is("to");
            k = parse.head(k);
            if (k < 0) {
                break;
            }
            // (only a verb whose "to" clause it is: "voted against it ..., so it failed" fails nothing)
            for (ModalityCue cue : infinitive ? knowledge.cues() : List.<ModalityCue>of()) {
                if (cue.modality() == Modality.NEGATED && cue.words().size() == 2 && cue.words().get(1).equals("to")
                        && TriggerMatcher.sameWord(v.token(k), cue.words().get(0)) && v.token(k).isVerb()) {
                    return Modality.NEGATED;
                }
            }
        }
        return Modality.ASSERTED;
    }

    /**
     * The modality a bare verb takes from the modal of the verb it is coordinated with: "will hold talks with Kuleba
     * and be received by Zelensky", "could meet and sign"; a verb with a tense of its own ("met X and will sign") has
     * none to share.
     */
    private Modality sharedModal(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        if (parse == null || verb < 0 || !parse.relation(verb).equals("conj") || parse.head(verb) < 0) {
            return Modality.ASSERTED;
        }
        List<Integer> own = parse.dependents(verb, "aux", "auxpass");
        boolean bare = own.isEmpty() ? parse.arcs().get(verb).tag().equals("VB")
                : own.stream().allMatch(a -> parse.arcs().get(a).tag().equals("VB"));
        if (!bare) {
            return Modality.ASSERTED;
        }
        for (int aux : parse.dependents(parse.head(verb), "aux")) {
            if (!"MD".equals(parse.arcs().get(aux).tag())) {
                continue;
            }
            for (ModalityCue cue : knowledge.cues()) {
                if (cue.words().size() == 1 && !cue.governs() && matchesCue(v, aux, cue.words(), aux + 1)) {
                    return reported(v, verb) ? cue.reported() : cue.modality();
                }
            }
        }
        return Modality.ASSERTED;
    }

    /**
     * Whether a clause of condition ("if", "unless") hangs on the verb in the parse, a verb with a modal of its own
     * ("would face", "could block"): "warned Israel of a response if it attacked" did warn, and "vetoed a resolution
     * that threatened sanctions if ..." did veto, whatever the parse hangs the condition on.
     */
    private static boolean conditioned(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        return parse != null && conditionClause(v, verb) >= 0
                && parse.dependents(verb, "aux").stream().anyMatch(a -> "MD".equals(parse.arcs().get(a).tag()));
    }

    /**
     * The verb follows a clause of condition of its own: "warned that if Russia invades, the United States will impose
     * costs" imposes them only if it does.
     */
    static boolean conditionedBy(SentenceView v, int verb) {
        int clause = conditionClause(v, verb);
        return clause >= 0 && clause < verb;
    }

    /** The adverbial clause opened by a conditional conjunction that hangs on the verb, or -1. */
    private static int conditionClause(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        if (parse == null || verb < 0) {
            return -1;
        }
        for (int clause : parse.dependents(verb, "advcl")) {
            for (int mark : parse.dependents(clause, "mark")) {
                if (mark < clause && v.words.has(WordLists.Name.CONDITIONAL_CONJUNCTIONS, v.token(mark).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return clause;
                }
            }
        }
        return -1;
    }

    /** "the first Greek prime minister to set foot", "the first governments to follow suit": what was done. */
    private static boolean afterOrdinal(SentenceView v, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 4 && !v.token(k).is("the"); k--) {
            if (v.words.has(WordLists.Name.ORDINAL_WORDS, v.token(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The verb carries on what already holds: "keep backing", "continue to support", "continue supporting". */
    private static boolean continues(SentenceView v, int verb) {
        int k = verb > 1 && v.token(verb - 1).is("to") ? verb - 2 : verb - 1;
        return k >= 0 && v.words.has(WordLists.Name.CONTINUATION_VERBS, v.token(k).lemma());
    }

    /**
     * Whether the verb at {@code cue} governs {@code verb} in the parse without a coordination between them
     * ("revoked an invitation for Lavrov to visit"). Without a parse, the clause is all there is to go by: yes.
     */
    private static boolean governs(SentenceView v, int cue, int verb) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return true;
        }
        if (Set.of("acl", "vmod", "relcl").contains(parse.relation(verb)) && PARTICIPLE_TAG.matcher(parse.arcs().get(verb).tag()).matches()) {
            return false; // "held back from endorsing the plan put forward by China": the putting forward is told as done
        }
        for (int k = verb, steps = 0; k >= 0 && steps < parse.size(); k = parse.head(k), steps++) {
            if (k == cue) {
                return k != verb;
            }
            if (parse.relation(k).equals("conj")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the event's clause is what someone said, hoped or warned: the complement of a reporting verb ("Yun
     * said Seoul would try", "the ministry said that ...", '"We will respond," Lavrov said').
     */
    static boolean reported(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        if (parse != null) {
            // "the leaders agreed that experts would visit the plant": what is agreed or promised is expected too
            boolean agreed = verb >= 0 && parse.relation(verb).equals("ccomp") && parse.head(verb) >= 0
                    && v.words.has(WordLists.Name.INTENTION_VERBS, v.token(parse.head(verb)).lemma());
            return agreed || reportingVerbOver(v, verb) >= 0;
        }
        for (int k = 0; k < v.clauseStart(verb); k++) {
            if (reportingVerb(v, k)) {
                return true;
            }
        }
        return false;
    }

    /** The reporting verb that governs {@code verb} in the parse ("Kerry said Moscow would face ..."), or -1. */
    static int reportingVerbOver(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        for (int k = parse == null ? -1 : parse.head(verb), steps = 0; k >= 0 && steps < parse.size(); k = parse.head(k), steps++) {
            if (reportingVerb(v, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * What its verb does to an event noun that is the verb's passive subject: the modality of a cue of the governs
     * scope that the verb, or a verb coordinated with it, is ("the visit was cancelled", "talks were called off",
     * "a meeting had been planned but was dropped"), else Expected for a verb of arranging ("is planned"). Asserted
     * when none is.
     */
    Modality doneToItsSubject(SentenceView v, int noun) {
        Parse parse = v.sentence.parse();
        if (parse == null || noun < 0 || !parse.relation(noun).equals("nsubjpass")) {
            return Modality.ASSERTED;
        }
        List<Integer> verbs = new java.util.ArrayList<>(List.of(parse.head(noun)));
        verbs.addAll(parse.dependents(parse.head(noun), "conj"));
        Modality result = Modality.ASSERTED;
        for (int verb : verbs) {
            result = result.strongest(undoneBy(knowledge.cues(), v, verb).orElse(Modality.ASSERTED));
            if (v.words.has(WordLists.Name.ARRANGING_VERBS, v.token(verb).lemma())) {
                result = result.strongest(Modality.EXPECTED); // "a visit is planned", "talks are scheduled for October"
            }
        }
        return result;
    }

    /**
     * The modality a verb gives the event noun it acts on when it is a cue of the governs scope for nouns too
     * ("cancelled", "called off", "postponed"): the strongest of those it matches; empty when it is none.
     */
    static Optional<Modality> undoneBy(List<ModalityCue> cues, SentenceView v, int verb) {
        Optional<Modality> result = Optional.empty();
        for (ModalityCue cue : cues) {
            if (cue.governs() && !cue.verbsOnly() && matchesCue(v, verb, cue.words(), v.size())) {
                result = Optional.of(result.map(m -> m.strongest(cue.modality())).orElse(cue.modality()));
            }
        }
        return result;
    }

    /** A verb of the reporting-verbs list, also where the lemmatizer missed its form ("signalled"). */
    static boolean reportingVerb(SentenceView v, int k) {
        return v.token(k).isVerb() && TriggerMatcher.isOneOf(v, WordLists.Name.REPORTING_VERBS, k);
    }

    static boolean matchesCue(SentenceView v, int k, List<String> words, int limit) {
        int j = k - 1;
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            j++;
            // "is also to meet", "was initially due to travel": an adverb may stand inside a cue of several words
            while (w > 0 && j < limit && "ADV".equals(v.token(j).pos()) && !TriggerMatcher.sameWord(v.token(j), word)) {
                j++;
            }
            if (j >= limit) {
                return false;
            }
            Token t = v.token(j);
            // as triggers are: the lemmatizer leaves some forms as they are ("revoked" -> "revok")
            if (!TriggerMatcher.sameWord(t, word)) {
                return false;
            }
        }
        return true;
    }
}
