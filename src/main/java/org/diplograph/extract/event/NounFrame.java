package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Parse;

/**
 * The NOUN frame of triggers.tsv: an event noun and who holds it, through the verb that carries it ("held talks
 * with X", "began a three-day state visit"), the parties "between" ("the phone conversation between A and B"),
 * the verb a phrase of time or manner serves ("told X during a telephone conversation"), or its owner ("her
 * visit to Beijing", "Russia's condemnation of the strike", "a visit by Blinken to Beijing").
 */
final class NounFrame {
    private final Knowledge knowledge;
    private final TriggerMatcher matcher;
    private final Discourse discourse;

    NounFrame(Knowledge knowledge, TriggerMatcher matcher, Discourse discourse) {
        this.knowledge = knowledge;
        this.matcher = matcher;
        this.discourse = discourse;
    }

    // "held talks with X", "the phone conversation between A and B", "told X during a telephone conversation"
    Participants read(SentenceView v, Trigger t, int head, int end, List<EventFrame> earlier) {
        Participants asked = atTheRequestOf(v, t, end - 1);
        if (asked != null) {
            return asked;
        }
        Participants p = readOwn(v, t, head, end, earlier);
        if (p == null && t.type() == EventType.AGREE && noneReached(v, head)) {
            // "the talks ended without an agreement": no one named, the parties come from the talks (FrameAssembler)
            return new Participants(List.of(), List.of(), null, null, head);
        }
        int happening = p == null && (t.type() == EventType.TALKS || t.type() == EventType.MEETING) ? nextRoundVerb(v, head, end) : -1;
        if (happening >= 0) {
            // "the next round of talks is expected to open in Geneva": no one named, the parties of the talks told
            // before (FrameAssembler); what the verb says of it makes it one to come
            return new Participants(List.of(), List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(happening)), happening);
        }
        return p;
    }

    /**
     * "At Qatar's request, Pakistan sought a session", "Iran closed its airspace at the request of the Iraqi
     * government": who asked (the owner, or "of" here) asked whoever then acts, the subject of the clause the phrase
     * belongs to.
     */
    private static Participants atTheRequestOf(SentenceView v, Trigger t, int noun) {
        SyntacticRoles roles = new SyntacticRoles(v);
        // (only a request: "called at the French side's initiative" tells who began the call, no proposal)
        if (t.type() != EventType.APPEAL || !roles.available()) {
            return null;
        }
        Parse parse = v.sentence.parse();
        int at = parse.head(noun);
        if (at < 0 || !parse.relation(noun).equals("pobj") || !(v.token(at).is("at") || v.token(at).is("upon"))) {
            return null;
        }
        List<Mention> askers = roles.possessor(noun);
        List<Mention> owners = askers.isEmpty() ? roles.prepositional(noun, Set.of("of")) : askers;
        int verb = parse.head(at);
        while (verb >= 0 && !v.isVerbInTagOrParse(verb)) {
            verb = parse.head(verb); // "a session at Ukraine's request will open": the verb the noun hangs on
        }
        if (owners.isEmpty() || verb < 0) {
            return null;
        }
        List<Mention> asked = roles.subject(verb).stream()
                .filter(m -> owners.stream().noneMatch(o -> o.actor().key().equals(m.actor().key()))).toList();
        // (the request was made before whatever it led to: its own words, not the verb's, tell if it is to come)
        return asked.isEmpty() ? null : new Participants(owners, asked, null, null, noun);
    }

    private Participants readOwn(SentenceView v, Trigger t, int head, int end, List<EventFrame> earlier) {
        int clauseEnd = v.clauseEnd(head);
        List<Mention> between = Phrases.after(v, end, clauseEnd, "between");
        int k = head - 1;
        while (k >= 0 && v.mentionAt(k) == null && ("DET".equals(v.token(k).pos()) || "ADJ".equals(v.token(k).pos())
                || "NUM".equals(v.token(k).pos()) || "NOUN".equals(v.token(k).pos()) || "ADV".equals(v.token(k).pos())
                || "VERB".equals(v.token(k).pos()) && v.token(k).text().endsWith("ed") && k > 0 && v.mentionAt(k - 1) == null
                    && !matcher.isLightVerb(v.token(k))
                    && ("ADV".equals(v.token(k - 1).pos()) || "NOUN".equals(v.token(k - 1).pos()) || "DET".equals(v.token(k - 1).pos()))
                || v.token(k).is("of") && k > 0 && "NOUN".equals(v.token(k - 1).pos()) && measureNoun(v, k - 1)
                || v.token(k).is("than") || v.token(k).is("about") || v.token(k).is("nearly")
                || v.token(k).text().equals("-") && k > 0 && v.token(k - 1).span().end() == v.token(k).span().begin() // "closed-door"
                || v.token(k).is("its")
                || v.token(k).is("their") || v.token(k).is("his") || v.token(k).is("her")
                || modifiesTheNoun(v, k, end) || dayOwns(v, k))) {
            k--;
        }
        // the other party: "talks with X", "a visit to X", "sanctions on X", "sanctions on 11 Myanmar officers"
        List<Mention> with = new ArrayList<>();
        for (String role : t.targets()) {
            if (!with.isEmpty()) {
                break;
            }
            if (role.equals("origin-on")) {
                with.addAll(Phrases.origins(v, end, clauseEnd));
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
        if (light >= 0 && t.type() == EventType.PROPOSE && v.words.has(WordLists.Name.VOTING_VERBS, v.token(light).lemma())) {
            return null; // "the Council failed to adopt a draft": who votes on a text did not write it
        }
        if (light >= 0 && !TriggerMatcher.isGerundAfterPreposition(v, light)) {
            // "cancelled a planned visit by Lavrov to Britain": the noun's own "by" phrase acts, not who undid it
            SyntacticRoles roles = new SyntacticRoles(v);
            List<Mention> by = roles.available() ? roles.prepositional(end - 1, Set.of("by")) : List.of();
            List<Mention> agents = by.isEmpty() ? AgentReader.agentsOf(v, light) : by;
            // "the two countries will begin talks": the parties told before, found when the frame is made
            if (!agents.isEmpty() || !discourse.partiesNamedBy(v, new SyntacticRoles(v).subjectWord(light), earlier).isEmpty()) {
                List<Actor> both = with.isEmpty() && t.type().isCommunication() ? discourse.bothPartiesAfter(v, end, clauseEnd, agents, earlier) : List.of();
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
        boolean occasion = occasionPreposition(v, t, k);
        if (parse != null && t.type() != EventType.AGREE && (t.type() == EventType.STATEMENT || !t.type().isCommunication()) && !occasion) {
            // "a statement released by the ministry", "sanctions imposed by the EU on Iran": a light verb's
            // participle after the noun, with its "by" phrase ("an accord signed by A and B" may name an old one;
            // "talks hosted by Qatar" are not Qatar's; "congratulated them in a statement released by X" is told
            // by the verb)
            for (int participle : parse.dependents(end - 1, "acl")) {
                if (participle > head && parse.arcs().get(participle).tag().equals("VBN") && matcher.isLightVerb(v.token(participle))) {
                    List<Mention> by = new SyntacticRoles(v).passiveAgent(participle);
                    if (!by.isEmpty()) {
                        return new Participants(by, with, null, venue, participle);
                    }
                }
            }
        }
        if (between.size() >= 2 && t.type() == EventType.AGREE && judgedBy(v, end - 1, java.util.EnumSet.of(EventType.SUPPORT))) {
            // "welcomes the agreement on a cessation of hostilities between Israel and Lebanon": one welcomes a new
            // accord, each party's with the other
            return new Participants(between, List.of(), null, venue, head);
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
            // "Modi told Putin ..., at their first meeting since ...": the one who spoke and the one spoken to
            List<Mention> addressed = subjects.size() == 1 ? addressedBy(v, subjects.get(0)) : List.of();
            if (!addressed.isEmpty()) {
                return new Participants(subjects, addressed, null, venue, head);
            }
        }
        if (between.isEmpty() && t.type().isCommunication() && end + 1 < v.size() && v.token(end).is("between")) {
            // "the first meeting between the two leaders since ...": the parties told before
            int word = end + 1;
            while (word < Math.min(v.size(), end + 4) && !v.words.has(WordLists.Name.PARTY_NOUNS, v.token(word).lemma())) {
                word++;
            }
            List<Actor> parties = word < v.size() ? discourse.partiesNamedBy(v, word, earlier) : List.of();
            if (parties.size() >= 2) {
                return new Participants(List.of(), List.of(), parties, null, venue, head);
            }
        }
        boolean plainPhrase = true;
        for (int q = k + 1; q < head && q >= 0; q++) {
            // "during a phone call", "after nearly two weeks of negotiations": a measure of time may stand between
            boolean measure = "NOUN".equals(v.token(q).pos()) && q + 1 < head && v.token(q + 1).is("of") && measureNoun(v, q)
                    || v.token(q).is("of") && q > k + 1 && "NOUN".equals(v.token(q - 1).pos()) && measureNoun(v, q - 1);
            // "during a state visit": a noun before the head ("during his visit" has an owner of its own)
            boolean modifier = "NOUN".equals(v.token(q).pos()) && q + 1 == head && v.mentionAt(q) == null
                    && v.sentence.parse() != null && v.sentence.parse().relation(q).equals("compound");
            plainPhrase &= "DET".equals(v.token(q).pos()) || "ADJ".equals(v.token(q).pos()) || "NUM".equals(v.token(q).pos())
                    || "ADV".equals(v.token(q).pos()) || measure || modifier || modifiesTheNoun(v, q, end) || dayOwns(v, q)
                    // "on a two-day trip": a journey is the traveller's ("the two-day meeting" may be a body's, its
                    // parties more than the one who spoke there)
                    || t.type() == EventType.VISIT && v.token(q).text().equals("-") && v.token(q - 1).span().end() == v.token(q).span().begin();
        }
        // "flew to Washington for talks with Biden": what a journey is for happens at its end ("called for talks" does not)
        boolean forAJourney = k > 0 && v.token(k).is("for") && t.type().isCommunication() && journeyBefore(v, k);
        String preposition = k >= 0 ? v.token(k).text().toLowerCase(Locale.ROOT) : "";
        boolean cause = !t.type().isCommunication() && v.words.has(WordLists.Name.CAUSE_PREPOSITIONS, preposition);
        if (k >= 0 && plainPhrase && !cause && (forAJourney || occasionPreposition(v, t, k))) {
            // the call is how the verb before it happened: "told X during a telephone conversation"
            int host = -1;
            // "after" and "before" open a clause of their own: the verb is in the clause before them
            for (int h = k - 1; h >= v.clauseStart(Math.max(0, k - 1)) && host < 0; h--) {
                // (a name is no verb, whatever the tagger says: "flew to Moscow/VERB for talks"; "is due in Warsaw
                // for talks" comes for them as a verb of travel would)
                host = ("VERB".equals(v.token(h).pos()) || forAJourney && ActFrame.arrival(v, h)) && v.mentionAt(h) == null ? h : -1;
            }
            // (so is a meeting: "A and B agreed to ..., at a meeting in Brussels hosted by Michel")
            // (and any contact a span of time dates the main clause from: "denounced the deal, days after a tense
            // telephone call with Turnbull")
            boolean span = k > 2 && v.token(k - 1).isNoun() && v.words.numbered(WordLists.Name.OFFSET_UNITS).containsKey(v.token(k - 1).lemma())
                    && (v.token(k - 2).text().equals(",") || k > 3 && v.token(k - 3).text().equals(","));
            boolean trailing = host < 0 && ((t.type() == EventType.VISIT || t.type() == EventType.MEETING) && k > 1
                    && v.token(k - 1).text().equals(",") || t.type().isCommunication() && span);
            for (int h = 0; trailing && h < k - 1 && host < 0; h++) {
                // "Macron urged Xi to act, during a state visit to China": the visit is the main clause subject's
                host = "VERB".equals(v.token(h).pos()) && v.mentionAt(h) == null && !v.subjectOf(h).isEmpty() ? h : -1;
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
                    // (or parties told before: "At Thursday's talks, the two presidents agreed")
                    host = finite && (!v.subjectOf(h).isEmpty() || !discourse.partiesNamedBy(v, new SyntacticRoles(v).subjectWord(h), earlier).isEmpty())
                            ? h : -1;
                }
            }
            Parse syntax = v.sentence.parse();
            if (host < 0 && t.type() == EventType.VISIT && !demonstrative && syntax != null && syntax.head(k) > k && v.token(syntax.head(k)).isVerb() && v.mentionAt(syntax.head(k)) == null
                    && !v.subjectOf(syntax.head(k)).isEmpty()) {
                host = syntax.head(k); // "Macron, on a private trip to Spain, addressed a rally": the verb the phrase hangs on
            }
            if (host >= 0 && t.type() == EventType.PROPOSE) {
                return null; // "By the draft, the Council would have called on ...": the text's content, not its author
            }
            if (host >= 0 && t.type() == EventType.STATEMENT && tellsOtherEvent(v, host)) {
                return null; // "In a statement, the ministry condemned the strike": the statement is the condemnation
            }
            if (host >= 0) {
                // "agreed to resume talks during a visit to Islamabad by Sushma Swaraj": the noun's own "by" phrase acts
                SyntacticRoles roles = new SyntacticRoles(v);
                List<Mention> by = roles.available() ? roles.prepositional(end - 1, java.util.Set.of("by")) : List.of();
                List<Mention> agents = by.isEmpty() ? AgentReader.agentsOf(v, host) : by;
                Mention object = v.mentionStartingAt(host + 1);
                List<Mention> targets = !with.isEmpty() ? with
                        : object != null && object.canParticipate() ? v.groupRightFrom(object) : List.of();
                if (t.type() == EventType.VISIT) {
                    // a visit is to the place its own words name, not to the one the verb acts on
                    targets = Phrases.after(v, end, v.size(), "to");
                    if (targets.isEmpty() && host < k) {
                        // "held talks with Xi in Beijing during an unannounced visit": to where the verb took place,
                        // when that is abroad for the visitor
                        List<Actor> visitors = SentenceView.actors(agents);
                        targets = Phrases.after(v, host + 1, k, "in").stream()
                                .filter(m -> m.actor().kind() == ActorKind.STATE && !Sides.sameSide(visitors, List.of(m.actor()))).toList();
                    }
                }
                if (targets.isEmpty() && (forAJourney || t.type().isCommunication())) {
                    // "will travel to Beijing for talks on trade": talks there, with the place's side; "made an
                    // appeal to Putin in a telephone call": the call was with the one addressed; "raised the dispute
                    // with Rajoy in a phone call": with the one the verb acted with
                    targets = Phrases.after(v, host + 1, k, ActFrame.arrival(v, host) ? "in" : "to");
                    if (targets.isEmpty() && t.type() == EventType.PHONE_CALL) {
                        targets = Phrases.after(v, host + 1, k, "with");
                    }
                }
                return new Participants(agents, targets, null, venue, host);
            }
        }
        return owned(v, t, head, end, venue);
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
        if (t.type() == EventType.PROPOSE && !judged(v, noun)) {
            return null; // "called at the French side's initiative": who began the call; "rejected Seoul's offer" tells one
        }
        List<Mention> possessors = roles.possessor(noun);
        // "a proposal from Seoul", "a request from Kyiv": what is put to someone comes from its author
        Set<String> authorship = t.type() == EventType.PROPOSE || t.type() == EventType.APPEAL ? Set.of("by", "from") : Set.of("by");
        List<Mention> byOrOwn = possessors.isEmpty() ? roles.prepositional(noun, authorship) : possessors;
        if (byOrOwn.isEmpty()) {
            // "held talks with Grossi during his visit to Tehran": the person the sentence named first
            for (int p : v.sentence.parse().dependents(noun, "poss")) {
                if (v.token(p).is("his") || v.token(p).is("her")) {
                    int before = p;
                    byOrOwn = v.mentions.stream().filter(m -> m.tokens().end() <= before && m.actor().kind() == ActorKind.PERSON
                                    && m.canParticipate()).min(java.util.Comparator.comparingInt(m -> m.tokens().begin()))
                            .map(List::of).orElse(List.of());
                    Parse parse = v.sentence.parse();
                    int preposition = parse.head(noun);
                    int verb = preposition >= 0 ? parse.head(preposition) : -1;
                    if (verb >= 0 && verb < noun && parse.arcs().get(verb).tag().equals("VBG") && parse.relation(verb).equals("advcl")
                            && parse.head(verb) > noun) {
                        verb = parse.head(verb); // "Speaking to reporters during his visit to Greece, Blinken said": the participle's subject is its clause's
                    }
                    if (byOrOwn.isEmpty() && preposition >= 0 && parse.relation(noun).equals("pobj") && verb > noun && v.token(verb).isVerb()) {
                        // "During his visit to Israel, the Prime Minister met ...": the one the clause goes on to name
                        byOrOwn = roles.subject(verb).stream().filter(m -> m.actor().kind() == ActorKind.PERSON).toList();
                    }
                }
            }
        }
        boolean bodyMeets = false;
        if (byOrOwn.isEmpty() && t.type() == EventType.MEETING) {
            // "a meeting of the UN Security Council": the body meets, with no counterpart to name
            byOrOwn = roles.prepositional(noun, Set.of("of")).stream().filter(m -> m.actor().kind() == ActorKind.ORGANIZATION).toList();
            bodyMeets = byOrOwn.size() == 1;
        }
        if (byOrOwn.isEmpty() && judged(v, noun)) {
            // "denied Ukrainian accusations", "rejected Chinese criticism": a nationality owns what is judged
            byOrOwn = Phrases.nationalityOf(v, head);
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
        if (targets.isEmpty() && (t.type() == EventType.PROPOSE || t.type() == EventType.APPEAL) && judgedBy(v, noun, TURNING_DOWN)) {
            // "Egypt and Jordan rejected Trump's suggestion", "turned down a German request": who turns a proposal
            // or a request down is whom it was made to
            targets.addAll(roles.subject(v.sentence.parse().head(noun)));
        }
        targets.removeIf(m -> owners.stream().anyMatch(o -> o.actor().key().equals(m.actor().key())));
        if (targets.isEmpty() && t.type().isCommunication() && !bodyMeets) {
            return null;
        }
        return new Participants(owners, targets, null, venue, head);
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
        return ModalityReader.undoneBy(knowledge.cues(), v, verb).isPresent() ? verb : -1;
    }

    /**
     * Whether the event noun is what a verb of judgement or response takes as done: "condemned Lai's visit to the
     * United States", "rejected Russia's proposal", "welcomed Iran's decision" presuppose the visit, the proposal.
     */
    private boolean judged(SentenceView v, int noun) {
        return judgedBy(v, noun, JUDGEMENTS);
    }

    /** Whether the event noun is the object of a verb of one of the classes given ("welcomed the agreement": support). */
    private boolean judgedBy(SentenceView v, int noun, Set<EventType> classes) {
        Parse parse = v.sentence.parse();
        if (parse == null || !parse.relation(noun).equals("dobj")) {
            return false;
        }
        int verb = parse.head(noun);
        return verb >= 0 && matcher.matchesAny(v, verb, t -> !t.noun() && classes.contains(t.type()));
    }

    /** Classes of events done against someone, whom a denial or rejection of them names as its subject. */
    private static final Set<EventType> AGAINST_SOMEONE = java.util.EnumSet.of(EventType.CONDEMN, EventType.THREATEN, EventType.SANCTION);

    /** Classes of answers by which the one a proposal was made to turns it down. */
    private static final Set<EventType> TURNING_DOWN = java.util.EnumSet.of(EventType.REJECT, EventType.OPPOSE);

    private static final Set<EventType> JUDGEMENTS = java.util.EnumSet.of(EventType.CONDEMN, EventType.SUPPORT,
            EventType.OPPOSE, EventType.REJECT, EventType.BLOCK);

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
            if (ActFrame.arrival(v, h)) {
                return true; // "is due in Warsaw on Tuesday for talks with Tusk": an arrival announced is a journey
            }
            if ("VERB".equals(v.token(h).pos()) && v.mentionAt(h) == null) {
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
     * Whether the word at k makes the event noun after it the occasion of a verb: a word of the event-noun-prepositions
     * list ("told Blinken during a phone call"), or for a journey one of the journey-prepositions list before a
     * determiner ("addressed a rally on a private trip to Spain"; "insisted on talks" is what is insisted on).
     */
    private static boolean occasionPreposition(SentenceView v, Trigger t, int k) {
        if (k < 0 || k + 1 >= v.size()) {
            return false;
        }
        String preposition = v.token(k).text().toLowerCase(Locale.ROOT);
        return v.words.has(WordLists.Name.EVENT_NOUN_PREPOSITIONS, preposition)
                || t.type() == EventType.VISIT && v.words.has(WordLists.Name.JOURNEY_PREPOSITIONS, preposition)
                        && ("DET".equals(v.token(k + 1).pos()) || v.words.has(WordLists.Name.POSSESSIVES, v.token(k + 1).text().toLowerCase(Locale.ROOT)));
    }

    /** Whom the verb of telling whose subject {@code speaker} is addresses: "told Putin", "assured Tokyo". */
    private static List<Mention> addressedBy(SentenceView v, Mention speaker) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return List.of();
        }
        int verb = parse.head(speaker.tokens().end() - 1);
        // (a verb of telling: "excluded Goita from their summit" is no meeting with Goita)
        if (verb < 0 || !v.token(verb).isVerb() || !"nsubj".equals(parse.relation(speaker.tokens().end() - 1))
                || !v.words.has(WordLists.Name.REPORTING_VERBS, v.token(verb).lemma())) {
            return List.of();
        }
        return new SyntacticRoles(v).object(verb).stream()
                .filter(m -> m.canParticipate() && !m.actor().key().equals(speaker.actor().key())).toList();
    }

    /** "At Thursday's talks", "after last week's meeting": a day owns the event only as its time. */
    private static boolean dayOwns(SentenceView v, int q) {
        int day = v.token(q).isPossessiveMark() ? q - 1 : q;
        if (day < 0 || day + 1 >= v.size() || !v.token(day + 1).isPossessiveMark() || v.mentionAt(day) != null) {
            return false;
        }
        String word = v.token(day).text().toLowerCase(Locale.ROOT);
        return v.words.has(WordLists.Name.CALENDAR_WORDS, word) || v.words.has(WordLists.Name.TIME_WORDS, word);
    }

    /**
     * "during a working visit", "a closed meeting": a word the tagger took for a verb or a noun that the parse makes
     * a modifier of the event noun ending at {@code end}.
     */
    private static boolean modifiesTheNoun(SentenceView v, int k, int end) {
        Parse parse = v.sentence.parse();
        if (parse == null || k < 0 || v.mentionAt(k) != null || !"VERB".equals(v.token(k).pos()) && !"NOUN".equals(v.token(k).pos())) {
            return false;
        }
        String relation = parse.relation(k);
        return parse.head(k) > k && parse.head(k) < end && (relation.equals("nmod") || relation.equals("amod") || relation.equals("compound"));
    }

    /** "two weeks of negotiations", "rounds of talks": a measure of the event, not another noun ("in the way of"). */
    private static boolean measureNoun(SentenceView v, int k) {
        return v.words.has(WordLists.Name.MEASURE_OF_NOUNS, v.token(k).lemma().toLowerCase(Locale.ROOT));
    }

    /** The first word of the sentence that is not punctuation. */
    private static int firstWordOf(SentenceView v) {
        int k = 0;
        while (k < v.size() - 1 && "PUNCT".equals(v.token(k).pos())) {
            k++;
        }
        return k;
    }

    /**
     * The verb that says talks or a meeting named with a word of continuation take place again ("the next round of
     * talks is expected to open", "follow-on negotiations will take place", "further talks will be held"): the
     * noun's phrase is its subject and the verb is of the occurrence-verbs list; -1 otherwise.
     */
    static int nextRoundVerb(SentenceView v, int head, int end) {
        Parse parse = v.sentence.parse();
        if (parse == null) {
            return -1;
        }
        int noun = end - 1;
        boolean again = false;
        for (int k = Math.max(0, head - 4); k < head; k++) {
            again |= v.isListed(WordLists.Name.CONTINUATION_WORDS, k);
        }
        if (parse.relation(noun).equals("pobj") && parse.head(noun) >= 0 && v.token(parse.head(noun)).is("of")
                && parse.head(parse.head(noun)) >= 0) {
            noun = parse.head(parse.head(noun)); // "the next round of talks": the round is the subject
            for (int k = Math.max(0, noun - 3); k <= noun; k++) {
                again |= v.isListed(WordLists.Name.CONTINUATION_WORDS, k);
            }
        }
        String relation = parse.relation(noun);
        int verb = parse.head(noun);
        if (!again || verb < 0 || !(relation.equals("nsubj") || relation.equals("nsubjpass"))) {
            return -1;
        }
        int occurring = verb;
        for (int x : parse.dependents(verb, "xcomp")) {
            occurring = x; // "is expected to open", "are due to resume"
        }
        return v.isListed(WordLists.Name.OCCURRENCE_VERBS, occurring) || v.isListed(WordLists.Name.OCCURRENCE_VERBS, verb) ? verb : -1;
    }

    /** "without any agreement", "no deal", "without a final accord": the noun at {@code head} says none was made. */
    static boolean noneReached(SentenceView v, int head) {
        for (int k = head - 1; k >= 0 && k >= head - 4; k--) {
            if (v.token(k).is("no") || v.token(k).is("without")) {
                return true;
            }
            if (!"DET".equals(v.token(k).pos()) && !"ADJ".equals(v.token(k).pos())) {
                return false;
            }
        }
        return false;
    }
}
