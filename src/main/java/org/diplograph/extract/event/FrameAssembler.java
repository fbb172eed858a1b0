package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;
import org.diplograph.model.Modality;
import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.TokenSpan;

/**
 * Makes the event of a trigger from the participants its frame read: agents named before when the sentence names
 * none of its own ("the two sides will hold talks"), a government body as its state, the judged object
 * ("called the measures totally unacceptable"), the class a statement or a refusal turns into ("Lavrov said
 * Kyiv must withdraw" is an appeal, "would not sign" a rejection), the targets, the venue, the modality and the
 * date. None when no agent is found or the agents are the reporter's sources ("Israeli officials said").
 */
final class FrameAssembler {
    private final EventDating dating;
    private final ModalityReader modalities;
    private final Sides sides;
    private final Discourse discourse;

    FrameAssembler(Knowledge knowledge, Sides sides, Discourse discourse) {
        this.modalities = new ModalityReader(knowledge);
        this.dating = new EventDating(knowledge.words());
        this.sides = sides;
        this.discourse = discourse;
    }

    /** The head noun of the subject of the verb's that-clause when it names no actor ("that the ban be lifted"), or -1. */
    private static int subjectOfThatClause(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        if (parse == null || verb < 0) {
            return -1;
        }
        for (int clause : parse.dependents(verb, "ccomp")) {
            for (int subject : parse.dependents(clause, "nsubj", "nsubjpass")) {
                if (v.token(subject).isNoun() && v.mentionAt(subject) == null) {
                    return subject;
                }
            }
        }
        return -1;
    }

    /**
     * Stances taken on something done or said that the sentence names without its doer ("condemned the annexation",
     * "dismissed the accusation", "opposed the plan"): aimed at whoever the article said did it. (Not an agreement:
     * "accepted the deal" names the deal's parties, told with it, more often than an offer's maker.)
     */
    private static final java.util.Set<EventType> ANSWERS_TO_AN_ACT = java.util.EnumSet.of(EventType.CONDEMN,
            EventType.REJECT, EventType.SUPPORT, EventType.OPPOSE);

    /**
     * Whether each of the group stands for a different party of those joined ("Sweden and Turkiye" after Erdogan
     * met Kristersson and Stoltenberg; not two Indians after Modi met Hasina).
     */
    private static boolean eachASideOf(List<Actor> group, List<Actor> joined) {
        java.util.Set<Integer> sides = new java.util.HashSet<>();
        for (Actor a : group) {
            int side = -1;
            for (int j = 0; j < joined.size() && side < 0; j++) {
                if (Sides.sameSide(List.of(joined.get(j)), List.of(a))) {
                    side = j;
                }
            }
            if (side < 0 || !sides.add(side)) {
                return false;
            }
        }
        return true;
    }

    /** Whether an event of this class may be aimed at whoever did the act its object names ("condemned the raid"). */
    static boolean answersToAnAct(EventType type) {
        return ANSWERS_TO_AN_ACT.contains(type);
    }

    /** Acts aimed at a government that "the authorities", "the government", "the regime" can stand for. */
    private static final java.util.Set<EventType> AGAINST_A_GOVERNMENT = java.util.EnumSet.of(EventType.APPEAL,
            EventType.CONDEMN, EventType.THREATEN, EventType.SANCTION, EventType.OPPOSE, EventType.REJECT);

