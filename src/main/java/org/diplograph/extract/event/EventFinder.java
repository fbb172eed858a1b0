package org.diplograph.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;
import org.diplograph.model.Modality;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.extract.knowledge.WordLists;

/**
 * Reads the events of one sentence: finds the words of the trigger lexicon and, around each, its agent,
 * target, object, venue, date and modality. An event exists only where a trigger was read and an agent found:
 * nothing is coded by default.
 *
 * <pre>
 * ToldActs told = finder.newArticle();
 * List&lt;EventFrame&gt; events = finder.find(sentence, mentions, published, earlierEvents, told);
 * </pre>
 */
public final class EventFinder {

    private final Knowledge knowledge;
    private final TriggerMatcher matcher;
    private final SpeechFrame speech = new SpeechFrame();
    private final ContactFrame contact;
    private final ActFrame act;
    private final FromFrame from = new FromFrame();
    private final NounFrame noun;
    private final FrameAssembler assembler;
    private final Sides sides;
    private final ModalityReader modalities;

    public EventFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.matcher = new TriggerMatcher(knowledge);
        this.sides = new Sides(knowledge);
        Discourse discourse = new Discourse(sides);
        this.contact = new ContactFrame(discourse, sides);
        this.act = new ActFrame(discourse, sides);
        this.noun = new NounFrame(knowledge, matcher, discourse);
        this.assembler = new FrameAssembler(knowledge, sides, discourse);
        this.modalities = new ModalityReader(knowledge);
    }

    /** True when some word of the sentence can open a trigger: a cheap test made before parsing it. */
    public boolean mayHoldEvent(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (!matcher.rowsAt(token).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** An event read, with its trigger's first word: where the parse tells whether a statement governs a measure. */
    private record Found(EventFrame event, int head) {
    }

    /** Who did what in an article, told so far: a new one for each article, given to every {@link #find} of it. */
    public ToldActs newArticle() {
        return new ToldActs(knowledge.words());
    }

    public List<EventFrame> find(Sentence sentence, List<Mention> mentions, LocalDate published, List<EventFrame> earlier, ToldActs told) {
        SentenceView v = new SentenceView(sentence, mentions, knowledge.words(), told.named(), told.namedTogether(), told.gathered());
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[v.size()];
        for (int k = 0; k < v.size(); k++) {
            if (used[k] || v.mentionAt(k) != null) {
                continue;
            }
            // only the rows the token may open: match gives -1 at once for every other row
            for (Trigger t : matcher.rowsAt(v.token(k))) {
                int end = matcher.match(v, k, t);
                if (end < 0) {
                    continue;
                }
                // (not "hosted the summit, attended by ...": the host met those who came)
                if (!t.noun() && matcher.isLightVerbFor(v, k) && !matcher.tellsMoreThanItsNoun(v, k, t, end)
                        && ContactFrame.attendeesOfTheGathering(v, k).isEmpty()) {
                    break;
                }
                if (t.type() == EventType.SUPPORT && inNamedCompound(v, k)) {
                    break; // "Iran-backed militias", "the UN-recognised government": backing told as what they are
                }
                if (t.noun() && modifiesAnotherNoun(v, end - 1)) {
                    break; // "the tariff dispute", "sanctions relief": the noun names what another one is about
                }
                List<EventFrame> all = new ArrayList<>(earlier);
                out.forEach(f -> all.add(f.event()));
                Participants p = drawnByTheActJustTold(v, t, answeringTheLastMeasure(v, t, k, end, participants(v, t, k, end, all), all), all);
                if (t.needs() != Trigger.Need.NONE && !needsMet(v, t, p, end) && !answersAnActTold(v, t, p, end, told)) {
                    continue; // the row does not apply here; the next row of the same words may
                }
                for (int u = k; u < end; u++) {
                    used[u] = true;
                }
                if (p != null) {
                    int head = k;
                    // "traded accusations": an exchange is each party's act towards the other
                    boolean mutual = reciprocal(v, p.verb(), end) || t.words().size() > 1 && v.words.has(WordLists.Name.EXCHANGE_VERBS, t.words().get(0));
                    assembler.frame(v, t, p, k, end, published, all, told).stream().map(e -> eachWithTheOthers(e, mutual))
                            .forEach(es -> es.forEach(e -> out.add(new Found(e, head))));
                }
                break;
            }
        }
        if (out.isEmpty()) {
            repeated(v, published, earlier, told).ifPresent(e -> out.add(new Found(e, 0)));
        }
        told.read(v);
        return withInvitations(v, withAnnouncedThreats(v, withTheCallsItWasDoneIn(v, guestsVisit(v, towardsAnotherState(aimedAtTheOtherSide(v, earlier,
                agreedWithTheOtherSide(voicedByTheSpeaker(v, withoutTheSpeaker(v, refusalsOfTheAsk(v, refusalsOfTheirActs(v, withoutElaborations(v,
                withoutRefusalsToExclude(v, out)))))))))))));
    }

    /** Whether {@code k} lies in what the verb {@code ask} asks for, not in a clause joined to it ("but ... refused"). */
    private static boolean withinWhatWasAsked(Parse parse, int ask, int k) {
        int child = k;
        while (child >= 0 && parse.head(child) != ask) {
            child = parse.head(child);
        }
        return child >= 0 && !parse.relation(child).equals("conj") && !parse.relation(child).equals("parataxis");
    }

    /** Asks a party can turn down. */
    private static final java.util.Set<EventType> ASKS = java.util.EnumSet.of(EventType.APPEAL, EventType.PROPOSE);

    /**
     * "Quito asked Sweden to promise it would not send him on, but the Swedish side refused": a refusal after an ask
     * made to the one refusing, in the same sentence and outside what was asked, turns down whoever asked.
     */
    private static List<Found> refusalsOfTheAsk(SentenceView v, List<Found> found) {
        Parse parse = v.sentence.parse();
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            List<Actor> askers = List.of();
            if (e.type() == EventType.REJECT && e.modality() == Modality.ASSERTED && !e.agents().isEmpty()) {
                for (Found g : found) {
                    EventFrame ask = g.event();
                    boolean before = g.head() < f.head() && (parse == null || !withinWhatWasAsked(parse, g.head(), f.head()));
                    if (before && ASKS.contains(ask.type()) && !ask.agents().isEmpty() && !ask.targets().isEmpty()
                            && Sides.sameSide(e.agents(), ask.targets()) && !Sides.sameSide(e.agents(), ask.agents())) {
                        askers = ask.agents();
                    }
                }
            }
            out.add(askers.isEmpty() ? f : new Found(e.withTargets(askers), f.head()));
        }
        return out;
    }

    /**
     * "Tusk declined to rule out another extension": refusing to exclude something keeps it open, and rebuffs no one
     * (words.tsv {@code exclusion-verbs}, read where the parse completes the refusing verb with one).
     */
    private static List<Found> withoutRefusalsToExclude(SentenceView v, List<Found> found) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return found;
        }
        return found.stream().filter(f -> f.event().type() != EventType.REJECT
                || parse.dependents(f.head(), "xcomp").stream().noneMatch(act -> phraseAt(v, act, WordLists.Name.EXCLUSION_VERBS) != null))
                .toList();
    }

    /** Acts done with or for someone besides the communications, whose refusal rebuffs that someone. */
    private static final java.util.Set<EventType> COOPERATION = java.util.EnumSet.of(EventType.SUPPORT, EventType.AGREE);

    /**
     * "India refused to hold talks with Pakistan", "Turkey refuses to recognise the Cypriot government": a refusal
     * that names no one is aimed at the other party of the act refused, the event whose verb (or whose light verb)
     * completes the refusing verb in the parse. Only an act done with or for someone: "declined to condemn Russia"
     * spares Russia, it does not rebuff it.
     */
    private static List<Found> refusalsOfTheirActs(SentenceView v, List<Found> found) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            List<Actor> others = List.of();
            for (int act : e.type() == EventType.REJECT && e.targets().isEmpty() ? parse.dependents(f.head(), "xcomp") : List.<Integer>of()) {
                for (Found g : found) {
                    boolean completes = g != f && (g.head() == act || parse.head(g.head()) == act)
                            && (g.event().type().isCommunication() || COOPERATION.contains(g.event().type()));
                    if (completes && others.isEmpty()) {
                        others = g.event().targets().stream().filter(t -> !Sides.sameSide(e.agents(), List.of(t))).toList();
                    }
                }
            }
            out.add(others.isEmpty() ? f : new Found(e.withTargets(others), f.head()));
        }
        return out;
    }

    /**
     * "Pinera hailed the ruling as a triumph for Chile": a stance or a measure is not aimed at the agent's own state;
     * that target is left out (the event stays, aimed at no one named). A rival at home is another party: "Tsai
     * accused Ma" stands.
     */
    private static List<Found> towardsAnotherState(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            List<Actor> others = e.targets().stream()
                    .filter(t -> t.kind() != ActorKind.STATE || !Sides.sameSide(e.agents(), List.of(t))).toList();
            out.add(!AIMED_AT_SOMEONE.contains(e.type()) || others.size() == e.targets().size() ? f
                    : new Found(e.withTargets(others), f.head()));
        }
        return out;
    }

    /**
     * "Kazakhstan asked the alliance for help, saying the country faced a threat": a participle of speech that only
     * gives the reasons of an act its agents did in the same breath is that act, not a statement of its own (one
     * that names whom it addresses, or that was read as a judgement or a demand, stays). A stance aimed at no one
     * is aimed at whom the verb joined to it blames (words.tsv {@code blaming-verbs}).
     */
    private static List<Found> withoutElaborations(SentenceView v, List<Found> found) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            int host = parse.head(f.head());
            boolean participle = v.token(f.head()).text().endsWith("ing") && parse.relation(f.head()).equals("advcl");
            boolean elaborates = e.type() == EventType.STATEMENT && e.targets().isEmpty() && participle && host >= 0
                    && found.stream().anyMatch(g -> g != f && g.head() == host && g.event().type() != EventType.STATEMENT
                            && SentenceView.keys(g.event().agents()).equals(SentenceView.keys(e.agents())));
            // "condemned the strike on the hospital and blamed Israel": the joined verb says whose act was condemned
            java.util.Optional<Found> twin = e.targets().isEmpty() ? found.stream().filter(g -> g != f && g.event().type() == e.type()
                    && g.event().modality() == e.modality() && !g.event().targets().isEmpty()
                    && SentenceView.keys(g.event().agents()).equals(SentenceView.keys(e.agents()))
                    && joined(parse, f.head(), g.head()) && v.words.has(WordLists.Name.BLAMING_VERBS, v.token(g.head()).lemma()))
                    .findFirst() : java.util.Optional.empty();
            if (twin.isPresent()) {
                out.add(new Found(e.withTargets(twin.get().event().targets()), f.head()));
            } else if (!elaborates) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the parse joins the two verbs as conjuncts. */
    private static boolean joined(Parse parse, int a, int b) {
        return parse.head(b) == a && parse.relation(b).equals("conj") || parse.head(a) == b && parse.relation(a).equals("conj");
    }

    /**
     * "Rabat did not announce any retaliatory measures": a reprisal (a word of the reprisal-words list in the
     * trigger's words) with no target named answers whoever took the last measure against the agent's side.
     */
    private static Participants answeringTheLastMeasure(SentenceView v, Trigger t, int k, int end, Participants p, List<EventFrame> earlier) {
        if (p == null || t.type() != EventType.SANCTION || !p.targets().isEmpty() || !p.implicitTargets().isEmpty() || p.agents().isEmpty()) {
            return p;
        }
        boolean reprisal = false;
        for (int u = Math.max(0, k - 1); u < end; u++) {
            String w = v.token(u).text().toLowerCase(java.util.Locale.ROOT);
            reprisal |= v.words.has(WordLists.Name.REPRISAL_WORDS, w) || w.startsWith("retaliat");
        }
        List<Actor> acting = SentenceView.actors(p.agents());
        java.util.Optional<EventFrame> measure = reprisal ? Discourse.lastMeasure(earlier, p.agents()) : java.util.Optional.empty();
        if (measure.isEmpty() || !Sides.sameSide(acting, measure.get().targets())) {
            return p;
        }
        return new Participants(p.agents(), p.targets(), measure.get().agents(), p.object(), p.venue(), p.verb());
    }

    /**
     * "Erdogan hosted Haniyeh, a meeting that drew sharp criticism from Katz": what the giver answers with no one
     * named as its subject is the act told just before in the sentence, and its agents are acted on.
     */
    private static Participants drawnByTheActJustTold(SentenceView v, Trigger t, Participants p, List<EventFrame> earlier) {
        if (p == null || t.frame() != Trigger.Frame.FROM || t.type() != EventType.CONDEMN || !p.targets().isEmpty()
                || !p.implicitTargets().isEmpty() || p.agents().isEmpty() || earlier.isEmpty()) {
            return p;
        }
        EventFrame last = earlier.get(earlier.size() - 1);
        if (!last.sentences().contains(v.sentence.index()) || Sides.sameSide(SentenceView.actors(p.agents()), last.agents())) {
            return p;
        }
        return new Participants(p.agents(), p.targets(), last.agents(), p.object(), p.venue(), p.verb());
    }

    /**
     * "Canada and Brazil followed suit", "Paris did the same": the event told just before, now by the subject of the
     * phrase, towards the same parties.
     */
    private java.util.Optional<EventFrame> repeated(SentenceView v, LocalDate published, List<EventFrame> earlier, ToldActs told) {
        for (int k = 0; k < v.size(); k++) {
            List<String> words = v.mentionAt(k) == null ? phraseAt(v, k, WordLists.Name.REPETITION_PHRASES) : null;
            if (words == null) {
                continue;
            }
            List<Mention> agents = AgentReader.agentsOf(v, k);
            if (agents.isEmpty()) {
                agents = v.clauseSubject(0, k);
            }
            EventFrame before = null;
            for (int e = earlier.size() - 1; e >= 0 && before == null; e--) {
                EventFrame candidate = earlier.get(e);
                before = candidate.type() != EventType.STATEMENT && candidate.modality() == Modality.ASSERTED ? candidate : null;
            }
            if (agents.isEmpty() || before == null) {
                return java.util.Optional.empty();
            }
            Trigger same = new Trigger(words, false, before.type(), Trigger.Frame.ACT, List.of(), Trigger.Need.NONE);
            Participants p = new Participants(agents, List.of(), before.targets(), before.object(), before.venue(), k);
            return assembler.frame(v, same, p, k, k + words.size(), published, earlier, told).stream().findFirst();
        }
        return java.util.Optional.empty();
    }


    /**
     * "Modi visited Kyiv at the invitation of Zelensky": the one who invited proposed the visit to the visitor, an
     * event of its own, told by the same sentence.
     */
    private static List<EventFrame> withInvitations(SentenceView v, List<EventFrame> found) {
        EventFrame visit = found.stream().filter(e -> e.type() == EventType.VISIT || e.type() == EventType.MEETING).findFirst().orElse(null);
        if (visit == null) {
            return found;
        }
        for (int k = 0; k < v.size(); k++) {
            List<String> words = v.mentionAt(k) == null ? phraseAt(v, k, WordLists.Name.INVITATION_PHRASES) : null;
            Mention host = words == null || k + words.size() >= v.size() ? null : v.mentionStartingAt(k + words.size());
            if (host == null || !host.canParticipate() || Sides.sameSide(List.of(host.actor()), visit.agents())) {
                continue;
            }
            List<EventFrame> out = new ArrayList<>(found);
            out.add(new EventFrame(EventType.PROPOSE, List.of(host.actor()), visit.agents(), null, null, visit.date(),
                    Modality.ASSERTED, visit.sentences(), v.sentence.textOf(new org.diplograph.nlp.TokenSpan(k, k + words.size())),
                    new org.diplograph.nlp.CharSpan(v.token(k).span().begin(), v.token(k + words.size() - 1).span().end())));
            return out;
        }
        return found;
    }

    /**
     * "Biden welcomed Lula to the White House", "Xi invited Castro to Beijing": the guest, welcomed or invited to a
     * place of another state, visits it. Welcoming someone there is hosting them, a meeting, not support ("NATO
     * welcomed Sweden to the alliance" names no place and stays support); an invitation makes the visit one to come.
     */
    private static List<Found> guestsVisit(SentenceView v, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            boolean hosting = e.type() == EventType.SUPPORT || e.type() == EventType.PROPOSE;
            List<Actor> guests = e.targets().stream().filter(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.STATE).toList();
            Actor place = hosting && !guests.isEmpty() && v.words.has(WordLists.Name.GUEST_VERBS, v.token(f.head()).lemma())
                    ? placeAfterTo(v, f.head()) : null;
            if (place == null && e.type() == EventType.SUPPORT && welcomedInPerson(v, f.head(), e)) {
                // "Xi welcomed Putin at the Great Hall", "was welcomed at the airport by Morgulov": a host greets a
                // guest, a meeting ("welcomed Putin's proposal" welcomes a proposal, and stays support)
                out.add(new Found(hostingOf(e, e.targets()), f.head()));
                continue;
            }
            if (place == null || Sides.sameSide(guests, List.of(place))) {
                out.add(f);
                continue;
            }
            Modality visiting = e.type() == EventType.PROPOSE ? e.modality().strongest(Modality.EXPECTED) : e.modality();
            EventFrame visit = new EventFrame(EventType.VISIT, guests, List.of(place), null, null, e.date(), visiting,
                    e.sentences(), e.trigger(), e.triggerSpan());
            // (the visit first: "the two leaders" after it are the host and the guest, the parties of the meeting)
            out.add(new Found(visit, f.head()));
            out.add(e.type() == EventType.SUPPORT ? new Found(hostingOf(e, guests), f.head()) : f);
        }
        return out;
    }

    /** The meeting of a host who welcomes these guests: the welcome's agents, day, venue and words, no object. */
    private static EventFrame hostingOf(EventFrame welcome, List<Actor> guests) {
        return new EventFrame(EventType.MEETING, welcome.agents(), guests, null, welcome.venue(), welcome.date(),
                welcome.modality(), welcome.sentences(), welcome.trigger(), welcome.triggerSpan());
    }

    /**
     * Whether a verb of the guest-verbs list has a person for its own object, or for its passive subject, and a person
     * welcomes: one person greets another in person.
     */
    private static boolean welcomedInPerson(SentenceView v, int verb, EventFrame e) {
        Parse parse = v.sentence.parse();
        if (parse == null || !v.words.has(WordLists.Name.GUEST_VERBS, v.token(verb).lemma()) || e.targets().isEmpty()
                || !e.agents().stream().allMatch(a -> a.kind() == ActorKind.PERSON)
                || !e.targets().stream().allMatch(a -> a.kind() == ActorKind.PERSON)) {
            return false;
        }
        for (int k : parse.dependents(verb, "dobj", "nsubjpass")) {
            Mention m = v.mentionAt(k);
            // (not "welcomed Xi's commitment", which the parse may hang on the name)
            // ("welcomed Prime Minister James Marape of Papua New Guinea": the parse's head may be inside the mention)
            int after = m == null ? k + 1 : m.tokens().end();
            if (m != null && m.actor().kind() == ActorKind.PERSON && !(after < v.size() && v.token(after).isPossessiveMark())) {
                return true;
            }
        }
        return false;
    }

    /** The state of the place after "to" in the verb's clause ("to the White House", "to Beijing"), or null. */
    private static Actor placeAfterTo(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        for (int to : parse == null ? List.<Integer>of() : parse.dependents(verb, "prep")) {
            // "welcomed Morrison of Australia, Modi of India and Suga of Japan to the White House": past the list's
            // commas, where the parse hangs the place on the verb
            for (int place : v.token(to).is("to") ? parse.dependents(to, "pobj") : List.<Integer>of()) {
                Mention m = v.mentionAt(place);
                if (m != null) {
                    return m.actor().kind() == ActorKind.STATE ? m.actor() : null;
                }
            }
        }
        int end = v.clauseEnd(verb);
        for (int k = verb + 1; k + 1 < v.size() && k <= end; k++) {
            if (v.token(k).isVerb() && v.mentionAt(k) == null && !v.token(k - 1).is("to")) {
                break; // "welcomed Xi's commitment to refrain from selling weapons to Russia": another verb's place
            }
            if (!v.token(k).is("to") || v.mentionAt(k) != null || v.token(k + 1).isVerb()) {
                continue;
            }
            for (int m = k + 1; m < v.size() && m <= k + 3; m++) {
                Mention place = v.mentionStartingAt(m);
                if (place != null) {
                    return place.actor().kind() == ActorKind.STATE ? place.actor() : null;
                }
                if (v.token(m).isVerb() || "ADP".equals(v.token(m).pos())) {
                    break;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "North Korea will reject any talks with Japan, Kim Yo Jong, the leader's sister, said": the one who says it,
     * named after what was said, is no party of what was said, though the parse may list her with Japan.
     */
    private static List<Found> withoutTheSpeaker(SentenceView v, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            List<Actor> speakers = new ArrayList<>();
            for (Found said : found) {
                if (said.head() > f.head() && said.event().type() == EventType.STATEMENT && said.event().targets().isEmpty()) {
                    // (a speaker named between the two triggers, after a comma: the inverted attribution)
                    said.event().agents().stream().filter(a -> v.mentions.stream().anyMatch(m -> m.actor().key().equals(a.key())
                            && m.tokens().begin() > f.head() && m.tokens().end() <= said.head() && m.tokens().begin() > 0
                            && v.token(m.tokens().begin() - 1).is(","))).forEach(speakers::add);
                }
            }
            List<Actor> targets = e.targets().stream().filter(t -> speakers.stream().noneMatch(a -> a.key().equals(t.key()))).toList();
            out.add(speakers.isEmpty() || targets.size() == e.targets().size() || targets.isEmpty() ? f
                    : new Found(e.withTargets(targets), f.head()));
        }
        return out;
    }

    /** Judgements a state voices through whoever speaks for it (not measures, threats or refusals: measured). */
    private static final java.util.Set<EventType> VOICED_STANCES = java.util.EnumSet.of(EventType.CONDEMN,
            EventType.SUPPORT, EventType.OPPOSE);

    /**
     * "Boric said his country strongly condemned the strikes", "Taylor said the United States opposed the motion": a
     * judgement that a speaker tells of his own state, in what he says, is voiced by him, and annotators
     * name him as its agent (the state acts through the person speaking for it).
     */
    private static List<Found> voicedByTheSpeaker(SentenceView v, List<Found> found) {
        Parse parse = v.sentence.parse();
        if (parse == null || found.size() < 2) {
            return found;
        }
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            Actor state = VOICED_STANCES.contains(e.type()) && e.agents().size() == 1
                    && e.agents().get(0).kind() == ActorKind.STATE && e.agents().get(0).country() != null ? e.agents().get(0) : null;
            Actor speaker = null;
            for (Found said : state == null ? List.<Found>of() : found) {
                EventFrame s = said.event();
                if (s.type() == EventType.STATEMENT && said.head() != f.head() && parse.dominates(said.head(), f.head())
                        && s.agents().size() == 1 && s.agents().get(0).kind() == ActorKind.PERSON
                        && state.country().equals(s.agents().get(0).country())) {
                    speaker = s.agents().get(0);
                }
            }
            out.add(speaker == null ? f : new Found(new EventFrame(e.type(), List.of(speaker), e.targets(), e.object(), e.venue(),
                    e.date(), e.modality(), e.sentences(), e.trigger(), e.triggerSpan()), f.head()));
        }
        return out;
    }

    /**
     * Stances and measures, aimed at someone by their nature whether or not the sentence names whom. (Not an
     * agreement, whose partner is whoever it was negotiated with, nor a proposal or a veto, made on a text more than
     * to a party.)
     */
    private static final java.util.Set<EventType> AIMED_AT_SOMEONE = java.util.EnumSet.of(EventType.CONDEMN,
            EventType.REJECT, EventType.SUPPORT, EventType.OPPOSE, EventType.APPEAL, EventType.SANCTION,
            EventType.THREATEN);

    /**
     * "Malaysia hit back hours later, calling the decision unfriendly": a stance or a measure of one actor is taken
     * towards someone, and when nothing read so far names whom, it is the party of the other side the article is
     * telling of (see {@link Discourse#otherSideInFocus}). Not for several agents acting together ("the signatories
     * rejected"), whose declarations are not aimed at one party, nor a stance on an initiative.
     */
    private List<Found> aimedAtTheOtherSide(SentenceView v, List<EventFrame> earlier, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            if (!AIMED_AT_SOMEONE.contains(e.type()) || !e.targets().isEmpty() || e.agents().size() != 1 || onAnInitiative(e)) {
                out.add(f);
                continue;
            }
            // leaders acting as their body aim at someone the sentence names ("Turning to Myanmar, the leaders
            // demanded"), not at the other party of the last event, their host
            java.util.Set<String> named = leadersAsTheirBody(v, e.agents().get(0))
                    ? SentenceView.keys(sides.forStates(SentenceView.actors(v.mentions))) : null;
            List<Actor> focus = sides.forStates(Discourse.otherSideInFocus(v, f.head(), e.agents(), e.venue(), earlier)).stream()
                    .filter(a -> !Sides.sameSide(e.agents(), List.of(a)) && (named == null || named.contains(a.key()))).toList();
            out.add(focus.isEmpty() ? f : new Found(e.withTargets(focus), f.head()));
        }
        return out;
    }

    /**
     * Whether the agent is the body whose summit the article tells, read from "the leaders" or "they" and not named in
     * the sentence: several leaders acting together, as in {@link Discourse#partiesNamedBy}.
     */
    private static boolean leadersAsTheirBody(SentenceView v, Actor agent) {
        return v.gatheredBefore != null && v.gatheredBefore.key().equals(agent.key())
                && v.mentions.stream().noneMatch(m -> m.actor().key().equals(agent.key()));
    }

    /** A stance on a draft, a plan or a request, aimed at its sponsor, whom {@link InitiativeLinker} finds in the article. */
    private boolean onAnInitiative(EventFrame e) {
        return e.object() != null && (knowledge.words().namedIn(WordLists.Name.INITIATIVE_NOUNS, e.object())
                || knowledge.words().namedIn(WordLists.Name.REQUEST_NOUNS, e.object()));
    }

    /**
     * "Turkey agreed to halt its offensive, Pence announced after negotiations with Erdogan": an agreement with no
     * one named, told with talks between the agent's side and another, is an agreement with that other side (its
     * state, when a state agrees).
     */
    private List<Found> agreedWithTheOtherSide(List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (Found f : found) {
            EventFrame e = f.event();
            List<Actor> others = List.of();
            if (e.type() == EventType.AGREE && e.targets().isEmpty() && e.modality() == Modality.ASSERTED) {
                for (Found c : found) {
                    EventFrame talk = c.event();
                    if (!talk.type().isCommunication() || talk.targets().isEmpty() || talk.modality() != Modality.ASSERTED) {
                        continue;
                    }
                    if (Sides.sameSide(e.agents(), talk.targets()) && !Sides.sameSide(e.agents(), talk.agents())) {
                        others = talk.agents();
                    } else if (Sides.sameSide(e.agents(), talk.agents()) && !Sides.sameSide(e.agents(), talk.targets())) {
                        others = talk.targets();
                    }
                }
            }
            if (others.isEmpty()) {
                out.add(f);
                continue;
            }
            boolean state = e.agents().stream().allMatch(a -> a.kind() == ActorKind.STATE);
            List<Actor> targets = state ? sides.forCountries(others) : others;
            out.add(new Found(e.withTargets(targets), f.head()));
        }
        return out;
    }

    /** What is said, urged, proposed or refused to someone: done over the telephone, it was done in a call with them. */
    private static final java.util.Set<EventType> ADDRESSED = java.util.EnumSet.of(EventType.STATEMENT, EventType.CONDEMN,
            EventType.APPEAL, EventType.PROPOSE, EventType.THREATEN, EventType.REJECT);

    /**
     * "told Salehi by telephone that ...", "lodged a protest by telephone with Han": what someone did to another over
     * the telephone (a cue of manner.tsv that the parse hangs on the verb) was done in a call with them, besides being
     * what it was: said, urged, proposed, refused to someone (not agreed: "obtained X's consent by telephone" may
     * be told of a third party). The call is with the people among those it was aimed at, else with the states.
     */
    private List<Found> withTheCallsItWasDoneIn(SentenceView v, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (Found f : found) {
            EventFrame e = f.event();
            if (!ADDRESSED.contains(e.type()) || e.modality() != Modality.ASSERTED || !v.token(f.head()).isVerb()
                    || modalities.mannerOf(v, f.head()).orElse(null) != EventType.PHONE_CALL) {
                continue;
            }
            // (a body's members hear an address by video link, they do not take a call: "told the leaders of the G20")
            List<Actor> people = e.targets().stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
            List<Actor> called = people.isEmpty() ? e.targets().stream().filter(a -> a.kind() == ActorKind.STATE).toList() : people;
            if (called.isEmpty()) {
                continue;
            }
            boolean told = out.stream().anyMatch(o -> o.event().type() == EventType.PHONE_CALL
                    && Sides.sameSide(o.event().agents(), e.agents()) && Sides.sameSide(o.event().targets(), called));
            if (!told) {
                out.add(new Found(new EventFrame(EventType.PHONE_CALL, e.agents(), called, null, e.venue(), e.date(), Modality.ASSERTED,
                        e.sentences(), e.trigger(), e.triggerSpan()), f.head()));
            }
        }
        Parse parse = v.sentence.parse();
        SyntacticRoles roles = new SyntacticRoles(v);
        for (int w = 0; parse != null && roles.available() && w < v.size(); w++) {
            // "Modi said he had raised the matter with Putin by telephone": a verb of no event of its own, done with
            // someone by telephone, in what an asserted event tells (and on its day)
            int verb = w;
            if (!v.isVerbInTagOrParse(w) || v.mentionAt(w) != null || found.stream().anyMatch(f -> f.head() == verb)
                    || modalities.mannerOf(v, w).orElse(null) != EventType.PHONE_CALL) {
                continue;
            }
            java.util.Optional<EventFrame> telling = found.stream().filter(f -> f.event().modality() == Modality.ASSERTED
                    && parse.dominates(f.head(), verb)).map(Found::event).findFirst();
            List<Actor> callers = SentenceView.actors(roles.subject(w));
            List<Actor> called = SentenceView.actors(roles.prepositional(w, java.util.Set.of("with", "to"))).stream()
                    .filter(a -> a.kind() == ActorKind.PERSON || a.kind() == ActorKind.STATE).toList();
            if (telling.isEmpty() || callers.isEmpty() || called.isEmpty() || Sides.sameSide(callers, called)) {
                continue;
            }
            out.add(new Found(new EventFrame(EventType.PHONE_CALL, callers, called, null, null, telling.get().date(), Modality.ASSERTED,
                    telling.get().sentences(), v.token(w).text(), v.token(w).span()), w));
        }
        return out;
    }

    /**
     * "Lavrov said Russia would expel British diplomats in response", "told Abbas the United States would veto any
     * resolution": a speaker who announces a measure (a sanction, a block) his own side has not yet taken against
     * another threatens it, as "threatened to expel" says in one word. The measure stays
     * as told (expected or hypothetical); the threat is added, asserted, by the speaker.
     */
    private static List<EventFrame> withAnnouncedThreats(SentenceView v, List<Found> found) {
        Parse parse = v.sentence.parse();
        List<EventFrame> out = new ArrayList<>();
        found.forEach(f -> out.add(f.event()));
        if (parse == null || found.size() < 2) {
            return out;
        }
        for (Found said : found) {
            EventFrame statement = said.event();
            if (statement.type() != EventType.STATEMENT || statement.modality() != Modality.ASSERTED
                    || v.words.has(WordLists.Name.DECISION_VERBS, v.token(said.head()).lemma())) {
                continue; // "announced that Britain will expel": a measure decided, told as such
            }
            for (Found taken : found) {
                EventFrame measure = taken.event();
                // "told Abbas the United States would veto any resolution": a measure aimed at no one named threatens
                // the one told, when not of the speaker's side
                List<Actor> threatened = !measure.targets().isEmpty() ? measure.targets()
                        : measure.type() == EventType.BLOCK && !Sides.sameSide(statement.agents(), statement.targets()) ? statement.targets() : List.of();
                boolean announced = (measure.type() == EventType.SANCTION || measure.type() == EventType.BLOCK) && !threatened.isEmpty()
                        && (measure.modality() == Modality.EXPECTED || measure.modality() == Modality.HYPOTHETICAL)
                        && parse.dominates(said.head(), taken.head()) && Sides.sameSide(statement.agents(), measure.agents());
                boolean told = out.stream().anyMatch(e -> e.type() == EventType.THREATEN && e.sentences().equals(measure.sentences()));
                if (announced && !told) {
                    out.add(new EventFrame(EventType.THREATEN, statement.agents(), threatened, measure.object(), measure.venue(),
                            statement.date(), Modality.ASSERTED, statement.sentences(), statement.trigger(), statement.triggerSpan()));
                }
            }
        }
        return out;
    }

    /**
     * "Japan and South Korea reached an agreement", "Kyiv and London signed a pact": two parties that agree with no
     * one else named agree with each other, so each is the agent of an agreement with the other as its target. Among
     * three or more ("the US, the EU, Russia and Ukraine agreed") who undertook what towards whom is not said.
     */
    private static List<EventFrame> eachWithTheOthers(EventFrame e, boolean reciprocal) {
        // "both sides accused each other": each of the others (the object "each other" names no one)
        boolean mutual = reciprocal && e.targets().isEmpty() && e.agents().size() >= 2 && !e.type().isCommunication();
        boolean accord = e.type() == EventType.AGREE && e.targets().isEmpty() && e.agents().size() == 2;
        if (!mutual && !accord) {
            return List.of(e);
        }
        String object = mutual ? null : e.object();
        return e.agents().stream().map(a -> new EventFrame(e.type(), List.of(a),
                e.agents().stream().filter(o -> !o.key().equals(a.key())).toList(), object, e.venue(), e.date(),
                e.modality(), e.sentences(), e.trigger(), e.triggerSpan())).toList();
    }

    /**
     * "accused each other", "threatened one another", "would threaten or use force against the other": the verb's
     * object is its own agents, each towards the others. Right after the verb, or further on where the parse hangs
     * the phrase on the verb with no other subject between; a phrase that goes on into a noun names others ("the
     * other members").
     */
    private static boolean reciprocal(SentenceView v, int verb, int end) {
        for (int k = end; k < v.size(); k++) {
            List<String> words = phraseAt(v, k, WordLists.Name.RECIPROCAL_PHRASES);
            if (words == null || k >= end + 2 && !sameSubjectClause(v.sentence.parse(), verb, k)) {
                continue;
            }
            int after = k + words.size();
            if (after >= v.size() || !(v.token(after).isNoun() || "ADJ".equals(v.token(after).pos()) || "NUM".equals(v.token(after).pos()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parse hangs {@code token} under {@code verb} through no verb of its own subject. */
    private static boolean sameSubjectClause(Parse parse, int verb, int token) {
        if (parse == null || !parse.dominates(verb, token)) {
            return false;
        }
        for (int k = parse.head(token); k != verb; k = parse.head(k)) {
            if (!parse.dependents(k, "nsubj", "nsubjpass", "csubj").isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The words of the phrase of that list (lemmas, space-separated) that starts at token {@code k}, or null. */
    private static List<String> phraseAt(SentenceView v, int k, WordLists.Name list) {
        for (String phrase : v.words.of(list)) {
            List<String> words = List.of(phrase.split(" "));
            if (ModalityReader.matchesCue(v, k, words, v.size())) {
                return words;
            }
        }
        return null;
    }

    /** The participants the row's frame finds around the trigger, or null when it finds no way to read them. */
    private Participants participants(SentenceView v, Trigger t, int head, int end, List<EventFrame> earlier) {
        if (t.needs() == Trigger.Need.TALLY) {
            return tally(v, head, end, earlier);
        }
        return switch (t.frame()) {
            case SPEECH -> speech.read(v, head, end, false, earlier);
            case TELL -> speech.read(v, head, end, true, earlier);
            case CONTACT -> contact.read(v, head, end, t.needs() == Trigger.Need.ACTOR_OBJECT, t.type() == EventType.VISIT, earlier);
            case ACT -> act.read(v, t, head, end, earlier);
            case FROM -> from.read(v, t, head, end);
            case NOUN -> noun.read(v, t, head, end, earlier);
        };
    }

    /**
     * "received 4 votes in favour (Algeria, China, Pakistan, Russian Federation) to 9 against (...)": the members
     * listed in the parentheses after the word of the tally vote on the proposal told last, towards its sponsors'
     * states.
     */
    private Participants tally(SentenceView v, int head, int end, List<EventFrame> earlier) {
        List<Mention> voters = new ArrayList<>();
        for (int k = end + 1; k < v.size() && !v.token(k).text().equals(")"); k++) {
            Mention m = v.mentionStartingAt(k);
            if (m != null && m.canParticipate()) {
                voters.add(m);
                k = m.tokens().end() - 1;
            }
        }
        List<Actor> voting = SentenceView.actors(voters);
        // (members vote on a state's text: the state of the envoy who put it forward)
        List<Actor> sponsors = Discourse.lastProposal(earlier).filter(p -> !Sides.sameSide(voting, p.agents()))
                .map(p -> sides.forCountries(p.agents())).orElse(List.of());
        return new Participants(voters, List.of(), sponsors, null, null, head);
    }

    /**
     * Whether a stance that needs a target answers an act the article told of someone else: "Russia annexed Crimea.
     * Washington regretted the annexation" (the assembler aims it at the annexer).
     */
    private static boolean answersAnActTold(SentenceView v, Trigger t, Participants p, int end, ToldActs told) {
        if (p == null || t.noun() || t.needs() != Trigger.Need.TARGET || p.agents().isEmpty()
                || !FrameAssembler.answersToAnAct(t.type())) {
            return false;
        }
        int object = ToldActs.objectNoun(v, p.verb(), end);
        return object >= 0 && !told.authorOf(v, object, SentenceView.actors(p.agents())).isEmpty();
    }

    /** Whether the noun at {@code k} is a compound part of a noun after it that is no event noun nor initiative itself. */
    private boolean modifiesAnotherNoun(SentenceView v, int k) {
        Parse parse = v.sentence.parse();
        if (parse == null || !parse.relation(k).equals("compound")) {
            return false;
        }
        int head = parse.head(k);
        // (a "draft resolution" is a draft: the head is a text of initiative-nouns, the noun tells its kind)
        return head > k && v.token(head).isNoun() && v.mentionAt(head) == null && matcher.rowsAt(v.token(head)).isEmpty()
                && !v.words.has(WordLists.Name.INITIATIVE_NOUNS, v.token(head).lemma());
    }

    /** A participle joined to a name by a hyphen: "Iran-backed", "the US-drafted resolution". */
    private static boolean inNamedCompound(SentenceView v, int k) {
        return k >= 2 && v.token(k - 1).text().equals("-") && v.token(k - 1).span().end() == v.token(k).span().begin()
                && v.token(k - 2).span().end() == v.token(k - 1).span().begin() && v.mentionAt(k - 2) != null;
    }

    /** A subject that counts two or more parties: "the two leaders", "both sides", "all three ministers". */
    private static boolean countedSubject(SentenceView v, int verb) {
        int word = verb < 0 ? -1 : new SyntacticRoles(v).subjectWord(verb);
        return word >= 0 && v.mentionAt(word) == null && FrameAssembler.partiesCountedAt(v, word) >= 2;
    }

    /** Whether the sentence holds what the row needs (the "needs" column of triggers.tsv). */
    private static boolean needsMet(SentenceView v, Trigger t, Participants p, int end) {
        if (p == null) {
            return false;
        }
        return switch (t.needs()) {
            case NONE -> true;
            case TALLY -> !p.agents().isEmpty();
            // "Sweden and Turkiye decided to keep working together", "the two leaders decided": a decision taken
            // together, not "Russia decided to expel"
            case JOINT_SUBJECT -> SentenceView.keys(SentenceView.actors(p.agents())).size() >= 2 || countedSubject(v, p.verb());
            // the CONTACT frame found no participants without the object; "called it senseless", "called Netanyahu a
            // terrorist" name no call but say what the object is
            case ACTOR_OBJECT -> !saysWhatTheObjectIs(v, end) && !namesIt(v, p.verb());
            case TARGET -> !p.targets().isEmpty() || !p.implicitTargets().isEmpty() || reciprocal(v, p.verb(), end);
            case PERSON_OBJECT -> p.targets().stream().anyMatch(m -> m.actor().kind() == ActorKind.PERSON);
            // "is leaving the International Criminal Court", not "left Beijing" or "left the talks"; nor the past a
            // "since" clause dates the present from ("the first summit since the United Kingdom left the Union")
            case BODY_OBJECT -> end < v.size() && p.targets().stream().anyMatch(m -> m.actor().kind() == ActorKind.ORGANIZATION
                    && (m.tokens().begin() == end || m.tokens().begin() == end + 1 && v.token(end).is("the")))
                    && (v.sentence.parse() == null || v.sentence.parse().dependents(p.verb(), "mark").stream().noneMatch(k -> v.token(k).is("since")));
            case CENSURE -> predicateFrom(v, end, v.clauseEndThroughQuotes(Math.max(0, end - 1)), WordLists.Name.CENSURE_WORDS);
            case PRAISE -> predicateFrom(v, end, v.clauseEndThroughQuotes(Math.max(0, end - 1)), WordLists.Name.PRAISE_WORDS);
            case JUDGEMENT -> !namesWhatWasToldBefore(v, p.verb()) && (saysWhatTheObjectIs(v, end) || describedAs(v, p.verb(), end));
            // "presented a peace plan", not "presented Brazil as a neutral broker"
            case THING_OBJECT -> end >= v.size() || v.mentionStartingAt(end) == null;
            case DRAFT_OBJECT -> draftActedOn(v, p.verb(), end);
            case PACT_OBJECT -> !decreeActedOn(v, end);
            case AID_OBJECT -> aidGiven(v, p.verb(), end);
            // "declared the Mexican ambassador, Raquel Serur, persona non grata": past an apposition's commas
            case EXPULSION -> predicateFrom(v, end, v.size(), WordLists.Name.EXPULSION_WORDS);
            case TO_VERB -> {
                boolean infinitive = false;
                for (int k = end; k < v.size() - 1; k++) {
                    // "pledged to respect/NOUN each other's sovereignty": a word the tagger took for a noun, with
                    // an object of its own, is the verb
                    boolean objectFollows = k + 2 < v.size() && v.token(k + 1).isNoun() && !v.token(k + 1).isProperNoun()
                            && ("DET".equals(v.token(k + 2).pos()) || "PRON".equals(v.token(k + 2).pos()));
                    infinitive |= v.token(k).is("to") && (v.token(k + 1).isVerb() || objectFollows);
                }
                yield infinitive;
            }
        };
    }

    /**
     * Whether the parse gives the verb an object predicate, a name it gives something: "the group that Ankara calls
     * FETO" calls no one up.
     */
    private static boolean namesIt(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        if (parse == null || verb < 0) {
            return false;
        }
        // (the parse may take the name for the object: in a relative clause with a subject of its own, the relative
        // pronoun is the object, and the name after the verb is what it is called)
        int described = parse.head(verb);
        java.util.function.IntPredicate relativeWord = k -> v.token(k).is("that") || v.token(k).is("which") || v.token(k).is("whom");
        boolean relativeObject = parse.relation(verb).equals("relcl") && described >= 0
                && !v.isListed(WordLists.Name.TIME_WORDS, described) && !v.isListed(WordLists.Name.CALENDAR_WORDS, described)
                && !v.token(described).is("day") && !v.token(described).is("time") && !v.token(described).is("moment")
                // "the group that Ankara calls FETO", not "Tbilisi, where Saakashvili received him" nor "the envoy
                // whom Erdogan received"
                && parse.dependents(verb).stream().anyMatch(k -> k < verb && relativeWord.test(k))
                && parse.dependents(verb).stream().noneMatch(k -> v.token(k).is("where") || v.token(k).is("when"))
                && parse.dependents(verb, "dobj").stream().anyMatch(k -> k > verb && !relativeWord.test(k))
                && parse.dependents(verb, "nsubj").stream().anyMatch(k -> !relativeWord.test(k) && !v.token(k).is("who"));
        // (an object predicate counts beside an object: "called it FETO"; alone, "called Putin" may be parsed so)
        return relativeObject || !parse.dependents(verb, "oprd").isEmpty() && !parse.dependents(verb, "dobj").isEmpty();
    }

    /**
     * Whether an adjective or an indefinite noun phrase follows the verb's object ("called it senseless", "called
     * Netanyahu a terrorist"): what the object is said to be, not a word of time ("called Putin last week").
     */
    private static boolean saysWhatTheObjectIs(SentenceView v, int end) {
        Parse parse = v.sentence.parse();
        if (parse != null && end > 0 && parse.dependents(end - 1, "oprd").stream().anyMatch(d -> v.mentionAt(d) == null)) {
            // "calling the Chinese rig illegal": the parse's object predicate, however long the object (a name is
            // none: "Macron called Putin" is no naming)
            return true;
        }
        Mention object = end < v.size() ? v.mentionStartingAt(end) : null;
        int after = object == null ? -1 : object.tokens().end();
        if (after < 0 || after >= v.size() || v.isTimeWord(after)) {
            return false;
        }
        Token next = v.token(after);
        boolean indefinite = (next.is("a") || next.is("an")) && after + 1 < v.size()
                && !v.isTimeWord(after + 1) && !v.token(after + 1).is("day");
        return "ADJ".equals(next.pos()) || indefinite;
    }

    /**
     * Whether the verb only qualifies a noun told before it, its object standing before it: "welcomed what he called
     * a momentous step", "a conversation Kyiv described as long" (a word on the way, no statement of its own).
     */
    private static boolean namesWhatWasToldBefore(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return false;
        }
        return parse.relation(verb).equals("relcl") || parse.dependents(verb, "dobj", "oprd").stream().anyMatch(d -> d < verb);
    }

    /**
     * "described the talks as frank", "described Brazil as a partner": an "as" phrase of the verb or of its object, in
     * the verb's clause, says what the object is taken to be.
     */
    private static boolean describedAs(SentenceView v, int verb, int end) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return false;
        }
        int clauseEnd = v.clauseEndThroughQuotes(Math.max(0, end - 1));
        for (int k = end; k < clauseEnd && k < v.size(); k++) {
            if (v.token(k).is("as")) {
                int head = parse.head(k);
                return head == verb || (head >= 0 && parse.head(head) == verb);
            }
        }
        return false;
    }

    /** "called the measures unacceptable", "described the deal as a welcome first step": a judgement after the verb. */
    private static boolean predicateFrom(SentenceView v, int end, int until, WordLists.Name judgement) {
        for (int k = end; k < until && k < v.size(); k++) {
            if (v.mentionAt(k) == null && v.isListed(judgement, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the object's noun phrase, up to a preposition or a verb, is a text one side issues alone (decree-words:
     * "signed an executive order", "signed a presidential memorandum reinstating ..."): no pact, whatever the text
     * goes on to do ("signed an agreement on law enforcement" stops at "on").
     */
    private static boolean decreeActedOn(SentenceView v, int end) {
        for (int k = end; k < v.size() && k < end + 5; k++) {
            Token w = v.token(k);
            if ("PUNCT".equals(w.pos()) || "ADP".equals(w.pos()) || w.isVerb() || v.mentionAt(k) != null) {
                return false;
            }
            if (v.isListed(WordLists.Name.DECREE_WORDS, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb gives aid: an aid noun (aid-nouns) in what it governs, however deep in its phrases ("provided
     * Sri Lanka with $4 billion in assistance", "sent two planeloads of relief to Fiji"), not in a clause of its own.
     */
    private static boolean aidGiven(SentenceView v, int verb, int end) {
        Parse parse = v.sentence.parse();
        int clauseEnd = v.clauseEndThroughQuotes(Math.max(0, end - 1));
        for (int k = end; k < clauseEnd; k++) {
            if (v.isListed(WordLists.Name.AID_NOUNS, k) && v.token(k).isNoun() && !v.token(k).isProperNoun() // "the Investment Forum"
                    && (parse == null ? k < end + 6 : inWhatItGoverns(v, parse, verb, k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the path from token k up to the verb passes no other verb (what the verb itself governs). */
    private static boolean inWhatItGoverns(SentenceView v, Parse parse, int verb, int k) {
        int h = parse.head(k);
        for (int steps = 0; h >= 0 && steps < 12; steps++, h = parse.head(h)) {
            if (h == verb) {
                return true;
            }
            if (v.token(h).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the verb acts on a text put to a vote: "introduced the draft", "initiated a resolution", or in the
     * passive the noun it describes ("the draft, which had been initiated by the United States"); "introduced
     * sanctions" is no proposal.
     */
    private static boolean draftActedOn(SentenceView v, int verb, int end) {
        boolean passive = end < v.size() && v.token(end).is("by");
        if (!passive) {
            for (int k = end; k < v.size() && k < end + 4 && !"PUNCT".equals(v.token(k).pos()) && !v.token(k).isVerb(); k++) {
                if (v.isListed(WordLists.Name.DRAFT_NOUNS, k)) {
                    return true;
                }
            }
            return false;
        }
        for (int k = verb - 1; k >= 0 && k >= verb - 7; k--) {
            if (v.isListed(WordLists.Name.DRAFT_NOUNS, k)) {
                return true;
            }
        }
        return false;
    }
}
