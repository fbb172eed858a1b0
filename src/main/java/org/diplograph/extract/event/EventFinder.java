package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;
import org.diplograph.model.Modality;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.ModalityCue;
import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.nlp.TokenSpan;
import org.diplograph.extract.knowledge.WordLists;

/**
 * Reads the events of one sentence: finds the words of the trigger lexicon and, around each, its agent,
 * target, object, venue, date and modality. An event exists only where a trigger was read and an agent found:
 * nothing is coded by default.
 *
 * <pre>
 * List&lt;EventFrame&gt; events = finder.find(sentence, mentions, published, earlierEvents);
 * </pre>
 */
public final class EventFinder {


    private final Knowledge knowledge;
    private final DateResolver dates = new DateResolver();
    private final TriggerMatcher matcher;
    private final ModalityReader modalities;

    public EventFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.matcher = new TriggerMatcher(knowledge);
        this.modalities = new ModalityReader(knowledge);
    }

    /** True when some word of the sentence can open a trigger: a cheap test made before parsing it. */
    public boolean mayHoldEvent(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            for (Trigger t : knowledge.triggers()) {
                if (TriggerMatcher.sameWord(token, t.words().get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<EventFrame> find(Sentence sentence, List<Mention> mentions, LocalDate published, List<EventFrame> earlier) {
        SentenceView v = new SentenceView(sentence, mentions, knowledge.words());
        List<EventFrame> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        boolean[] used = new boolean[v.size()];
        for (int k = 0; k < v.size(); k++) {
            if (used[k] || v.mentionAt(k) != null) {
                continue;
            }
            for (Trigger t : knowledge.triggers()) {
                int end = matcher.match(v, k, t);
                if (end < 0) {
                    continue;
                }
                if (!t.noun() && matcher.isLightVerbFor(v, k)) {
                    break;
                }
                List<EventFrame> all = new ArrayList<>(earlier);
                all.addAll(out);
                Participants p = participants(v, t, k, end, all);
                if (t.needs() != Trigger.Need.NONE && !needsMet(v, t, p, end)) {
                    continue; // the row does not apply here; the next row of the same words may
                }
                for (int u = k; u < end; u++) {
                    used[u] = true;
                }
                if (p != null) {
                    int head = k;
                    frame(v, t, p, k, end, published, all).map(EventFinder::eachWithTheOthers).ifPresent(es -> {
                        out.addAll(es);
                        es.forEach(e -> heads.add(head));
                    });
                }
                break;
            }
        }
        return withAnnouncedThreats(v, out, heads);
    }

    /**
     * "Lavrov said Russia would expel British diplomats in response": a speaker who announces a measure his own side
     * has not yet taken against another threatens it, as "threatened to expel" says in one word. The measure stays
     * as told (expected or hypothetical); the threat is added, asserted, by the speaker.
     */
    private static List<EventFrame> withAnnouncedThreats(SentenceView v, List<EventFrame> events, List<Integer> heads) {
        Parse parse = v.sentence.parse();
        if (parse == null || events.size() < 2) {
            return events;
        }
        List<EventFrame> out = new ArrayList<>(events);
        for (int i = 0; i < events.size(); i++) {
            EventFrame statement = events.get(i);
            if (statement.type() != EventType.STATEMENT || statement.modality() != Modality.ASSERTED
                    || v.words.has(WordLists.Name.DECISION_VERBS, v.token(heads.get(i)).lemma())) {
                continue; // "announced that Britain will expel": a measure decided, told as such
            }
            for (int j = 0; j < events.size(); j++) {
                EventFrame measure = events.get(j);
                boolean announced = measure.type() == EventType.SANCTION && !measure.targets().isEmpty()
                        && (measure.modality() == Modality.EXPECTED || measure.modality() == Modality.HYPOTHETICAL)
                        && parse.dominates(heads.get(i), heads.get(j)) && sameSide(statement.agents(), measure.agents());
                boolean told = out.stream().anyMatch(e -> e.type() == EventType.THREATEN && e.sentences().equals(measure.sentences()));
                if (announced && !told) {
                    out.add(new EventFrame(EventType.THREATEN, statement.agents(), measure.targets(), measure.object(), measure.venue(),
                            statement.date(), Modality.ASSERTED, statement.sentences(), statement.trigger(), statement.triggerSpan()));
                }
            }
        }
        return out;
    }

    /** Some actor of one list is an actor of the other, or of its state. */
    private static boolean sameSide(List<Actor> speakers, List<Actor> actors) {
        return speakers.stream().anyMatch(a -> actors.stream().anyMatch(b -> a.key().equals(b.key())
                || a.country() != null && a.country().equals(b.country())));
    }

    /**
     * "Japan and South Korea reached an agreement", "Kyiv and London signed a pact": two parties that agree with no
     * one else named agree with each other, so each is the agent of an agreement with the other as its target. Among
     * three or more ("the US, the EU, Russia and Ukraine agreed") who undertook what towards whom is not said.
     */
    private static List<EventFrame> eachWithTheOthers(EventFrame e) {
        if (e.type() != EventType.AGREE || !e.targets().isEmpty() || e.agents().size() != 2) {
            return List.of(e);
        }
        return e.agents().stream().map(a -> new EventFrame(e.type(), List.of(a),
                e.agents().stream().filter(o -> !o.key().equals(a.key())).toList(), e.object(), e.venue(), e.date(),
                e.modality(), e.sentences(), e.trigger(), e.triggerSpan())).toList();
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
            for (int c : parse.dependents(head, "ccomp")) {
                boolean obliged = false;
                for (int a : parse.dependents(c, "aux")) {
                    obliged |= v.words.has(WordLists.Name.DEMAND_MODALS, v.token(a).lemma());
                }
                if (obliged) {
                    subject = roles.subject(c);
                    break;
                }
            }
        } else {
            int k = end < v.size() && v.token(end).is("that") ? end + 1 : end;
            Mention m = v.mentionStartingAt(k);
            if (m != null && m.tokens().end() < v.size()
                    && v.words.has(WordLists.Name.DEMAND_MODALS, v.token(m.tokens().end()).lemma())) {
                subject = v.groupRightFrom(m);
            }
        }
        return subject.stream().filter(m -> m.canParticipate() && m.form() != Mention.Form.PRONOUN
                && ofAnotherSide(m, speakers)).toList();
    }

    /** The participants the row's frame finds around the trigger, or null when it finds no way to read them. */
    private Participants participants(SentenceView v, Trigger t, int head, int end, List<EventFrame> earlier) {
        return switch (t.frame()) {
            case SPEECH -> speech(v, head, end, false);
            case TELL -> speech(v, head, end, true);
            case CONTACT -> contact(v, head, end, t.needs() == Trigger.Need.ACTOR_OBJECT, earlier);
            case ACT -> act(v, t, head, end, earlier);
            case FROM -> from(v, head, end);
            case NOUN -> noun(v, t, head, end, earlier);
        };
    }

    /** Whether the sentence holds what the row needs (the "needs" column of triggers.tsv). */
    private static boolean needsMet(SentenceView v, Trigger t, Participants p, int end) {
        if (p == null) {
            return false;
        }
        return switch (t.needs()) {
            case NONE, ACTOR_OBJECT -> true; // the CONTACT frame found no participants without the object
            case TARGET -> !p.targets.isEmpty() || !p.implicitTargets.isEmpty();
            case PERSON_OBJECT -> p.targets.stream().anyMatch(m -> m.actor().kind() == ActorKind.PERSON);
            case CENSURE -> predicateFrom(v, end, WordLists.Name.CENSURE_WORDS);
            case PRAISE -> predicateFrom(v, end, WordLists.Name.PRAISE_WORDS);
            case TO_VERB -> {
                boolean infinitive = false;
                for (int k = end; k < v.size() - 1; k++) {
                    infinitive |= v.token(k).is("to") && v.token(k + 1).isVerb();
                }
                yield infinitive;
            }
        };
    }

    /**
     * Whether a negated trigger is a refusal: a verb of the refusal-verbs list ("accept", "sign", "recognise")
     * negated with "will", "would" or "can" ("would not sign", "will never accept", "cannot recognise").
     */
    private static boolean refusal(SentenceView v, int clauseStart, int verb) {
        if (!v.words.has(WordLists.Name.REFUSAL_VERBS, v.token(verb).lemma()) || !v.token(verb).isVerb()) {
            return false;
        }
        for (int k = Math.max(clauseStart, verb - 4); k < verb; k++) {
            String l = v.token(k).lemma();
            if (l.equals("will") || l.equals("would") || l.equals("can") || l.equals("could")) {
                return true;
            }
        }
        return false;
    }

    /** "called the measures unacceptable", "described the deal as a welcome first step": a judgement after the verb. */
    private static boolean predicateFrom(SentenceView v, int end, WordLists.Name judgement) {
        for (int k = end; k < v.clauseEnd(Math.max(0, end - 1)) && k < v.size(); k++) {
            // the word as written too: "unjustified/VERB" has the lemma "unjustify"
            if (v.mentionAt(k) == null && (v.words.has(judgement, v.token(k).lemma().toLowerCase(java.util.Locale.ROOT))
                    || v.words.has(judgement, v.token(k).text().toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private Optional<EventFrame> frame(SentenceView v, Trigger t, Participants p, int head, int end, LocalDate published,
                                       List<EventFrame> earlier) {
        List<Actor> agents = forStates(SentenceView.actors(p.agents));
        if (agents.isEmpty() && t.frame() != Trigger.Frame.FROM) {
            // "the ministers agreed to meet again", "the two sides will hold talks": the parties told before
            agents = partiesNamedBy(v, new SyntacticRoles(v).subjectWord(p.verb), earlier);
        }
        if (namesBothParties(v, p.verb) && v.subjectOf(p.verb).isEmpty()) {
            // "both leaders agreed", "the two governments agreed": the parties of the last communication
            agents = lastCommunicationParties(earlier);
            if (v.words.has(WordLists.Name.PARTY_STATE_NOUNS, v.token(v.subjectEnd(p.verb)).lemma())) {
                agents = forCountries(agents);
            }
        }
        if (agents.isEmpty()) {
            return Optional.empty();
        }
        if (agents.stream().anyMatch(Actor::isNewsOutlet)) {
            return Optional.empty();
        }
        EventType type = t.type();
        if ((t.needs() == Trigger.Need.CENSURE || t.needs() == Trigger.Need.PRAISE) && p.object != null) {
            // "called the measures totally unacceptable": what is judged ends where the judgement starts
            int cut = end;
            while (cut < v.size() && (v.mentionAt(cut) == null || !v.mentionAt(cut).canParticipate())
                    && !v.words.has(WordLists.Name.CENSURE_WORDS, v.token(cut).lemma())
                    && !v.words.has(WordLists.Name.PRAISE_WORDS, v.token(cut).lemma())
                    && !("DET".equals(v.token(cut).pos()) && cut > end) // "the cancellation | a huge mistake"
                    && (v.token(cut).isNoun() || "DET".equals(v.token(cut).pos()) || "ADJ".equals(v.token(cut).pos()))) {
                cut++;
            }
            String judged = cut > end ? v.sentence.textOf(new TokenSpan(end, cut)) : null;
            p = new Participants(p.agents, p.targets, p.implicitTargets, judged, p.venue, p.verb);
        }
        if (t.frame() == Trigger.Frame.CONTACT || t.frame() == Trigger.Frame.NOUN && type.isCommunication()) {
            // "In a phone call on Saturday, Modi and Trudeau discussed trade": the manner may open the sentence
            type = modalities.manner(v, 0, v.clauseEnd(Math.max(head, end - 1))).orElse(type);
        }
        // "Israeli officials said": the reporter's sourcing, not a diplomatic statement
        if (t.type() == EventType.STATEMENT && !p.agents.isEmpty() && p.agents.stream().allMatch(m -> m.form() == Mention.Form.SOURCE)) {
            // (not "both sides said": parties named before, no mention of their own)
            return Optional.empty();
        }
        if (t.frame() == Trigger.Frame.SPEECH && type == EventType.STATEMENT) {
            // "Lavrov said Kyiv must withdraw": what the speaker says another party must do is an appeal to it
            List<Mention> addressee = demandedOf(v, head, end, p.agents);
            if (!addressee.isEmpty()) {
                type = EventType.APPEAL;
                p = new Participants(p.agents, addressee, p.implicitTargets, p.object, p.venue, p.verb);
            }
        }
        List<Actor> targets = new ArrayList<>();
        List<Actor> candidates = new ArrayList<>(SentenceView.actors(p.targets));
        candidates.addAll(p.implicitTargets);
        candidates = forStates(candidates);
        for (Actor a : candidates) {
            if (agents.stream().noneMatch(g -> g.key().equals(a.key())) && !a.isNewsOutlet()
                    && targets.stream().noneMatch(g -> g.key().equals(a.key()))) {
                targets.add(a);
            }
        }
        if (targets.isEmpty() && !type.isCommunication() && type != EventType.STATEMENT && head > 1 && v.token(head - 1).is("to")) {
            // "phoned Maduro to express his solidarity": the purpose of a call is toward the one called
            for (int i = earlier.size() - 1; i >= 0; i--) {
                EventFrame e = earlier.get(i);
                if (e.firstSentence() != v.sentence.index()) {
                    break;
                }
                if (e.type().isCommunication() && !e.targets().isEmpty() && e.triggerSpan() != null
                        && e.triggerSpan().end() <= v.token(head).span().begin()
                        && SentenceView.keys(e.agents()).equals(SentenceView.keys(agents))) {
                    targets.addAll(e.targets());
                    break;
                }
            }
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
        if (type.isCommunication() && targets.isEmpty()) {
            // "met on Tuesday to discuss the crisis": who talked to whom needs a whom
            return Optional.empty();
        }
        Actor venue = p.venue;
        if (venue != null && targets.stream().anyMatch(a -> a.key().equals(venue.key()))) {
            targets.removeIf(a -> a.key().equals(venue.key()));
        }
        int clauseStart = v.clauseStart(p.verb);
        Modality cued = modalities.modality(v, clauseStart, head, end, p.verb);
        int governor = t.noun() ? governorOfSubject(v, end - 1) : -1;
        if (governor > end) {
            // "talks between Iran and the US are set to resume next week": what the noun's own verb says of it
            cued = cued.strongest(modalities.modality(v, end, governor, governor + 1, governor));
        }
        boolean supposed = ModalityReader.conditionalSentence(v) && t.frame() != Trigger.Frame.SPEECH && t.frame() != Trigger.Frame.TELL
                && type != EventType.THREATEN;
        // "Had it been adopted, the resolution would have ...": what the sentence supposes; saying or warning so
        // ("If talks fail, Rouhani warned, ...") still happened
        Modality modality = supposed ? cued.strongest(Modality.HYPOTHETICAL) : cued;
        if (modality == Modality.NEGATED && !supposed && refusal(v, clauseStart, p.verb)) {
            // "said he would not sign the agreement", "will not recognise the ruling": a refusal is a rejection,
            // and it happened
            type = EventType.REJECT;
            modality = Modality.ASSERTED;
        }
        int clauseEnd = v.clauseEnd(Math.max(head, end - 1));
        // a day in the event's own clause, else the one the sentence gives ("On Sunday, Wang met Ri and urged him")
        Modality told = modality;
        LocalDate date = dates.resolve(v.sentence, clauseStart, Math.min(v.size(), clauseEnd + 2), head, published, told)
                .or(() -> dates.resolve(v.sentence, 0, v.size(), head, published, told))
                .orElse(null);
        return Optional.of(new EventFrame(type, agents, targets, p.object, venue, date, modality,
                List.of(v.sentence.index()), v.sentence.textOf(new TokenSpan(head, end)),
                new CharSpan(v.token(head).span().begin(), v.token(end - 1).span().end())));
    }


    /** "both leaders", "the two sides", "the two foreign ministers" just before the verb. */
    private static boolean namesBothParties(SentenceView v, int verb) {
        int k = verb - 1;
        while (k >= 0 && ("AUX".equals(v.token(k).pos()) || "ADV".equals(v.token(k).pos()) || "PART".equals(v.token(k).pos()))) {
            k--;
        }
        if (k < 1 || !v.words.has(WordLists.Name.PARTY_NOUNS, v.token(k).lemma())) {
            return false;
        }
        int d = k - 1;
        while (d > 0 && "ADJ".equals(v.token(d).pos())) {
            d--;
        }
        // "both leaders", "the two sides", "the three leaders", "all three ministers"
        boolean number = v.token(d).is("two") || v.token(d).is("three") || v.token(d).is("four");
        return v.token(d).is("both") || number && d > 0 && (v.token(d - 1).is("the") || v.token(d - 1).is("all"));
    }


    /**
     * The parties of the last communication when the subject word is a plural role or party noun made definite
     * ("the ministers", "both sides", "the two delegations", "the three leaders"); their states when it names
     * states ("the two governments"). Empty otherwise.
     */
    private List<Actor> partiesNamedBy(SentenceView v, int word, List<EventFrame> earlier) {
        if (word >= 0 && word + 3 < v.size() && v.mentionAt(word) == null && v.token(word).isNoun()
                && (v.token(word + 1).is("from") || v.token(word + 1).is("of"))) {
            // "commanders from both sides", "representatives of the two governments": the parties' people
            int party = word + 2;
            while (party < v.size() && party < word + 5 && !v.words.has(WordLists.Name.PARTY_NOUNS, v.token(party).lemma())) {
                party++;
            }
            if (party < v.size() && party < word + 5) {
                word = party;
            }
        }
        if (word < 1 || v.mentionAt(word) != null || !v.words.has(WordLists.Name.PARTY_NOUNS, v.token(word).lemma())
                || v.token(word).text().equalsIgnoreCase(v.token(word).lemma())) {
            return List.of(); // a singular noun ("the minister") is one person, not the parties
        }
        int d = word - 1;
        while (d > 0 && ("ADJ".equals(v.token(d).pos()) || "NUM".equals(v.token(d).pos()))) {
            d--;
        }
        if (!(v.token(d).is("the") || v.token(d).is("both") || v.token(d).is("all"))) {
            return List.of();
        }
        List<Actor> parties = lastCommunicationParties(earlier);
        return v.words.has(WordLists.Name.PARTY_STATE_NOUNS, v.token(word).lemma()) ? forCountries(parties) : parties;
    }

    /** "Mohammed bin Salman is on an official visit to India": the subject of "be on" owns the visit. */
    private static List<Mention> onItsWay(SentenceView v, SyntacticRoles roles, int noun) {
        Parse parse = v.sentence.parse();
        int prep = parse.head(noun);
        if (parse.relation(noun).equals("pobj") && prep >= 0 && v.token(prep).is("on") && parse.head(prep) >= 0
                && v.token(parse.head(prep)).lemma().equals("be")) {
            return roles.subject(parse.head(prep));
        }
        return List.of();
    }

    /** Whether the nearest verb before {@code k} in its clause makes a visit ("flew to", "arrived in", "travel to"). */
    private boolean journeyBefore(SentenceView v, int k) {
        for (int h = k - 1; h >= v.clauseStart(k); h--) {
            if ("VERB".equals(v.token(h).pos())) {
                return matcher.matchesAny(v, h, t -> !t.noun() && t.type() == EventType.VISIT);
            }
        }
        return false;
    }

    /** Whether the verb at {@code k} is a trigger of a class other than a statement ("condemned", "urged"). */
    private boolean tellsOtherEvent(SentenceView v, int k) {
        return matcher.matchesAny(v, k, t -> !t.noun() && t.type() != EventType.STATEMENT);
    }

    /**
     * "congratulated his counterpart", "met her counterparts": the other parties of the last communication the agents
     * took part in. Empty when the words at {@code from} are not a possessive and "counterpart".
     */
    private static List<Actor> counterpartsOf(SentenceView v, int from, List<Mention> agents, List<EventFrame> earlier) {
        if (from + 1 >= v.size() || !(v.token(from).is("his") || v.token(from).is("her") || v.token(from).is("their"))
                || !v.token(from + 1).lemma().equals("counterpart") || v.mentionAt(from + 1) != null || agents.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> own = SentenceView.keys(SentenceView.actors(agents));
        return lastCommunicationParties(earlier, parties -> parties.stream().anyMatch(a -> own.contains(a.key())))
                .stream().filter(a -> !own.contains(a.key())).toList();
    }

    /** The states of these actors: "the two governments" after a meeting of their ministers. */
    private List<Actor> forCountries(List<Actor> actors) {
        return asStates(actors, a -> a.kind() != ActorKind.STATE);
    }

    private static List<Actor> lastCommunicationParties(List<EventFrame> earlier) {
        return lastCommunicationParties(earlier, parties -> true);
    }

    /** The agents and targets of the last communication told, among those whose parties pass {@code which}. */
    private static List<Actor> lastCommunicationParties(List<EventFrame> earlier, java.util.function.Predicate<List<Actor>> which) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            if (e.type().isCommunication() && !e.targets().isEmpty()) {
                List<Actor> parties = new ArrayList<>(e.agents());
                parties.addAll(e.targets());
                if (which.test(parties)) {
                    return parties;
                }
            }
        }
        return List.of();
    }

    /**
     * A government body acts for its state: "Qatar's foreign ministry rejected" is Qatar rejecting, as event
     * data (CAMEO, ICEWS) codes it. The body stays in the graph as the mention's actor.
     */
    private List<Actor> forStates(List<Actor> actors) {
        return asStates(actors, a -> a.kind() == ActorKind.ORGANIZATION && "GovernmentBody".equals(a.type()));
    }

    /** The actors, those chosen replaced by the state of their country (when they have one), each once. */
    private List<Actor> asStates(List<Actor> actors, java.util.function.Predicate<Actor> chosen) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            Actor s = !chosen.test(a) || a.country() == null ? a
                    : knowledge.gazetteer().country(a.country()).map(c -> knowledge.gazetteer().state(c)).orElse(a);
            if (out.stream().noneMatch(x -> x.key().equals(s.key()))) {
                out.add(s);
            }
        }
        return out;
    }

    /** What a frame found around its trigger; {@code verb} is the verb whose clause holds the event. */
    private record Participants(List<Mention> agents, List<Mention> targets, List<Actor> implicitTargets, String object,
                                Actor venue, int verb) {
        Participants(List<Mention> agents, List<Mention> targets, String object, Actor venue, int verb) {
            this(agents, targets, List.of(), object, venue, verb);
        }
    }

    // "Ashkenazi told Blinken that ...", "Lavrov said"
    private Participants speech(SentenceView v, int head, int end, boolean told) {
        // "the deal was announced by Kishida and Yun"
        List<Mention> agents = isPassive(v, head) ? Phrases.allAfter(v, end, v.size(), "by") : agentsOf(v, head);
        List<Mention> targets = List.of();
        Mention after = told ? v.mentionStartingAt(end) : null;
        if (after == null && end + 1 < v.size() && v.token(end).is("to")) {
            after = v.mentionStartingAt(end + 1);
        }
        if (after != null && after.canParticipate() && (told || after.form() != Mention.Form.PRONOUN)) {
            targets = v.groupRightFrom(after);
        }
        return new Participants(agents, targets, null, null, head);
    }

    // "met X", "discussed the situation with X", "spoke by phone with X", "visited Moscow"
    private Participants contact(SentenceView v, int head, int end, boolean objectRequired, List<EventFrame> earlier) {
        if (isPassive(v, head)) {
            // "Rahmon was met at the airport by Japarov": the one met is the subject, the one meeting follows "by"
            List<Mention> by = Phrases.allAfter(v, end, v.size(), "by");
            List<Mention> met = new SyntacticRoles(v).passiveSubject(head).stream()
                    .filter(m -> by.stream().noneMatch(a -> a.actor().key().equals(m.actor().key()))).toList();
            if (!by.isEmpty() && !met.isEmpty()) {
                return new Participants(by, met, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
            }
        }
        List<Mention> agents = agentsOf(v, head);
        List<Mention> targets = List.of();
        int k = end;
        if (k < v.size() && (v.token(k).is("with") || v.token(k).is("to"))) {
            k++;
        }
        // "met a Hamas delegation", "met their Israeli counterparts", "received the visiting Iraqi prime minister"
        int named = k;
        if (named + 1 < v.size() && v.mentionStartingAt(named) == null && (v.token(named).is("a") || v.token(named).is("an")
                || v.token(named).is("their") || v.token(named).is("his") || v.token(named).is("her") || v.token(named).is("the")
                || v.token(named).is("visiting"))) {
            named++;
            if (named + 1 < v.size() && v.token(named).is("visiting") && v.mentionStartingAt(named) == null) {
                named++;
            }
        }
        if (named > k && v.mentionStartingAt(named) != null) {
            k = named;
        }
        Mention direct = v.mentionStartingAt(k);
        if (direct != null && direct.tokens().end() < v.size() && v.token(direct.tokens().end()).isPossessiveMark()) {
            // "discussed North Korea's missile launches with her counterpart": the owner of the topic is no party
            // when a "with" phrase names one
            List<Mention> with = Phrases.after(v, direct.tokens().end(), v.clauseEnd(head), "with");
            if (!with.isEmpty()) {
                return new Participants(agents, with, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
            }
        }
        List<Actor> counterparts = direct == null ? counterpartsOf(v, k, agents, earlier) : List.of();
        if (direct != null && direct.canParticipate()) {
            targets = v.groupRightFrom(direct);
        } else if (!counterparts.isEmpty()) {
            return new Participants(agents, List.of(), counterparts, null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
        } else if (objectRequired) {
            return null;
        } else {
            targets = Phrases.after(v, end, v.clauseEnd(head), "with");
        }
        List<Actor> both = targets.isEmpty() ? bothPartiesAfter(v, end, v.clauseEnd(head), agents, earlier) : List.of();
        return new Participants(agents, targets, both, null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
    }

    // "blocked the French initiative in the UN Security Council", "urged Iran", "imposed sanctions on X"
    private Participants act(SentenceView v, Trigger t, int head, int end, List<EventFrame> earlier) {
        List<Mention> agents = agentsOf(v, head);
        List<Mention> targets = new ArrayList<>();
        int clauseEnd = v.clauseEnd(head);
        Actor venue = Phrases.venueAfter(v, end, clauseEnd);
        String object = null;
        boolean passive = isPassive(v, head);
        if (passive) {
            // "the resolution was vetoed by Russia": the agent follows "by", the subject is the object
            agents = new SyntacticRoles(v).passiveAgent(head);
            if (agents.isEmpty()) {
                agents = Phrases.allAfter(v, end, v.size(), "by");
            }
            int subjectEnd = head - 1;
            while (subjectEnd > 0 && (v.token(subjectEnd).isVerb() || v.token(subjectEnd).text().equals(","))) {
                subjectEnd--; // "The draft, circulated by Britain"
            }
            object = Phrases.nounPhraseEndingAt(v, subjectEnd + 1);
            Parse parsed = v.sentence.parse();
            for (int subject : parsed == null ? List.<Integer>of() : parsed.dependents(head, "nsubjpass")) {
                // the subject's own words up to its head noun: "A Security Council resolution drafted by ... was vetoed"
                int first = subject;
                while (first > 0 && parsed.dominates(subject, first - 1)) {
                    first--;
                }
                object = v.sentence.textOf(new TokenSpan(first, subject + 1));
            }
            if (t.targets().contains("object") || t.targets().contains("object-before-of")) {
                // "the Indian ambassador was summoned by ...": who is acted on is the subject
                List<Mention> by = agents;
                new SyntacticRoles(v).passiveSubject(head).stream()
                        .filter(m -> (m.actor().kind() != ActorKind.PERSON || m.form() == Mention.Form.NAME)
                                && by.stream().noneMatch(a -> a.actor().key().equals(m.actor().key())))
                        .forEach(targets::add);
                Parse parse = v.sentence.parse();
                for (int subject : parse == null || !targets.isEmpty() ? List.<Integer>of() : parse.dependents(head, "nsubjpass")) {
                    // "a resolution drafted by the UAE was vetoed by ...", "Sweden's membership was held up by ...":
                    // the subject's author or owner is acted against
                    targets.addAll(authorsOf(v, subject, by));
                    for (int k = subject - 1; targets.isEmpty() && k >= 0 && parse.dominates(subject, k); k--) {
                        // "the Russian charge d'affaires was summoned by ...": the state a modifier names
                        Mention m = v.mentionAt(k);
                        if (m != null && m.actor().kind() == ActorKind.STATE && m.canParticipate()
                                && by.stream().noneMatch(a -> a.actor().key().equals(m.actor().key()))) {
                            targets.add(m);
                        }
                    }
                }
            }
        } else {
            List<Mention> authors = authorsOfObject(v, head, agents);
            Mention direct = v.mentionStartingAt(end);
            if (direct == null && end < v.size() && (v.token(end).is("on") || v.token(end).is("to") || v.token(end).is("upon"))) {
                direct = v.mentionStartingAt(end + 1);
            }
            Mention own = direct;
            if (direct != null && direct.canParticipate()
                    && agents.stream().noneMatch(m -> m.actor().key().equals(own.actor().key()))) {
                targets.addAll(v.groupRightFrom(direct));
            } else {
                int npEnd = Phrases.nounPhraseEnd(v, end, clauseEnd);
                if (t.targets().contains("object-before-of")) {
                    // "accused both countries of harbouring members of the PKK": the accused come before "of"
                    for (int k = end + 1; k < npEnd; k++) {
                        if (v.token(k).is("of") && v.mentionAt(k) == null) {
                            npEnd = k;
                            break;
                        }
                    }
                }
                if (npEnd > end) {
                    object = v.sentence.textOf(new TokenSpan(end, npEnd));
                    if ((v.token(end).is("both") || v.token(end).is("the") && end + 1 < v.size()
                            && (v.token(end + 1).is("two") || v.token(end + 1).is("three"))) && end + 2 < v.size()
                            && (v.words.has(WordLists.Name.PARTY_NOUNS, v.token(end + 1).lemma()) || v.words.has(WordLists.Name.PARTY_NOUNS, v.token(end + 2).lemma()))) {
                        // "accusing both countries of ...": the two parties named before
                        List<Actor> both = bothPartiesAfter(v, end, end + 3, agents, earlier);
                        if (!both.isEmpty()) {
                            return new Participants(agents, List.of(), both, object, venue, head);
                        }
                    }
                    for (int k = end; k < npEnd; k++) {
                        Mention m = v.mentionStartingAt(k);
                        if (m == null) {
                            continue;
                        }
                        boolean owner = k > 0 && v.token(k - 1).is("of")
                                || m.tokens().end() < v.size() && v.token(m.tokens().end()).isPossessiveMark();
                        // "its draft Security Council resolution": the forum of a document; "the United Nations
                        // sanctions": their author
                        boolean forum = Phrases.isVenue(m.actor()) && !owner && m.tokens().end() < v.size()
                                && v.words.has(WordLists.Name.FORUM_NOUNS, v.token(Phrases.lastNounFrom(v, m.tokens().end(), npEnd)).lemma());
                        if (forum) {
                            venue = venue == null ? m.actor() : venue;
                        } else if ((m.actor().kind() != ActorKind.PERSON || m.form() == Mention.Form.NAME)
                                && !(k > 0 && "NUM".equals(v.token(k - 1).pos()) && m.form() == Mention.Form.NAME)
                                && agents.stream().noneMatch(a -> a.actor().key().equals(m.actor().key()))) {
                            // not the agent's own "its ambassadors" either
                            // not "the two U.S. allies": a number before the name makes it a description (but
                            // "two Dutch diplomats" are the Netherlands')
                            targets.add(m);
                        }
                    }
                    List<Actor> counterparts = targets.isEmpty() ? counterpartsOf(v, end, agents, earlier) : List.of();
                    if (!counterparts.isEmpty()) {
                        return new Participants(agents, List.of(), counterparts, object, venue, head);
                    }
                    if (targets.isEmpty() && isAnaphoric(v, end, npEnd) && authors.isEmpty()) {
                        Optional<EventFrame> proposal = lastProposal(earlier);
                        if (proposal.isPresent()) {
                            object = proposal.get().object() != null ? proposal.get().object() : object;
                            return new Participants(agents, List.of(), proposal.get().agents(), object, venue, head);
                        }
                    }
                    if (targets.isEmpty() && pointsToAMeasure(v, end, npEnd) && authors.isEmpty()) {
                        // "the Russian embassy called the measures unacceptable": whoever took the last measure told
                        Optional<EventFrame> measure = lastMeasure(earlier, agents);
                        if (measure.isPresent()) {
                            // a state or body answers the state of the person who took it
                            boolean institutional = agents.stream().noneMatch(m -> m.actor().kind() == ActorKind.PERSON);
                            List<Actor> takers = institutional ? asStates(measure.get().agents(), a -> a.kind() == ActorKind.PERSON)
                                    : measure.get().agents();
                            return new Participants(agents, List.of(), takers, object, venue, head);
                        }
                    }
                } else if (startsRelative(v, head)) {
                    object = antecedent(v, v.clauseStart(head));
                }
            }
            // the object's actors are the "object" role's; the roles are tried in the row's order ("signed a
            // US-brokered truce with Lebanon": with, then object)
            for (int k = head + 1; k < end && targets.isEmpty(); k++) {
                // "ordered the French ambassador to leave": the object stands inside the trigger's words
                Mention inside = v.mentionStartingAt(k);
                if (inside != null && inside.canParticipate() && agents.stream().noneMatch(a -> a.actor().key().equals(inside.actor().key()))) {
                    targets.add(inside);
                }
            }
            List<Mention> ofObject = List.copyOf(targets);
            targets.clear();
            for (String role : t.targets()) {
                if (!targets.isEmpty()) {
                    break;
                }
                switch (role) {
                    case "object", "object-before-of" -> targets.addAll(ofObject.isEmpty() ? authors : ofObject);
                    case "origin-on" -> targets.addAll(origins(v, end, clauseEnd));
                    case "that-clause" -> targets.addAll(clauseSubject(v, head, end, agents));
                    case "after" -> firstOtherActor(v, end, agents).ifPresent(m -> targets.addAll(v.groupRightFrom(m)));
                    default -> targets.addAll(Phrases.after(v, end, clauseEnd, role));
                }
            }
        }
        return new Participants(agents, targets, object, venue, head);
    }

    /** "duties on imports of Australian barley", "tariffs on goods from Vietnam and Thailand": where the goods come from. */
    private static List<Mention> origins(SentenceView v, int end, int clauseEnd) {
        Mention origin = Phrases.demonymAfter(v, end, clauseEnd, "on");
        if (origin == null) {
            return List.of();
        }
        return origin.canParticipate() ? v.groupRightFrom(origin) : List.of(origin);
    }

    /**
     * The authors the object names after it, read from the parse: "rejected the proposal by the army", "welcomed the
     * offer from Qatar", "vetoed a resolution drafted by Algeria". The object is theirs, so they are the other party,
     * as the owner of "the French initiative" is.
     */
    private static List<Mention> authorsOfObject(SentenceView v, int head, List<Mention> agents) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int object : parse.dependents(head, "dobj")) {
            out.addAll(authorsOf(v, object, agents));
        }
        return out;
    }

    /** Who a noun belongs to: its owner ("Sweden's membership"), its {@code by} or {@code from} phrase, a participle's. */
    private static List<Mention> authorsOf(SentenceView v, int noun, List<Mention> agents) {
        Parse parse = v.sentence.parse();
        SyntacticRoles roles = new SyntacticRoles(v);
        List<Mention> out = new ArrayList<>(roles.possessor(noun));
        out.addAll(roles.prepositional(noun, Set.of("by", "from")));
        for (int modifier : parse.dependents(noun, "acl", "vmod", "relcl")) {
            if ("VBN".equals(parse.arcs().get(modifier).tag())) {
                out.addAll(roles.prepositional(modifier, Set.of("by")));
            }
        }
        out.removeIf(m -> (m.actor().kind() == ActorKind.PERSON && m.form() != Mention.Form.NAME)
                || agents.stream().anyMatch(a -> a.actor().key().equals(m.actor().key())));
        return out;
    }

    /**
     * The party a that-clause is about: the subject of the verb's complement in the parse ("demanded that Belarus
     * release the journalist"); without a parse, the first other actor after "that".
     */
    private static List<Mention> clauseSubject(SentenceView v, int head, int end, List<Mention> agents) {
        Parse parse = v.sentence.parse();
        if (parse != null) {
            for (int c : parse.dependents(head, "ccomp")) {
                List<Mention> subject = new SyntacticRoles(v).subject(c).stream()
                        .filter(m -> m.canParticipate() && ofAnotherSide(m, agents))
                        .toList();
                if (!subject.isEmpty()) {
                    return subject;
                }
            }
        }
        boolean that = end < v.size() && v.token(end).is("that");
        return parse == null && that ? firstOtherActor(v, end, agents).map(List::of).orElse(List.of()) : List.of();
    }

    /** Neither one of the agents nor of their state: "Lavrov said Russia must ..." makes no demand on Russia. */
    private static boolean ofAnotherSide(Mention m, List<Mention> agents) {
        return agents.stream().noneMatch(a -> a.actor().key().equals(m.actor().key())
                || a.actor().country() != null && a.actor().country().equals(m.actor().country()));
    }

    /** "warned that Washington and its partners would impose more costs on Russia": the first other actor after. */
    private static Optional<Mention> firstOtherActor(SentenceView v, int end, List<Mention> agents) {
        for (int k = end; k < v.size(); k++) {
            Mention m = v.mentionStartingAt(k);
            boolean pronounSubject = m != null && m.form() == Mention.Form.PRONOUN && k > 0 && v.token(k - 1).is("that");
            if (m != null && m.canParticipate() && (m.form() != Mention.Form.PRONOUN || pronounSubject)
                    && ofAnotherSide(m, agents)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    // "received no permission from Netanyahu": the giver acts, the subject is acted on
    private Participants from(SentenceView v, int head, int end) {
        List<Mention> subject = agentsOf(v, head);
        List<Mention> giver = Phrases.after(v, end, v.clauseEnd(head), "from");
        return new Participants(giver, subject, null, null, head);
    }

    // "held talks with X", "the phone conversation between A and B", "told X during a telephone conversation"
    private Participants noun(SentenceView v, Trigger t, int head, int end, List<EventFrame> earlier) {
        int clauseEnd = v.clauseEnd(head);
        List<Mention> between = Phrases.after(v, end, clauseEnd, "between");
        int k = head - 1;
        while (k >= 0 && v.mentionAt(k) == null && ("DET".equals(v.token(k).pos()) || "ADJ".equals(v.token(k).pos())
                || "NUM".equals(v.token(k).pos()) || "NOUN".equals(v.token(k).pos()) || "ADV".equals(v.token(k).pos())
                || "VERB".equals(v.token(k).pos()) && v.token(k).text().endsWith("ed") && k > 0 && v.mentionAt(k - 1) == null
                    && !matcher.isLightVerb(v.token(k))
                    && ("ADV".equals(v.token(k - 1).pos()) || "NOUN".equals(v.token(k - 1).pos()) || "DET".equals(v.token(k - 1).pos()))
                || v.token(k).is("of") && k > 0 && "NOUN".equals(v.token(k - 1).pos())
                || v.token(k).is("than") || v.token(k).is("about") || v.token(k).is("nearly")
                || v.token(k).is("its")
                || v.token(k).is("their") || v.token(k).is("his") || v.token(k).is("her"))) {
            k--;
        }
        // the other party: "talks with X", "a visit to X", "sanctions on X", "sanctions on 11 Myanmar officers"
        List<Mention> with = new ArrayList<>();
        for (String role : t.targets()) {
            if (!with.isEmpty()) {
                break;
            }
            if (role.equals("origin-on")) {
                with.addAll(origins(v, end, clauseEnd));
            } else if (Trigger.PREPOSITIONS.contains(role)) {
                with.addAll(Phrases.after(v, end, clauseEnd, role));
            }
        }
        Actor venue = Phrases.venueAfter(v, end, clauseEnd);
        if (between.size() >= 2 && t.type().isCommunication() && with.isEmpty()) {
            // "will host talks between Serbia and Kosovo": the talks are the two parties', whoever hosts them
            return new Participants(between.subList(0, 1), between.subList(1, between.size()), null, venue,
                    k >= 0 && "VERB".equals(v.token(k).pos()) ? k : head);
        }
        // "held indirect/VERB talks", "began a three-day state visit": the parse links what the words do not
        int light = k >= 0 && "VERB".equals(v.token(k).pos()) && matcher.isLightVerb(v.token(k)) ? k : matcher.lightVerbOf(v, head);
        if (light >= 0 && !TriggerMatcher.isGerundAfterPreposition(v, light)) {
            List<Mention> agents = agentsOf(v, light);
            // "the two countries will begin talks": the parties told before, found when the frame is made
            if (!agents.isEmpty() || !partiesNamedBy(v, new SyntacticRoles(v).subjectWord(light), earlier).isEmpty()) {
                List<Actor> both = with.isEmpty() && t.type().isCommunication() ? bothPartiesAfter(v, end, clauseEnd, agents, earlier) : List.of();
                return new Participants(agents, with, both, null, venue, light);
            }
        }
        Parse parse = v.sentence.parse();
        // (not an accord or a meeting: "the deal was announced by A and B" tells the news of it, told on its own)
        if (parse != null && !t.type().isCommunication() && t.type() != EventType.AGREE
                && parse.relation(end - 1).equals("nsubjpass") && parse.head(end - 1) > head
                && matcher.isLightVerb(v.token(parse.head(end - 1)))) {
            // "new sanctions on Iran were imposed by the EU": the subject of a passive light verb, made by its "by" phrase
            int verb = parse.head(end - 1);
            List<Mention> by = new SyntacticRoles(v).passiveAgent(verb);
            if (!by.isEmpty()) {
                return new Participants(by, with, null, venue, verb);
            }
        }
        if (between.size() >= 2 && t.type().isCommunication()) {
            // "the phone conversation between Ashkenazi and Blinken"; "the agreement between Iran and six powers"
            // names an existing accord, not a new one
            return new Participants(between.subList(0, 1), between.subList(1, between.size()), null, venue, head);
        }
        boolean theirs = false;
        for (int q = Math.max(k, 0); q < head; q++) {
            theirs |= v.token(q).is("their");
        }
        if (theirs && t.type().isCommunication()) {
            // "Vucic and Kurti accepted the plan at their meeting in Brussels": the sentence's subjects met
            List<Mention> subjects = v.clauseSubject(0, v.size());
            if (subjects.size() >= 2) {
                return new Participants(subjects.subList(0, 1), subjects.subList(1, subjects.size()), null, venue, head);
            }
        }
        boolean plainPhrase = true;
        for (int q = k + 1; q < head && q >= 0; q++) {
            // "during a phone call", "after nearly two weeks of negotiations": a measure of time may stand between
            boolean measure = "NOUN".equals(v.token(q).pos()) && q + 1 < head && v.token(q + 1).is("of")
                    || v.token(q).is("of") && q > k + 1 && "NOUN".equals(v.token(q - 1).pos());
            plainPhrase &= "DET".equals(v.token(q).pos()) || "ADJ".equals(v.token(q).pos()) || "NUM".equals(v.token(q).pos())
                    || "ADV".equals(v.token(q).pos()) || measure;
        }
        // "flew to Washington for talks with Biden": what a journey is for happens at its end ("called for talks" does not)
        boolean forAJourney = k > 0 && v.token(k).is("for") && t.type().isCommunication() && journeyBefore(v, k);
        String preposition = k >= 0 ? v.token(k).text().toLowerCase(Locale.ROOT) : "";
        boolean cause = !t.type().isCommunication() && v.words.has(WordLists.Name.CAUSE_PREPOSITIONS, preposition);
        if (k >= 0 && plainPhrase && !cause && (forAJourney || v.words.has(WordLists.Name.EVENT_NOUN_PREPOSITIONS, preposition))) {
            // the call is how the verb before it happened: "told X during a telephone conversation"
            int host = -1;
            // "after" and "before" open a clause of their own: the verb is in the clause before them
            for (int h = k - 1; h >= v.clauseStart(Math.max(0, k - 1)) && host < 0; h--) {
                host = "VERB".equals(v.token(h).pos()) ? h : -1;
            }
            boolean demonstrative = false;
            for (int q = k + 1; q < head; q++) {
                demonstrative |= v.token(q).is("that") || v.token(q).is("this") || v.token(q).is("these") || v.token(q).is("those");
            }
            if (host < 0 && !demonstrative && v.clauseStart(k) == firstWordOf(v)) {
                // "During talks in New Delhi, Biden told Modi ...": the sentence's main verb comes after (not
                // "After that call", which points back to a call already told, nor "hosted by X", a participle)
                for (int h = v.clauseEnd(head); h < v.size() && host < 0; h++) {
                    boolean finite = "VERB".equals(v.token(h).pos()) && !(h + 1 < v.size() && v.token(h + 1).is("by"));
                    host = finite && !v.subjectOf(h).isEmpty() ? h : -1;
                }
            }
            if (host >= 0 && t.type() == EventType.STATEMENT && tellsOtherEvent(v, host)) {
                return null; // "In a statement, the ministry condemned the strike": the statement is the condemnation
            }
            if (host >= 0) {
                List<Mention> agents = agentsOf(v, host);
                Mention object = v.mentionStartingAt(host + 1);
                List<Mention> targets = !with.isEmpty() ? with
                        : object != null && object.canParticipate() ? v.groupRightFrom(object) : List.of();
                return new Participants(agents, targets, null, venue, host);
            }
        }
        return owned(v, t, head, end, venue);
    }

    /**
     * The verb an event noun is the object of when that verb is a cue that governs its modality ("cancelled a
     * planned visit by Lavrov", "called off talks with Iran", "postponed the summit"): the event is told, as not
     * happening. -1 otherwise.
     */
    private int undoingVerb(SentenceView v, int noun) {
        Parse parse = v.sentence.parse();
        if (parse == null || !parse.relation(noun).equals("dobj")) {
            return -1;
        }
        int verb = parse.head(noun);
        for (ModalityCue cue : knowledge.cues()) {
            if (cue.governs() && ModalityReader.matchesCue(v, verb, cue.words(), v.size())) {
                return verb;
            }
        }
        return -1;
    }

    /**
     * An event noun with an owner, read from the parse: "her visit to Beijing", "Russia's condemnation of the
     * strike", "the ministers' talks with Iran", "a visit by Blinken to Beijing". The owner (or the {@code by}
     * phrase) acts; the object of a preposition is the other party. A communication needs that other party.
     */
    private Participants owned(SentenceView v, Trigger t, int head, int end, Actor venue) {
        SyntacticRoles roles = new SyntacticRoles(v);
        if (!roles.available()) {
            return null;
        }
        int noun = end - 1; // the head of "phone call", "telephone conversation" is their last word
        int undoing = undoingVerb(v, noun);
        if (!roles.standsAlone(noun) && undoing < 0 && !judged(v, noun)) {
            return null; // "using its veto", "sought Iran's support": the verb's business, not a told event
        }
        List<Mention> possessors = roles.possessor(noun);
        List<Mention> byOrOwn = possessors.isEmpty() ? roles.prepositional(noun, Set.of("by")) : possessors;
        if (byOrOwn.isEmpty()) {
            // "held talks with Grossi during his visit to Tehran": the person the sentence named first
            for (int p : v.sentence.parse().dependents(noun, "poss")) {
                if (v.token(p).is("his") || v.token(p).is("her")) {
                    int before = p;
                    byOrOwn = v.mentions.stream().filter(m -> m.tokens().end() <= before && m.actor().kind() == ActorKind.PERSON
                                    && m.canParticipate()).min(java.util.Comparator.comparingInt(m -> m.tokens().begin()))
                            .map(List::of).orElse(List.of());
                }
            }
        }
        if (byOrOwn.isEmpty() && judged(v, noun)) {
            // "denied Ukrainian accusations", "rejected Chinese criticism": a nationality owns what is judged
            byOrOwn = nationalityOf(v, noun);
        }
        // "the two sides called off talks with Iran": whoever undid it
        List<Mention> owners = byOrOwn.isEmpty() && undoing >= 0 ? roles.subject(undoing)
                : byOrOwn.isEmpty() ? onItsWay(v, roles, noun) : byOrOwn;
        if (owners.isEmpty()) {
            return null;
        }
        List<Mention> targets = new ArrayList<>(roles.prepositional(noun, v.words.of(WordLists.Name.NOUN_TARGET_PREPOSITIONS)));
        if (targets.isEmpty() && judged(v, noun) && AGAINST_SOMEONE.contains(t.type())) {
            // "Iran denied Ukrainian accusations", "Russia rejected the EU sanctions": who answers what was done
            // against it was its target
            targets.addAll(roles.subject(v.sentence.parse().head(noun)));
        }
        targets.removeIf(m -> owners.stream().anyMatch(o -> o.actor().key().equals(m.actor().key())));
        if (targets.isEmpty() && t.type().isCommunication()) {
            return null;
        }
        return new Participants(owners, targets, null, venue, head);
    }


    /** The state a nationality adjective before the noun names ("Ukrainian accusations"), as its only owner. */
    private static List<Mention> nationalityOf(SentenceView v, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 3; k--) {
            Mention m = v.mentionAt(k);
            if (m != null && m.form() == Mention.Form.DEMONYM && m.actor().kind() == ActorKind.STATE) {
                return List.of(m);
            }
            if (!"ADJ".equals(v.token(k).pos()) && m == null) {
                break;
            }
        }
        return List.of();
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
        if (second == null || !second.canParticipate() || second.tokens().end() != verb || first.actor().key().equals(second.actor().key())) {
            return List.of();
        }
        return List.of(first, second);
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

    /**
     * Whether the event noun is what a verb of judgement or response takes as done: "condemned Lai's visit to the
     * United States", "rejected Russia's proposal", "welcomed Iran's decision" presuppose the visit, the proposal.
     */
    private boolean judged(SentenceView v, int noun) {
        Parse parse = v.sentence.parse();
        if (parse == null || !parse.relation(noun).equals("dobj")) {
            return false;
        }
        int verb = parse.head(noun);
        return verb >= 0 && matcher.matchesAny(v, verb, t -> !t.noun() && JUDGEMENTS.contains(t.type()));
    }

    /** Classes of events done against someone, whom a denial or rejection of them names as its subject. */
    private static final Set<EventType> AGAINST_SOMEONE = java.util.EnumSet.of(EventType.CONDEMN, EventType.THREATEN, EventType.SANCTION);

    private static final Set<EventType> JUDGEMENTS = java.util.EnumSet.of(EventType.CONDEMN, EventType.SUPPORT,
            EventType.OPPOSE, EventType.REJECT, EventType.BLOCK);

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

    /** The first word of the sentence that is not punctuation. */
    private static int firstWordOf(SentenceView v) {
        int k = 0;
        while (k < v.size() - 1 && "PUNCT".equals(v.token(k).pos())) {
            k++;
        }
        return k;
    }

    /** The agents of the verb at {@code verb}: its subject, or the subject it shares with the clause before. */
    private List<Mention> agentsOf(SentenceView v, int verb) {
        List<Mention> headline = headlineSubjects(v, verb);
        if (!headline.isEmpty()) {
            return headline;
        }
        // a name right before its verb is its subject, whatever the parse says ("..., and Austin discussed");
        // else the parse: it sees through lists, appositions, relative clauses and control
        List<Mention> surface = v.subjectOf(verb);
        List<Mention> syntactic = new SyntacticRoles(v).subject(verb);
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
        int p = verb - 1;
        while (p > 0 && "ADV".equals(v.token(p).pos())) {
            p--;
        }
        boolean participle = p >= 0 && v.token(p).text().equals(",") && v.token(verb).text().endsWith("ing");
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
        boolean relative = first.is("who");
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
     * "held separate meetings with both men", "met each of the leaders": the two parties named before, taken from
     * the last event with two or more participants other than {@code agents}.
     */
    private List<Actor> bothPartiesAfter(SentenceView v, int from, int to, List<Mention> agents, List<EventFrame> earlier) {
        for (int k = from; k + 1 < to && k + 1 < v.size(); k++) {
            boolean both = v.token(k).is("both") || v.token(k).is("each") && v.token(k + 1).is("of")
                    || (v.token(k).is("two") || v.token(k).is("three")) && k > 0 && v.token(k - 1).is("the");
            if (!both) {
                continue;
            }
            // "both countries": states, the countries of the people named; "both men": the people
            boolean states = k + 1 < v.size() && v.words.has(WordLists.Name.PARTY_STATE_NOUNS, v.token(k + 1).lemma());
            for (int i = earlier.size() - 1; i >= 0; i--) {
                List<Actor> parties = new ArrayList<>(earlier.get(i).agents());
                parties.addAll(earlier.get(i).targets());
                if (states) {
                    parties = new ArrayList<>(forCountries(parties));
                    parties.removeIf(a -> a.kind() != ActorKind.STATE
                            || agents.stream().anyMatch(m -> a.country() != null && a.country().equals(m.actor().country())));
                }
                parties.removeIf(a -> agents.stream().anyMatch(m -> m.actor().key().equals(a.key())));
                if (parties.size() >= 2) {
                    return parties;
                }
            }
        }
        return List.of();
    }

    /**
     * The agents of an infinitive: "continue to support Israel" -> the subject of "continue"; "urged Iran to return"
     * -> Iran; "China's decision to impose duties" -> China; "met Macron on Tuesday to discuss the crisis" -> the
     * subject of "met".
     */
    private List<Mention> infinitiveAgents(SentenceView v, int verb, int start) {
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
        if (object != null && object.canParticipate() && object.tokens().begin() > 0
                && v.token(object.tokens().begin() - 1).is("for")) {
            return List.of(object); // "an invitation for Lavrov to visit London"
        }
        int governor = verb - 2;
        while (governor >= start && !v.token(governor).isVerb()) {
            governor--;
        }
        boolean objectControl = governor >= start && v.words.has(WordLists.Name.OBJECT_CONTROL_VERBS, v.token(governor).lemma());
        if (objectControl) {
            // "urged Western partners to impose sanctions": the partners act, whoever they are
            return object != null && object.canParticipate() ? List.of(object) : List.of();
        }
        // a purpose: "phoned Maduro to express his solidarity", "returned before the cameras to accuse Pakistan"
        return governor >= start && governor < verb - 1 ? agentsOf(v, governor) : List.of();
    }

    private static boolean isAnaphoric(SentenceView v, int from, int to) {
        if (to - from > 3 || !(v.token(from).is("the") || v.token(from).is("this") || v.token(from).is("that"))) {
            return false;
        }
        return v.words.has(WordLists.Name.INITIATIVE_NOUNS, v.token(to - 1).lemma());
    }

    /** "the measures", "this decision", "these sanctions": a short phrase pointing back to a measure told before. */
    private static boolean pointsToAMeasure(SentenceView v, int from, int to) {
        if (to <= from + 1 || !(v.token(from).is("the") || v.token(from).is("this") || v.token(from).is("these"))) {
            return false;
        }
        for (int k = from + 1; k < to && k <= from + 2; k++) {
            // "the measures totally unacceptable": the noun ends the phrase that points back
            if (v.token(k).isNoun()) {
                return v.words.has(WordLists.Name.MEASURE_NOUNS, v.token(k).text().toLowerCase(Locale.ROOT))
                        && (k + 1 >= v.size() || !v.token(k + 1).isNoun() && !v.token(k + 1).is("of"));
            }
        }
        return false;
    }

    /** The last asserted sanction or block told, by others than {@code agents}. */
    private static Optional<EventFrame> lastMeasure(List<EventFrame> earlier, List<Mention> agents) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            boolean measure = (e.type() == EventType.SANCTION || e.type() == EventType.BLOCK) && e.modality() == Modality.ASSERTED;
            if (measure && !sameSide(agents.stream().map(Mention::actor).toList(), e.agents())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static Optional<EventFrame> lastProposal(List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).type() == EventType.PROPOSE) {
                return Optional.of(earlier.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * "was vetoed by Russia", "was put forward by France", "a resolution, drafted by the European Union":
     * a form of "be" before a participle, or a participle followed by "by" and an actor.
     */
    private boolean isPassive(SentenceView v, int head) {
        int k = head - 1;
        while (k >= 0 && "ADV".equals(v.token(k).pos())) {
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
        return be && participle || byActor && (be || participle);
    }

    private static boolean startsRelative(SentenceView v, int head) {
        int start = v.clauseStart(head);
        return v.token(start).is("which") || v.token(start).is("that");
    }

    /** "a cease-fire in Gaza, which Israel refused": the noun phrase before the relative pronoun. */
    private static String antecedent(SentenceView v, int relative) {
        int end = relative;
        if (end > 0 && v.token(end - 1).text().equals(",")) {
            end--;
        }
        for (int b = end - 1; b >= 0 && b >= end - 8; b--) {
            Token t = v.token(b);
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos())) {
                break;
            }
            if ("DET".equals(t.pos()) && !t.is("no")) {
                return v.sentence.textOf(new TokenSpan(b, end));
            }
        }
        return null;
    }

}