    /**
     * The state the agents acted on last, else the state named last before the trigger, in its sentence or in the
     * events told before, that is not of the agents' side; null when there is none.
     */
    private Actor lastStateNamed(SentenceView v, int head, List<Actor> agents, List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            // "The OAS condemned Nicaragua. ... It urged the government to ...": the state the same agents acted on
            EventFrame e = earlier.get(i);
            List<Actor> states = sides.forCountries(e.targets()).stream().filter(a -> a.kind() == ActorKind.STATE).toList();
            if (e.type() != EventType.VISIT && !e.type().isCommunication() && Sides.sameSide(agents, e.agents())
                    && states.size() == 1 && !Sides.sameSide(agents, states)) {
                return states.get(0);
            }
        }
        List<Actor> named = new ArrayList<>();
        for (EventFrame e : earlier) {
            named.addAll(e.agents());
            if (e.type() != EventType.VISIT) {
                named.addAll(e.targets()); // (a state visited is a place: "talks in Barbados" are not Barbados's)
            }
        }
        v.mentions.stream().filter(m -> m.tokens().end() <= head && m.canParticipate()).forEach(m -> named.add(m.actor()));
        for (int i = named.size() - 1; i >= 0; i--) {
            List<Actor> state = sides.forCountries(List.of(named.get(i)));
            if (state.size() == 1 && state.get(0).kind() == ActorKind.STATE && !Sides.sameSide(agents, state)) {
                return state.get(0);
            }
        }
        return null;
    }

    /**
     * The event of the trigger at tokens [head, end) with the participants its frame read; {@code earlier} are the
     * events told before it in the article, {@code acts} who did what so far. Empty when no agent is found.
     */
    List<EventFrame> frame(SentenceView v, Trigger t, Participants p, int head, int end, LocalDate published,
                               List<EventFrame> earlier, ToldActs acts) {
        List<Actor> agents = sides.forStates(SentenceView.actors(p.agents()));
        if (t.frame() == Trigger.Frame.FROM && t.type() == EventType.SANCTION) {
            // "Kerry said Moscow would face sanctions": a state's measure, whoever announces it
            agents = sides.forCountries(agents);
        }
        int subjectWord = agents.isEmpty() ? new SyntacticRoles(v).subjectWord(p.verb()) : -1;
        if (agents.isEmpty() && t.frame() != Trigger.Frame.FROM) {
            // "the ministers agreed to meet again", "the two sides will hold talks": the parties told before
            agents = discourse.partiesNamedBy(v, subjectWord, earlier);
        }
        if (agents.isEmpty() && !t.type().isCommunication()) {
            // "The resolution urges Sri Lanka to ...": whoever adopted the text speaks through it (a text meets no
            // one: "The text ... received 4 votes")
            agents = Discourse.authorsOfTheText(v, subjectWord, earlier);
        }
        if (agents.isEmpty() && t.type() == EventType.AGREE && t.noun() && NounFrame.noneReached(v, head)) {
            // "the talks ended without an agreement", "No agreement was reached": the parties of the talks just told
            int sentence = v.sentence.index();
            agents = Discourse.lastCommunicationParties(earlier.stream().filter(e -> e.firstSentence() >= sentence - 1).toList());
        }
        int nextRound = t.noun() ? NounFrame.nextRoundVerb(v, head, end) : -1;
        if (agents.isEmpty() && nextRound >= 0 && (t.type() == EventType.TALKS || t.type() == EventType.MEETING)) {
            // "Follow-on negotiations will take place at the earliest date": the parties of the talks told before
            agents = Discourse.lastCommunicationParties(earlier);
        }
        if (agents.isEmpty() && t.type() == EventType.SANCTION && !t.noun() && AgentReader.isPassive(v, head)) {
            // "Pompeo said Mochochoko had been blacklisted": a measure told in the passive by a state's official,
            // with no one named who took it, is the state's
            // (not "Lavrov said Russian diplomats had been expelled": a measure against the speaker's own side)
            List<Actor> reporting = sides.forCountries(SentenceView.actors(speakerBefore(v, head)));
            agents = Sides.sameSide(reporting, SentenceView.actors(p.targets())) ? List.of() : reporting;
        }
        int countedAt = countingVerb(v, p.verb());
        int counted = countedAt < 0 ? 0 : partiesCounted(v, countedAt);
        if (counted > 0 && v.subjectOf(p.verb()).isEmpty()) {
            // "both leaders agreed", "the two governments agreed": the parties of the last communication with as many
            // ("the two countries" after Rubio and Vance spoke with Modi and Sharif are India and Pakistan's)
            int subjectEnd = v.subjectEnd(countedAt);
            boolean states = v.words.has(WordLists.Name.PARTY_STATE_NOUNS, v.token(subjectEnd).lemma());
            // "the two leaders" are people: not a visitor and the state visited
            // (not "the two countries' foreign ministers": the parties counted are the owner's, here states)
            boolean owned = false;
            for (int k = Math.max(0, subjectEnd - 4); k < subjectEnd; k++) {
                String w = v.token(k).text().toLowerCase(java.util.Locale.ROOT);
                boolean mark = v.token(k).isPossessiveMark() || w.endsWith("'");
                String owner = w.endsWith("'") ? w.substring(0, w.length() - 1) : k > 0 ? v.token(k - 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
                owned |= mark;
                states |= mark && (v.words.has(WordLists.Name.PARTY_STATE_NOUNS, owner)
                        || v.words.has(WordLists.Name.PARTY_STATE_NOUNS, owner.replaceAll("ies$", "y").replaceAll("s$", "")));
            }
            java.util.function.Function<List<Actor>, List<Actor>> asParties = states ? sides::forCountries : a -> a;
            boolean people = !states && !owned && (v.words.has(WordLists.Name.ROLE_HEADS, v.token(subjectEnd).lemma())
                    || v.token(subjectEnd).is("men") || v.token(subjectEnd).is("women"));
            java.util.function.Predicate<List<Actor>> asCounted = parties -> SentenceView.keys(asParties.apply(parties)).size() == counted
                    && (!people || parties.stream().allMatch(a -> a.kind() == ActorKind.PERSON));
            java.util.Optional<Discourse.PartiesTold> communication = Discourse.lastCommunication(earlier, asCounted);
            // "Sweden and Turkiye decided to keep working together. The two sides agree ...": parties the text named
            // together since that communication are the ones counted
            // (sides of that communication, not any pair named since: "discussed Taiwan and the Philippines")
            List<Actor> joined = communication.map(Discourse.PartiesTold::joined).orElse(List.of());
            java.util.Optional<List<Actor>> namedSince = acts.lastNamedTogetherAfter(
                    communication.map(Discourse.PartiesTold::sentence).orElse(Integer.MAX_VALUE),
                    asCounted.and(group -> eachASideOf(group, joined)));
            // "Morocco cut ties with Iran, and the two countries restored relations": the pair this sentence joined first
            java.util.Optional<List<Actor>> joinedHere = java.util.Optional.of(counted == 2 ? Discourse.pairJoinedBefore(v, subjectEnd, earlier) : List.<Actor>of())
                    .filter(pair -> !pair.isEmpty() && asCounted.test(pair));
            agents = asParties.apply(joinedHere.or(() -> namedSince).or(() -> communication.map(Discourse.PartiesTold::parties)).orElse(List.of()));
            if (agents.isEmpty()) {
                // "India and Pakistan exchanged fire. The two countries agreed to ...": no event joined them, the text named them
                agents = discourse.lastNamed(v, subjectEnd, counted, states, people, List.of());
            }
            agents = Discourse.asTheGathering(v, agents); // "the four leaders" of a summit of the Quad
            // the parties counted act together, none of them is also what they act on ("the six leaders signed the
            // Declaration of the China-Central Asia Summit": not China)
            List<Actor> counting = agents;
            List<Mention> others = p.targets().stream().filter(m -> !Sides.sameSide(counting, List.of(m.actor()))).toList();
            if (others.size() < p.targets().size()) {
                p = new Participants(p.agents(), others, p.implicitTargets(), p.object(), p.venue(), p.verb());
            }
        }
        if (agents.isEmpty()) {
            return List.of();
        }
        if (agents.stream().anyMatch(Actor::isNewsOutlet)) {
            return List.of();
        }
        EventType type = t.type();
        if (t.noun() && head > 0 && v.isListed(WordLists.Name.LIKENESS_WORDS, head - 1)) {
            // "Obama has called on Beijing to release Liu, and Germany has made a similar appeal": aimed where the
            // last one of its kind was
            for (int i = earlier.size() - 1; i >= 0; i--) {
                EventFrame like = earlier.get(i);
                if (like.type() == type && !like.targets().isEmpty() && !Sides.sameSide(agents, like.targets())) {
                    p = new Participants(p.agents(), List.of(), like.targets(), p.object(), p.venue(), p.verb());
                    break;
                }
            }
        }
        if ((t.needs() == Trigger.Need.CENSURE || t.needs() == Trigger.Need.PRAISE) && p.object() != null) {
            // "called the measures totally unacceptable": what is judged ends where the judgement starts
            int cut = end;
            while (cut < v.size() && (v.mentionAt(cut) == null || !v.mentionAt(cut).canParticipate()
                            || cut > end) // a name inside the phrase: "the Chinese rig"
                    && !v.words.has(WordLists.Name.CENSURE_WORDS, v.token(cut).lemma())
                    && !v.words.has(WordLists.Name.PRAISE_WORDS, v.token(cut).lemma())
                    && !("DET".equals(v.token(cut).pos()) && cut > end) // "the cancellation | a huge mistake"
                    && (v.token(cut).isNoun() || "DET".equals(v.token(cut).pos()) || "ADJ".equals(v.token(cut).pos()))) {
                cut++;
            }
            String judged = cut > end ? v.sentence.textOf(new TokenSpan(end, cut)) : null;
            p = new Participants(p.agents(), p.targets(), p.implicitTargets(), judged, p.venue(), p.verb());
        }
        if (t.frame() == Trigger.Frame.CONTACT || t.frame() == Trigger.Frame.NOUN && type.isCommunication()) {
            // "In a phone call on Saturday, Modi and Trudeau discussed trade": the manner may open the sentence
            type = modalities.manner(v, 0, v.clauseEnd(Math.max(head, end - 1)), head).orElse(type);
        }
        // "Israeli officials said": the reporter's sourcing, not a diplomatic statement
        if (t.type() == EventType.STATEMENT && !p.agents().isEmpty() && p.agents().stream().allMatch(m -> m.form() == Mention.Form.SOURCE)) {
            // (not "both sides said": parties named before, no mention of their own)
            return List.of();
        }
        List<Actor> threat = null;
        List<Actor> judged = type == EventType.STATEMENT && (t.frame() == Trigger.Frame.SPEECH || t.frame() == Trigger.Frame.TELL)
                ? judgedIn(v, p.verb(), p.agents(), earlier, acts) : List.of();
        List<Actor> warnedOf = type == EventType.THREATEN && !t.noun() ? harmWarnedOf(v, p.verb(), agents, acts) : List.of();
        if (!warnedOf.isEmpty()) {
            // "warned that the veto would embolden North Korea": the harm another side's act will do, no threat of
            // the speaker's own; it condemns the act's author
            type = EventType.CONDEMN;
            p = new Participants(p.agents(), List.of(), warnedOf, p.object(), p.venue(), p.verb());
        }
        if (!judged.isEmpty()) {
            // "told reporters the tariffs amounted to coercion": a censure said of another side's act condemns its author
            type = EventType.CONDEMN;
            p = new Participants(p.agents(), List.of(), judged, p.object(), p.venue(), p.verb());
        } else if ((t.frame() == Trigger.Frame.SPEECH || t.frame() == Trigger.Frame.TELL && p.targets().isEmpty())
                && type == EventType.STATEMENT) {
            // "Lavrov said Kyiv must withdraw": what the speaker says another party must do is an appeal to it (so is
            // what he "told reporters": no party told)
            List<Mention> addressee = demandedOf(v, head, end, p.agents());
            if (!addressee.isEmpty()) {
                type = EventType.APPEAL;
                p = new Participants(p.agents(), addressee, p.implicitTargets(), p.object(), p.venue(), p.verb());
            } else {
                // "said Washington was outraged by the vetoes": saying so condemns whoever did it
                List<Actor> censured = censuredIn(v, end, p.agents(), earlier);
                List<Actor> threatened = censured.isEmpty() ? threatenedIn(v, head, p.agents(), earlier) : null;
                if (!censured.isEmpty()) {
                    type = EventType.CONDEMN;
                    p = new Participants(p.agents(), List.of(), censured, p.object(), p.venue(), p.verb());
                } else if (threatened != null) {
                    // "Lavrov said Moscow would answer any such measures in kind": a reprisal announced is a threat,
                    // besides what was said
                    List<Actor> speaking = agents;
                    threat = threatened.stream().filter(a -> speaking.stream().noneMatch(g -> g.key().equals(a.key()))).toList();
                }
            }
        }
        // the verb's object noun, for the readings below of a verb that names no one it is aimed at
        boolean aimedAtNoOne = !t.noun() && p.targets().isEmpty() && p.implicitTargets().isEmpty();
        int object = aimedAtNoOne ? ToldActs.objectNoun(v, p.verb(), end) : -1;
        if (ANSWERS_TO_AN_ACT.contains(type) && aimedAtNoOne) {
            // "Macron condemned the annexation": aimed at whoever the article said annexed; else "would not
            // recognise the result of the vote in Venezuela": a stance on what happens in a state is taken towards it
            List<Actor> acting = agents;
            List<Actor> answered = object < 0 ? List.of() : acts.authorOf(v, object, agents);
            if (answered.isEmpty()) {
                answered = SentenceView.actors(Phrases.stateOfPlace(v, object)).stream()
                        .filter(a -> !Sides.sameSide(acting, List.of(a))).toList();
            }
            if (!answered.isEmpty()) {
                p = new Participants(p.agents(), p.targets(), answered, p.object(), p.venue(), p.verb());
            }
        }
        if (!t.noun() && p.targets().isEmpty() && p.implicitTargets().isEmpty() && !p.agents().isEmpty()) {
            // "The Bureau urged the three parties to ...": as many parties as the text named together last, of
            // another side than the agents, else those of the last communication
            org.diplograph.nlp.Parse parse = v.sentence.parse();
            // (the verb's own object in the parse, not the subject of what is said: "said the two sides had agreed")
            boolean ownObject = object >= 0 && parse != null && parse.head(object) == p.verb() && parse.relation(object).equals("dobj");
            int objectCount = ownObject ? partiesCountedAt(v, object) : 0;
            if (objectCount > 0) {
                List<Actor> acting = agents;
                java.util.function.Predicate<List<Actor>> asCounted = parties -> SentenceView.keys(parties).size() == objectCount
                        && !Sides.sameSide(acting, parties);
                List<Actor> parties = acts.lastNamedTogetherAfter(-1, asCounted)
                        .orElseGet(() -> Discourse.lastCommunicationParties(earlier, asCounted));
                if (!parties.isEmpty()) {
                    p = new Participants(p.agents(), p.targets(), parties, p.object(), p.venue(), p.verb());
                }
            }
        }
        if (type == EventType.APPEAL && !t.noun() && p.targets().isEmpty() && p.implicitTargets().isEmpty()) {
            // "demanded that the restrictions be lifted": made of whoever imposed them
            int undone = subjectOfThatClause(v, p.verb());
            List<Actor> authors = undone < 0 ? List.of() : acts.authorOf(v, undone, agents);
            if (!authors.isEmpty()) {
                p = new Participants(p.agents(), p.targets(), authors, p.object(), p.venue(), p.verb());
            }
        }
        if (AGAINST_A_GOVERNMENT.contains(type) && !t.noun() && p.targets().isEmpty() && p.implicitTargets().isEmpty()) {
            // "the European Council called on the authorities to end the violence": the government of the state the
            // story is about, the last one named of another side than the agents
            int determiner = object - 1;
            while (determiner > 0 && determiner > object - 3 && "ADJ".equals(v.token(determiner).pos())) {
                determiner--; // "the interim government", "the military authorities"
            }
            if (object > 0 && v.isListed(WordLists.Name.GOVERNMENT_NOUNS, object) && v.token(determiner).is("the")
                    && (object + 1 >= v.size() || !v.token(object + 1).is("of") && !v.token(object + 1).is("in"))) {
                Actor governed = lastStateNamed(v, head, agents, earlier);
                if (governed != null) {
                    p = new Participants(p.agents(), p.targets(), List.of(governed), p.object(), p.venue(), p.verb());
                }
            }
        }
        List<Actor> targets = new ArrayList<>();
        List<Actor> candidates = new ArrayList<>(SentenceView.actors(p.targets()));
        candidates.addAll(p.implicitTargets());
        candidates = sides.forStates(candidates);
        for (Actor a : candidates) {
            if (agents.stream().noneMatch(g -> g.key().equals(a.key())) && !a.isNewsOutlet()
                    && targets.stream().noneMatch(g -> g.key().equals(a.key()))) {
                targets.add(a);
            }
        }
        boolean coordinated = v.sentence.parse() != null && v.sentence.parse().relation(p.verb()).equals("conj");
        if (targets.isEmpty() && !type.isCommunication() && type != EventType.STATEMENT
                && (head > 1 && v.token(head - 1).is("to") || coordinated)) {
            // "phoned Maduro to express his solidarity": the purpose of a call is toward the one called; "spoke with
            // Putin and appealed for an end to the violence": so is what the caller went on to do
            targets.addAll(Discourse.calledBefore(v, head, agents, earlier));
        }
        if (targets.isEmpty() && !type.isCommunication() && type != EventType.STATEMENT) {
            // "Macron spoke with Zelensky, who pledged not to respond to provocations": what the one called
            // undertakes in the conversation, he undertakes towards the caller
            targets.addAll(Discourse.callerOf(v, head, agents, earlier));
        }
        if (targets.isEmpty() && type == EventType.STATEMENT && !toAnAudience(v)) {
            // a readout: "Biden met Xi ... Biden also voiced concern about Xinjiang" is said to Xi
            targets.addAll(Discourse.counterpartsInConversation(v, agents, earlier));
        }
        if (targets.isEmpty() && type == EventType.THREATEN) {
            // "warned that Beijing would respond if Brussels continued down the wrong path": at whom the condition is put
            targets.addAll(sides.forStates(conditionedParty(v, p.verb(), p.agents())));
        }
        if (targets.isEmpty() && type == EventType.SANCTION) {
            // "accused the United States of a coup and announced that Venezuela was breaking off relations": a measure
            // with no one named is taken against whom the same side just acted in the sentence
            targets.addAll(Discourse.actedAgainstBefore(v, head, agents, earlier));
        }
        if (type.isCommunication() && targets.isEmpty() && agents.size() >= 2) {
            // "A and B met": one communication, the first named as its agent
            targets.addAll(agents.subList(1, agents.size()));
            agents = List.of(agents.get(0));
        }
        if (type.isCommunication()) {
            // a person does not talk to their own state: "Ivanov spoke with Macedonia's ..." keeps the person only
            List<Actor> speakers = agents;
            targets.removeIf(t2 -> t2.kind() == ActorKind.STATE
                    && speakers.stream().anyMatch(a -> a.kind() == ActorKind.PERSON && t2.country().equals(a.country())));
        }
        boolean ownMeeting = targets.isEmpty() && bodyMeeting(v, type, p.agents(), agents, t.noun() ? end - 1 : -1);
        if (type.isCommunication() && targets.isEmpty() && !ownMeeting) {
            // "met on Tuesday to discuss the crisis": who talked to whom needs a whom
            return List.of();
        }
        Actor venue = p.venue();
        if (venue != null && targets.stream().anyMatch(a -> a.key().equals(venue.key()))) {
            targets.removeIf(a -> a.key().equals(venue.key()));
        }
        int sharing = sharingAuxiliaries(v, p.verb());
        int clauseStart = v.clauseStart(sharing);
        Modality cued = modalities.modality(v, clauseStart, head, end, p.verb(), type);
        int governor = t.noun() ? governorOfSubject(v, end - 1) : -1;
        if (governor > end) {
            // "talks between Iran and the US are set to resume next week": what the noun's own verb says of it
            cued = cued.strongest(modalities.modality(v, end, governor, governor + 1, governor, type));
        }
        if (t.noun()) {
            // "the visit was cancelled", "a meeting had been planned but was dropped": what the noun's verb does to it
            cued = cued.strongest(modalities.doneToItsSubject(v, end - 1));
        }
        if (governor <= end && nextRound > end) {
            // "the next round of talks is expected to open": the same, through the round the talks are of
            cued = cued.strongest(modalities.modality(v, end, nextRound, nextRound + 1, nextRound, type));
        }
        boolean supposed = (ModalityReader.conditionalSentence(v) || ModalityReader.conditionedBy(v, sharing))
                && t.frame() != Trigger.Frame.SPEECH && t.frame() != Trigger.Frame.TELL && type != EventType.THREATEN;
        // "Had it been adopted, the resolution would have ...": what the sentence supposes; saying or warning so
        // ("If talks fail, Rouhani warned, ...") still happened
        Modality modality = supposed ? cued.strongest(Modality.HYPOTHETICAL) : cued;
        if (ownMeeting && modality == Modality.ASSERTED) {
            // a body's meeting told as done is the setting of what it decided ("the ministers agreed at an emergency
            // meeting", "before the ministers met"): the decisions are the events; one announced is news by itself
            return List.of();
        }
        boolean ground = t.noun() && groundOfAMeasure(v, head);
        if (ground && modality == Modality.EXPECTED && !supposed) {
            // "would impose sanctions on Pelosi over her visit to Taiwan": the ground of what is coming has happened
            modality = Modality.ASSERTED;
        }
        if (type == EventType.REJECT && modality == Modality.EXPECTED && !supposed && !t.noun() && willSay(v, clauseStart, p.verb())) {
            // "North Korea will reject any contact with Japan", "would never accept the ruling": saying it will is
            // rejecting now, a stance taken as it is told
            modality = Modality.ASSERTED;
        }
        EventType notDone = null;
        if (modality == Modality.NEGATED && !supposed && refusal(v, clauseStart, p.verb())) {
            // "said he would not sign the agreement", "will not recognise the ruling": a refusal is a rejection,
            // and it happened; the signing it refuses stays told, as not done
            notDone = type;
            type = EventType.REJECT;
            modality = Modality.ASSERTED;
            List<Actor> told = toldParty(v, p.verb());
            if (!told.isEmpty() && !Sides.sameSide(agents, told)) {
                // "told the European Union that it was unable to sign the agreement with Canada": turned down to the
                // one told, who asked for it
                targets = new ArrayList<>(told);
            }
        }
        int clauseEnd = v.clauseEnd(Math.max(head, end - 1));
        LocalDate date = dating.dayOf(v, head, clauseStart, clauseEnd, ground, modality, published, earlier);
        String trigger = v.sentence.textOf(new TokenSpan(head, end));
        CharSpan span = new CharSpan(v.token(head).span().begin(), v.token(end - 1).span().end());
        EventFrame event = new EventFrame(type, agents, targets, p.object(), venue, date, modality,
                List.of(v.sentence.index()), trigger, span);
        if (threat != null) {
            return List.of(event, new EventFrame(EventType.THREATEN, agents, threat, null, venue, date, modality,
                    List.of(v.sentence.index()), trigger, span));
        }
        if (type == EventType.MEETING && !targets.isEmpty() && summonedOverAGrievance(v, head)) {
            // "summoned the Spanish ambassador over the sanctions": called in to hear a protest, aimed at his state
            List<Actor> states = sides.forCountries(targets).stream().filter(a -> a.kind() == ActorKind.STATE).toList();
            if (!states.isEmpty()) {
                return List.of(event, new EventFrame(EventType.CONDEMN, agents, states, null, venue, date, modality,
                        List.of(v.sentence.index()), trigger, span));
            }
        }
        if (type == EventType.STATEMENT && t.frame() == Trigger.Frame.TELL && !targets.isEmpty() && demandOnTheOneTold(v, head, p)) {
            // "Ramaphosa told Putin that the war must end": telling someone what must happen urges it on them
            return List.of(event, new EventFrame(EventType.APPEAL, agents, targets, null, venue, date, modality,
                    List.of(v.sentence.index()), trigger, span));
        }
        return notDone == null ? List.of(event) : List.of(event, new EventFrame(notDone, agents, targets, p.object(), venue,
                date, Modality.NEGATED, List.of(v.sentence.index()), trigger, span));
    }

    /**
     * The first of coordinated bare verbs that share their auxiliary and subject: "will respond decisively and impose
     * costs" imposes them as it responds (will, under the same condition). Else the verb itself.
     */
    static int sharingAuxiliaries(SentenceView v, int verb) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        int k = verb;
        while (parse != null && k >= 0 && parse.relation(k).equals("conj") && parse.arcs().get(k).tag().equals("VB")
                && parse.dependents(k, "nsubj", "aux").isEmpty() && parse.head(k) >= 0 && parse.head(k) < k
                && parse.arcs().get(parse.head(k)).tag().startsWith("VB")) {
            k = parse.head(k);
        }
        return k;
    }

    /**
     * "EU foreign ministers are due to meet in Brussels", "ordered its defence chiefs to meet", "a meeting of the
     * Security Council": the people of one organization meeting among themselves are a meeting of that body, which
     * has no counterpart to name. The agent must be one organization, named by a plural of people it qualifies or
     * by the "of" phrase of the meeting noun at {@code noun} (a state's officials meeting is no diplomacy; "Putin
     * will meet" with no one named is a meeting we cannot place).
     */
    private static boolean bodyMeeting(SentenceView v, EventType type, List<Mention> mentions, List<Actor> agents, int noun) {
        if (type != EventType.MEETING || agents.size() != 1 || agents.get(0).kind() != ActorKind.ORGANIZATION
                || mentions.size() != 1) {
            return false;
        }
        Mention body = mentions.get(0);
        int last = body.tokens().end() - 1;
        Parse parse = v.sentence.parse();
        if (pluralOfPeople(v, last)) {
            return true; // "EU foreign ministers": the people close the mention
        }
        if (noun >= 0 && parse != null && parse.relation(last).equals("pobj") && v.token(parse.head(last)).is("of")
                && parse.head(parse.head(last)) == noun) {
            return true; // "a meeting of the Security Council"
        }
        if (noun >= 0 && parse != null && parse.relation(noun).equals("dobj") && parse.head(noun) > last
                && v.token(parse.head(noun)).isVerb()) {
            return true; // "the Council will convene an emergency meeting", "was due to hold an extraordinary session"
        }
        // "its defence chiefs": the body owns them
        int owned = parse != null && parse.relation(last).equals("poss") ? parse.head(last) : -1;
        return owned > last && v.mentionAt(owned) == null && pluralOfPeople(v, owned);
    }

    /** A plural head of a role phrase: "ministers", "leaders", "chiefs" (not "minister": one person). */
    private static boolean pluralOfPeople(SentenceView v, int k) {
        return v.words.has(WordLists.Name.ROLE_HEADS, v.token(k).lemma())
                && v.token(k).isInflected();
    }

    /**
     * The verb whose subject counts the parties of {@code verb}: the verb itself, or the one it is joined to, outside
     * reported speech ("The two sides see their cooperation as a long-term task and agree that ..."; not "Putin said
     * the two sides had reached an understanding and cautioned Kyiv": Putin cautioned); -1 when none.
     */
    private static int countingVerb(SentenceView v, int verb) {
        if (verb < 0 || partiesCounted(v, verb) > 0) {
            return verb;
        }
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse == null || !parse.relation(verb).equals("conj") || !parse.dependents(verb, "nsubj", "nsubjpass").isEmpty()) {
            return -1;
        }
        int head = parse.head(verb);
        boolean reported = head >= 0 && parse.relation(head).equals("ccomp");
        return head >= 0 && head < verb && !reported && partiesCounted(v, head) > 0 ? head : -1;
    }

    /** How many parties "both leaders", "the two sides", "all three ministers" before the verb count; 0 if none. */
    private static int partiesCounted(SentenceView v, int verb) {
        int k = verb - 1;
        while (k >= 0 && ("AUX".equals(v.token(k).pos()) || "ADV".equals(v.token(k).pos()) || "PART".equals(v.token(k).pos()))) {
            k--;
        }
        return partiesCountedAt(v, k);
    }

    /** How many parties the party noun at {@code k} counts ("the two sides", "both countries", "the three parties"), or 0. */
    static int partiesCountedAt(SentenceView v, int k) {
        if (k < 1 || !v.words.has(WordLists.Name.PARTY_NOUNS, v.token(k).lemma())) {
            return 0;
        }
        int d = k - 1;
        while (d > 0 && "ADJ".equals(v.token(d).pos())) {
            d--;
        }
        if (d > 1 && v.token(d).text().endsWith("'") && v.words.has(WordLists.Name.PARTY_NOUNS, v.token(d).lemma().replace("'", ""))
                || d > 2 && v.token(d).isPossessiveMark() && v.words.has(WordLists.Name.PARTY_NOUNS, v.token(d - 1).lemma())) {
            // "the two countries' foreign ministers will meet": the parties are counted in the owner
            d = v.token(d).isPossessiveMark() ? d - 2 : d - 1;
        }
        if (v.token(d).is("both")) {
            return 2;
        }
        return d > 0 && (v.token(d - 1).is("the") || v.token(d - 1).is("all")) ? v.partyCount(d) : 0;
    }

    /**
     * The author of the act a warning foretells harm from: the subject of the warned clause names an act the article
     * gave to another side ("warned that the veto would embolden Pyongyang", "warned that the move could harm
     * trade"). Empty when the clause's subject is a party (a threat may be made of it) or an act of no one told.
     */
    private static List<Actor> harmWarnedOf(SentenceView v, int verb, List<Actor> agents, ToldActs acts) {
        Parse parse = v.sentence.parse();
        if (parse == null || verb < 0 || !TriggerMatcher.isOneOf(v, WordLists.Name.WARNING_VERBS, verb)) {
            return List.of();
        }
        for (int c : parse.dependents(verb, "ccomp")) {
            for (int subject : parse.dependents(c, "nsubj")) {
                // (an act done, made definite: "the veto", "this decision", "Moscow's move"; not "sanctions would
                // antagonise Juba", "any provocation would meet a response", acts yet to come)
                boolean done = parse.dependents(subject, "det").stream().anyMatch(d -> v.token(d).is("the") || v.token(d).is("this")
                        || v.token(d).is("that")) || !parse.dependents(subject, "poss").isEmpty();
                if (v.mentionAt(subject) != null || !v.token(subject).isNoun() || !done) {
                    continue;
                }
                List<Actor> authors = acts.authorOf(v, subject, agents).stream().filter(a -> !Sides.sameSide(agents, List.of(a))).toList();
                if (!authors.isEmpty()) {
                    return authors;
                }
            }
        }
        return List.of();
    }

    /**
     * The party a statement makes a demand on: the subject of its complement when a modal of obligation stands
     * there ("said Kyiv must withdraw", "insisted that Iran should return"), not the speaker nor the speaker's own
     * side ("said Russia would ..." by a Russian is no demand).
     */
    private static List<Mention> demandedOf(SentenceView v, int head, int end, List<Mention> speakers) {
        SyntacticRoles roles = new SyntacticRoles(v);
        Parse parse = v.sentence.parse();
        List<Mention> subject = List.of();
        if (parse != null) {
            int c = obligedComplement(v, parse, head);
            subject = c < 0 ? List.of() : roles.subject(c);
        } else {
            int k = end < v.size() && v.token(end).is("that") ? end + 1 : end;
            Mention m = v.mentionStartingAt(k);
            if (m != null && m.tokens().end() < v.size()
                    && v.words.has(WordLists.Name.DEMAND_MODALS, v.token(m.tokens().end()).lemma())) {
                subject = v.groupRightFrom(m);
            }
        }
        return subject.stream().filter(m -> m.canParticipate() && m.form() != Mention.Form.PRONOUN
                && Sides.ofAnotherSide(m, speakers)).toList();
    }

    /**
     * Whether what was told holds a modal of obligation ("must", "should") whose subject names no party but the one
     * told, or none: "told Putin that the war must end", "told him that he should step down" (not "told Blinken that
     * Israel must finish the operation": a demand on another party, or on the speaker's own side, is no appeal to
     * the one told).
     */
    private static boolean demandOnTheOneTold(SentenceView v, int head, Participants p) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return false;
        }
        int c = obligedComplement(v, parse, head);
        List<Actor> told = SentenceView.actors(p.targets());
        return c >= 0 && new SyntacticRoles(v).subject(c).stream().allMatch(m -> told.stream().anyMatch(a -> a.key().equals(m.actor().key())));
    }

    /**
     * A verb of summoning (summons-verbs) with a grievance in a preposition below it: "over the sanctions", "in protest
     * at the remarks" (grievance-words).
     */
    private static boolean summonedOverAGrievance(SentenceView v, int head) {
        Parse parse = v.sentence.parse();
        if (parse == null || !TriggerMatcher.isOneOf(v, WordLists.Name.SUMMONS_VERBS, head)) {
            return false;
        }
        for (int prep = head + 1; prep < v.size(); prep++) {
            // (wherever the parse hangs it below the verb with no other verb between: on the verb, the envoy, the
            // "by" phrase)
            int up = parse.head(prep);
            while (up >= 0 && up != head && !parse.arcs().get(up).tag().startsWith("VB")) {
                up = parse.head(up);
            }
            if (up == head && parse.relation(prep).equals("prep") && (v.words.has(WordLists.Name.GRIEVANCE_WORDS, v.token(prep).lemma())
                    || parse.dependents(prep, "pobj").stream().anyMatch(o -> v.words.has(WordLists.Name.GRIEVANCE_WORDS, v.token(o).lemma())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first complement ({@code ccomp}) of the verb at {@code head} with a modal of obligation ("must", "should"),
     * or that is a verb of obligation with a "to" clause ("said Kosovo had to revoke the tariffs"), or -1.
     */
    private static int obligedComplement(SentenceView v, Parse parse, int head) {
        for (int c : parse.dependents(head, "ccomp")) {
            // (only a party is bound so: "the tanker would have to go through a legal process" asks nothing of anyone)
            boolean bound = v.words.has(WordLists.Name.OBLIGATION_VERBS, v.token(c).lemma())
                    && parse.dependents(c, "xcomp").stream().anyMatch(x -> x > 0 && v.token(x - 1).is("to"))
                    && parse.dependents(c, "nsubj").stream().anyMatch(n -> v.mentionAt(n) != null && v.mentionAt(n).canParticipate());
            if (bound || parse.dependents(c, "aux").stream().anyMatch(a -> v.words.has(WordLists.Name.DEMAND_MODALS, v.token(a).lemma()))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whom a statement threatens, or null when it threatens no one: its complement says that the speaker's own side
     * will or would retaliate (retaliation-verbs: "said Moscow would answer any such measures in kind", "said
     * Washington would impose new sanctions on Russia if it escalated"). The target is the other side named there,
     * else, for "such measures", whoever took the last measure; an empty list when the text leaves it open.
     */
    private static List<Actor> threatenedIn(SentenceView v, int head, List<Mention> speakers, List<EventFrame> earlier) {
        Parse parse = v.sentence.parse();
        if (parse == null || speakers.isEmpty() || v.words.has(WordLists.Name.DECISION_VERBS, v.token(head).lemma())) {
            return null; // "announced Britain will impose ...": a measure decided, told on its own
        }
        SyntacticRoles roles = new SyntacticRoles(v);
        for (int said : parse.dependents(head, "ccomp")) {
            boolean future = parse.dependents(said, "aux").stream().anyMatch(a -> v.token(a).lemma().equals("will") || v.token(a).lemma().equals("would"));
            List<Mention> subject = roles.subject(said);
            int c = said;
            List<Integer> done = parse.dependents(said, "xcomp");
            boolean negated = !parse.dependents(said, "neg").isEmpty();
            if (negated && v.words.has(WordLists.Name.RELUCTANCE_VERBS, v.token(said).lemma()) && !done.isEmpty()) {
                c = done.get(0); // "would not hesitate to impose new sanctions": what it would not hesitate to do
            } else if (negated) {
                continue;
            }
            if (future && !negated && !subject.isEmpty() && subject.stream().allMatch(m -> Sides.ofAnotherSide(m, speakers))
                    && consequence(v, parse, said)) {
                // "Erdogan replied that the Netherlands would pay a price": the one who is to pay is threatened
                return SentenceView.actors(subject);
            }
            // "Seoul would respond if the North took further steps": a response under a condition put on another side
            boolean conditionalResponse = v.words.has(WordLists.Name.RESPONSE_VERBS, v.token(c).lemma())
                    && !conditionedParty(v, c, speakers).isEmpty();
            if (!future || subject.isEmpty()
                    || subject.stream().anyMatch(m -> Sides.ofAnotherSide(m, speakers))
                    || !reprisal(v, parse, c) && !conditionalResponse) {
                continue;
            }
            for (int k = c + 1; k < v.size() && parse.dominates(c, k); k++) {
                Mention m = v.mentionAt(k);
                if (m != null && m.canParticipate() && Sides.ofAnotherSide(m, speakers) && Sides.ofAnotherSide(m, subject)) {
                    return List.of(m.actor());
                }
            }
            // "would answer any such measures in kind": the measures answered are the last ones taken
            // (not "would impose new sanctions": those are the ones to come)
            boolean answer = v.words.has(WordLists.Name.RESPONSE_VERBS, v.token(c).lemma());
            for (int o : answer ? parse.dependents(c, "dobj") : List.<Integer>of()) {
                if (v.words.has(WordLists.Name.MEASURE_NOUNS, v.token(o).text().toLowerCase(java.util.Locale.ROOT))) {
                    return Discourse.lastMeasure(earlier, subject).map(EventFrame::agents).orElse(List.of());
                }
            }
            List<Actor> conditioned = conditionedParty(v, said, speakers);
            // (a threat read through "would not hesitate to" is kept only with someone it is aimed at)
            return conditioned.isEmpty() && c != said ? null : conditioned;
        }
        return null;
    }

    /** Whether the verb and its object are a phrase of the consequence-phrases list ("pay a price", "bear the consequences"). */
    private static boolean consequence(SentenceView v, Parse parse, int verb) {
        for (int o : parse.dependents(verb, "dobj")) {
            String phrase = v.token(verb).lemma().toLowerCase(java.util.Locale.ROOT) + " " + v.token(o).lemma().toLowerCase(java.util.Locale.ROOT);
            // (not "would pay a higher price for the gas": a price compared is a market's)
            boolean compared = parse.dependents(o, "amod", "nmod").stream().anyMatch(a -> "JJR".equals(parse.arcs().get(a).tag()));
            if (v.words.has(WordLists.Name.CONSEQUENCE_PHRASES, phrase) && !compared) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parties a condition under the verb at {@code verb} puts on another side: the subject of its "if" or
     * "unless" clause ("would annul the agreement if the Taliban failed to live up to it" is aimed at the Taliban).
     */
    static List<Actor> conditionedParty(SentenceView v, int verb, List<Mention> speakers) {
        Parse parse = v.sentence.parse();
        if (parse == null || verb < 0) {
            return List.of();
        }
        SyntacticRoles roles = new SyntacticRoles(v);
        List<Actor> parties = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            boolean condition = parse.relation(k).equals("advcl") && parse.dominates(verb, k) && parse.dependents(k, "mark").stream()
                    .anyMatch(m -> v.words.has(WordLists.Name.CONDITIONAL_CONJUNCTIONS, v.token(m).lemma()));
            if (condition) {
                roles.subject(k).stream().filter(m -> m.canParticipate() && Sides.ofAnotherSide(m, speakers))
                        .forEach(m -> parties.add(m.actor()));
            }
        }
        return parties;
    }

    /** A verb of reprisal ("impose", "retaliate"), or one of response said with a reprisal word ("answer in kind"). */
    private static boolean reprisal(SentenceView v, Parse parse, int verb) {
        if (v.words.has(WordLists.Name.RETALIATION_VERBS, v.token(verb).lemma())) {
            return true;
        }
        if (!v.words.has(WordLists.Name.RESPONSE_VERBS, v.token(verb).lemma())) {
            return false;
        }
        for (int k = verb + 1; k < v.size() && parse.dominates(verb, k); k++) {
            if (v.words.has(WordLists.Name.REPRISAL_WORDS, v.token(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who reports what follows: the subject of a reporting verb ("said", "told") before the word at {@code head}
     * whose words it is in the parse (not "announced that ... since ties were broken off").
     */
    private static List<Mention> speakerBefore(SentenceView v, int head) {
        Parse parse = v.sentence.parse();
        for (int k = 0; k < head && parse != null; k++) {
            boolean background = false;
            for (int j = k + 1; j < head; j++) {
                background |= "SCONJ".equals(v.token(j).pos()) && !v.token(j).is("that") || v.token(j).is("since");
            }
            if (v.mentionAt(k) == null && v.token(k).isVerb() && v.words.has(WordLists.Name.REPORTING_VERBS, v.token(k).lemma())
                    && parse.dominates(k, head) && !background) {
                List<Mention> speakers = AgentReader.agentsOf(v, k);
                if (!speakers.isEmpty()) {
                    return speakers;
                }
            }
        }
        return List.of();
    }

    /** "told reporters", "said in a statement": the sentence names an audience other than a counterpart. */
    private static boolean toAnAudience(SentenceView v) {
        for (int k = 0; k < v.size(); k++) {
            if (v.mentionAt(k) == null && v.words.has(WordLists.Name.AUDIENCE_WORDS, v.token(k).text().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whom a word of outrage after a speech verb points at: "said Washington was \"outraged\" by the vetoes" (the
     * last measure's takers), "said it was appalled at Russia's conduct" (the actor named). Empty when none.
     */
    private static List<Actor> censuredIn(SentenceView v, int end, List<Mention> speakers, List<EventFrame> earlier) {
        for (int k = end; k < v.size() && k < end + 10; k++) {
            if (!v.words.has(WordLists.Name.CENSURE_EMOTIONS, v.token(k).text().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int by = k + 1;
            while (by < v.size() && "PUNCT".equals(v.token(by).pos()) && !v.token(by).text().equals(",")) {
                by++; // a closing quote: "outraged" by
            }
            if (by + 1 >= v.size() || !(v.token(by).is("by") || v.token(by).is("at") || v.token(by).is("over"))) {
                return List.of();
            }
            int npEnd = Phrases.nounPhraseEnd(v, by + 1, v.size());
            List<Actor> named = new ArrayList<>();
            for (int j = by + 1; j < npEnd; j++) {
                Mention m = v.mentionStartingAt(j);
                if (m != null && m.canParticipate() && Sides.ofAnotherSide(m, speakers)) {
                    named.add(m.actor());
                }
            }
            if (named.isEmpty() && (v.token(by + 1).is("the") || v.token(by + 1).is("these")) && by + 2 < v.size()
                    && v.words.has(WordLists.Name.MEASURE_NOUNS, v.token(by + 2).text().toLowerCase(java.util.Locale.ROOT))) {
                Discourse.lastMeasure(earlier, speakers).ifPresent(e -> named.addAll(e.agents()));
            }
            return named;
        }
        return List.of();
    }

    /**
     * Whom a statement judges: its complement gives an act or a party of another side a predicate of censure ("said
     * the Chinese tariffs amounted to economic coercion", "told reporters the veto was a betrayal", "said Russia was
     * the aggressor"). The party is the one the complement's subject names (an owner, a nationality, a "by" phrase,
     * or the subject itself), else whoever the article said did the act it names. Empty when the complement judges
     * no one, is negated, or the censure word only stands in a phrase about something else ("was concerned about
     * the violation").
     */
    private static List<Actor> judgedIn(SentenceView v, int verb, List<Mention> speakers, List<EventFrame> earlier, ToldActs acts) {
        Parse parse = v.sentence.parse();
        if (parse == null || verb < 0) {
            return List.of();
        }
        for (int c : parse.dependents(verb, "ccomp")) {
            List<Integer> subjects = parse.dependents(c, "nsubj", "nsubjpass");
            boolean denied = !parse.dependents(c, "neg").isEmpty();
            // "said Wellington had not been transparent": praise denied censures as blame does
            if (subjects.isEmpty() || (denied ? !judgedBy(v, parse, c, WordLists.Name.VIRTUE_WORDS) : !censurePredicate(v, parse, c))) {
                continue;
            }
            int subject = subjects.get(0);
            List<Actor> named = new ArrayList<>();
            for (int k = 0; k < v.size(); k++) {
                Mention m = v.mentionStartingAt(k);
                if (m != null && ToldActs.canAct(m) && (k == subject || parse.dominates(subject, k) || parse.dominates(subject, m.tokens().end() - 1))
                        && Sides.ofAnotherSide(m, speakers) && named.stream().noneMatch(a -> a.key().equals(m.actor().key()))) {
                    named.add(m.actor());
                }
            }
            for (int by = c + 1; named.isEmpty() && by < v.size(); by++) {
                // "said the expulsion was an unjustified decision by the government of Nicaragua": the author named
                // in the judgement
                if (!v.token(by).is("by") || !parse.dominates(c, by)) {
                    continue;
                }
                for (int k = by + 1; named.isEmpty() && k < v.size(); k++) {
                    Mention m = v.mentionStartingAt(k);
                    if (m != null && ToldActs.canAct(m) && parse.dominates(by, k) && Sides.ofAnotherSide(m, speakers)) {
                        named.add(m.actor());
                    }
                }
            }
            List<Actor> speaking = SentenceView.actors(speakers);
            if (named.isEmpty()) {
                named.addAll(acts.authorOf(v, subject, speaking));
            }
            if (named.isEmpty() && v.words.has(WordLists.Name.MEASURE_NOUNS, v.token(subject).text().toLowerCase(java.util.Locale.ROOT))) {
                Discourse.lastMeasure(earlier, speakers).ifPresent(e -> named.addAll(e.agents()));
            }
            named.removeIf(a -> Sides.sameSide(speaking, List.of(a)));
            return named;
        }
        return List.of();
    }

    /**
     * Whether the clause of {@code verb} says its subject is something the censure-words judge: the complement of
     * "be" ("was a grave violation", "were unjustified"), or what it "amounts to", "constitutes" or "represents",
     * or of another verb its manner ("callously disregarded");
     * the word may stand deeper in that phrase through "of" ("part of a campaign of coercion"), not through other
     * prepositions ("concerned about the violation").
     */
    private static boolean censurePredicate(SentenceView v, Parse parse, int verb) {
        // "said Kenya's conduct violated the charter": the verb itself judges what the subject did
        return TriggerMatcher.isOneOf(v, WordLists.Name.BREACH_VERBS, verb) || judgedBy(v, parse, verb, WordLists.Name.CENSURE_WORDS);
    }

    /** Whether the predicate of the clause of {@code verb}, as {@link #censurePredicate} reads it, holds a word of the list. */
    private static boolean judgedBy(SentenceView v, Parse parse, int verb, WordLists.Name judgements) {
        String lemma = v.token(verb).lemma().toLowerCase(java.util.Locale.ROOT);
        List<Integer> predicates = new ArrayList<>();
        if (lemma.equals("be")) {
            predicates.addAll(parse.dependents(verb, "attr", "acomp"));
        } else if (TriggerMatcher.isOneOf(v, WordLists.Name.EQUATING_VERBS, verb)) {
            predicates.addAll(parse.dependents(verb, "dobj", "attr"));
            for (int to : parse.dependents(verb, "prep")) {
                if (v.token(to).is("to")) {
                    predicates.addAll(parse.dependents(to, "pobj"));
                }
            }
        } else if (v.isVerbInTagOrParse(verb)) {
            // what the subject did, judged by its manner: "had callously disregarded the outcry" (not by its object:
            // "the accord rewarded crimes" judges the accord's effect, a statement)
            predicates.addAll(parse.dependents(verb, "advmod"));
        }
        for (int head : new ArrayList<>(predicates)) {
            predicates.addAll(parse.dependents(head, "conj")); // "unjustified and discriminatory"
        }
        for (int head : predicates) {
            for (int k = 0; k < v.size(); k++) {
                if ((k == head || parse.dominates(head, k)) && v.mentionAt(k) == null && v.isListed(judgements, k)
                        && onlyThroughOf(v, parse, head, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every preposition between {@code head} and the word {@code k} below it is "of". */
    private static boolean onlyThroughOf(SentenceView v, Parse parse, int head, int k) {
        for (int u = parse.head(k); u >= 0 && u != head && k != head; u = parse.head(u)) {
            if ("ADP".equals(v.token(u).pos()) && !v.token(u).is("of") || parse.relation(u).equals("relcl")) {
                return false;
            }
        }
        return true;
    }

    /** The one told, when the clause of {@code verb} is what a "tell" or "inform" verb above it told them. */
    private static List<Actor> toldParty(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        for (int k = verb, depth = 0; parse != null && k >= 0 && depth < 3; depth++) {
            k = parse.head(k);
            if (k >= 0 && (v.token(k).lemma().equals("tell") || v.token(k).lemma().equals("inform"))) {
                for (int object : parse.dependents(k, "dobj", "obj", "iobj")) {
                    Mention m = v.mentionAt(object);
                    if (m != null && m.canParticipate()) {
                        return List.of(m.actor());
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Whether a negated trigger is a refusal: a verb of the refusal-verbs list ("accept", "sign", "recognise")
     * negated with "will", "would", "can" or "unable" ("would not sign", "will never accept", "cannot recognise",
     * "was unable to sign").
     */
    private static boolean refusal(SentenceView v, int clauseStart, int verb) {
        if (!v.words.has(WordLists.Name.REFUSAL_VERBS, v.token(verb).lemma()) || !v.token(verb).isVerb()) {
            return false;
        }
        boolean stance = v.words.has(WordLists.Name.STANCE_REFUSAL_VERBS, v.token(verb).lemma());
        for (int k = Math.max(clauseStart, verb - 4); k < verb; k++) {
            String l = v.token(k).lemma();
            String w = v.token(k).text().toLowerCase(java.util.Locale.ROOT);
            // ("was unable to sign": a refusal told as what one cannot do)
            if (l.equals("will") || l.equals("would") || l.equals("can") || l.equals("could") || l.equals("unable")
                    || stance && (w.equals("does") || w.equals("do"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will" or "would" just before the verb ("will reject", "would never accept"), in its clause, told as the
     * agent's own stance: not under a verb of belief ("It is expected that Iran will turn down the offer").
     */
    private static boolean willSay(SentenceView v, int clauseStart, int verb) {
        Parse parse = v.sentence.parse();
        int above = parse == null ? -1 : parse.head(verb);
        if (above >= 0 && v.words.has(WordLists.Name.BELIEF_VERBS, v.token(above).lemma())) {
            return false;
        }
        for (int k = Math.max(clauseStart, verb - 3); k < verb; k++) {
            String l = v.token(k).lemma();
            if (l.equals("will") || l.equals("would")) {
                return true;
            }
        }
        return false;
    }

    /** The verb an event noun is the subject of ("Talks ... resumed", "the visit was postponed"), or -1. */
    private static int governorOfSubject(SentenceView v, int noun) {
        Parse parse = v.sentence.parse();
        if (parse == null || !(parse.relation(noun).equals("nsubj") || parse.relation(noun).equals("nsubjpass"))) {
            return -1;
        }
        int verb = parse.head(noun);
        if (verb < 0 || !v.isVerbInTagOrParse(verb)) {
            return -1;
        }
        for (int depth = 0; depth < 3; depth++) {
            // "are set to resume", "is expected to begin": the cue stands before the verb the chain ends in
            List<Integer> complement = parse.dependents(verb, "xcomp");
            if (complement.isEmpty()) {
                break;
            }
            verb = complement.get(0);
        }
        return verb;
    }

    /** "over her visit", "over the talks": a noun that a cause preposition governs, past determiners and modifiers. */
    private static boolean groundOfAMeasure(SentenceView v, int noun) {
        int k = noun - 1;
        while (k >= 0 && ("DET".equals(v.token(k).pos()) || "ADJ".equals(v.token(k).pos()) || "NUM".equals(v.token(k).pos())
                || v.words.has(WordLists.Name.POSSESSIVES, v.token(k).text().toLowerCase(java.util.Locale.ROOT))
                || v.token(k).isPossessiveMark() || v.token(k).isNoun() || v.mentionAt(k) != null)) {
            k--;
        }
        return k >= 0 && v.token(k).is("over");
    }
}
