package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.EventType;
import org.diplograph.model.Mention;
import org.diplograph.model.Modality;

/**
 * Reads what the events told earlier in the article say of the words that point back to them: "the two sides",
 * "both leaders", "the ministers" are the parties of the last communication; "his counterpart" is the other party
 * of the last talks the agent held; "the measures" are the last sanction or block; "the proposal" is the last one
 * made.
 */
final class Discourse {
    private final Sides sides;

    Discourse(Sides sides) {
        this.sides = sides;
    }

    /**
     * The parties of the last communication when the subject word is a plural role or party noun made definite
     * ("the ministers", "both sides", "the two delegations", "the three leaders"); their states when it names
     * states ("the two governments"). Empty otherwise.
     */
    List<Actor> partiesNamedBy(SentenceView v, int word, List<EventFrame> earlier) {
        if (word >= 0 && v.mentionAt(word) == null && v.token(word).is("we")) {
            // "We agreed a new partnership", "We condemn ...": outside a quotation, "we" of a joint statement are
            // those whose meeting it reports
            return lastCommunicationParties(earlier.stream().filter(e -> e.modality() == Modality.ASSERTED).toList());
        }
        if (word >= 0 && v.mentionAt(word) == null && v.token(word).is("they")) {
            // "Michel and von der Leyen met Xi. They urged China to ...": those who acted together just before
            for (int i = earlier.size() - 1; i >= 0; i--) {
                EventFrame e = earlier.get(i);
                if (e.sentences().get(0) < v.sentence.index() - 1) {
                    break;
                }
                if (e.agents().size() >= 2) {
                    return asTheGathering(v, e.agents());
                }
                if (e.agents().size() == 1 && v.gatheredBefore != null && e.agents().get(0).key().equals(v.gatheredBefore.key())) {
                    return e.agents(); // "The leaders condemned ... They called on ...": the body they met as
                }
                if (mirrored(e, earlier)) {
                    // "A and B signed a declaration, but they have yet to agree on a ceasefire": an accord of two is
                    // kept as each one's with the other; together they are the two
                    List<Actor> both = new ArrayList<>(e.agents());
                    both.addAll(e.targets());
                    return both;
                }
                if (e.type().isCommunication() && !e.targets().isEmpty()) {
                    // "Xi met Marcos in Beijing. They agreed to resume talks": the two who met
                    List<Actor> met = new ArrayList<>(e.agents());
                    met.addAll(e.targets());
                    return met;
                }
            }
            return List.of();
        }
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
        if (word < 1 || v.mentionAt(word) != null || !v.words.has(WordLists.Name.PARTY_NOUNS, v.token(word).lemma())) {
            return List.of();
        }
        int d = word - 1;
        while (d > 0 && ("ADJ".equals(v.token(d).pos()) || "NUM".equals(v.token(d).pos()))) {
            d--;
        }
        // "neither country", "each side": the parties in turn, though the noun is singular
        boolean distributive = v.words.has(WordLists.Name.DISTRIBUTIVE_WORDS, v.token(d).lemma().toLowerCase(java.util.Locale.ROOT));
        if (!distributive && !v.token(word).isInflected()) {
            return List.of(); // a singular noun ("the minister") is one person, not the parties
        }
        if (!(distributive || v.token(d).is("the") || v.token(d).is("both") || v.token(d).is("all"))) {
            return List.of();
        }
        boolean two = v.token(d).is("both");
        for (int k = d; k < word; k++) {
            two |= v.token(k).is("two");
        }
        List<Actor> parties = two ? pairJoinedBefore(v, word, earlier) : List.of();
        if (parties.isEmpty() && v.words.has(WordLists.Name.PARTY_PEOPLE_NOUNS, v.token(word).lemma())) {
            // "the two heads of state", "the leaders": people, those of the last communication between people (not
            // a visitor and the state he arrived in; "the ministers" may be those of states named as theirs)
            parties = lastCommunicationParties(earlier, told -> told.stream().allMatch(a -> a.kind() == ActorKind.PERSON));
        }
        parties = parties.isEmpty() ? lastCommunicationParties(earlier) : parties;
        return v.words.has(WordLists.Name.PARTY_STATE_NOUNS, v.token(word).lemma()) ? sides.forCountries(parties) : asTheGathering(v, parties);
    }

    /**
     * "Morocco cut ties with Iran in 2009, and the two countries restored relations in 2014": the one party and the
     * one other that an act told earlier in the same sentence joined, whatever the act; empty when there is none.
     */
    static List<Actor> pairJoinedBefore(SentenceView v, int word, List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            if (e.firstSentence() != v.sentence.index()) {
                break;
            }
            if (e.triggerSpan() != null && e.triggerSpan().end() <= v.token(word).span().begin()
                    && e.agents().size() == 1 && e.targets().size() == 1 && e.modality() == Modality.ASSERTED
                    && !e.agents().get(0).key().equals(e.targets().get(0).key())) {
                if (i > 0 && mirrors(earlier.get(i - 1), e)) {
                    e = earlier.get(i - 1); // an accord told as A's with B and B's with A: the parties in the order told
                }
                return List.of(e.agents().get(0), e.targets().get(0));
            }
        }
        return List.of();
    }

    /**
     * Three or more people who met at the gathering of a body the article named ("the first summit of the Quad ...
     * the four leaders condemned"): what they say and do together is the body's, as the event coders read a
     * summit's communiqué. Two people are still two: "the two leaders" of a summit of two; so are people among whom
     * an official of a body stands ("Erdogan, Kristersson and NATO's Stoltenberg met on the eve of the NATO Summit":
     * a meeting with the body, not of it).
     */
    static List<Actor> asTheGathering(SentenceView v, List<Actor> parties) {
        boolean people = parties.size() >= 3
                && parties.stream().allMatch(a -> a.kind() == ActorKind.PERSON && (a.organization() == null || a.organization().isEmpty()));
        return people && v.gatheredBefore != null ? List.of(v.gatheredBefore) : parties;
    }

    /** Whether an event of one agent towards one target was told in the same sentence the other way round too. */
    private static boolean mirrored(EventFrame e, List<EventFrame> earlier) {
        if (e.agents().size() != 1 || e.targets().size() != 1) {
            return false;
        }
        return earlier.stream().anyMatch(o -> o != e && o.sentences().equals(e.sentences()) && mirrors(o, e));
    }

    /**
     * "congratulated his counterpart", "met her counterparts", "told his host": the other parties of the last communication the agents
     * took part in. Empty when the words at {@code from} are not a possessive and "counterpart".
     */
    static List<Actor> counterpartsOf(SentenceView v, int from, List<Mention> agents, List<EventFrame> earlier) {
        if (from + 1 >= v.size() || !(v.token(from).is("his") || v.token(from).is("her") || v.token(from).is("their"))
                || !v.words.has(WordLists.Name.COUNTERPART_NOUNS, v.token(from + 1).lemma()) || v.mentionAt(from + 1) != null || agents.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> own = SentenceView.keys(SentenceView.actors(agents));
        return lastCommunicationParties(earlier, parties -> parties.stream().anyMatch(a -> own.contains(a.key())))
                .stream().filter(a -> !own.contains(a.key())).toList();
    }

    static List<Actor> lastCommunicationParties(List<EventFrame> earlier) {
        return lastCommunicationParties(earlier, parties -> true);
    }

    /** The agents and targets of the last communication told, among those whose parties pass {@code which}. */
    static List<Actor> lastCommunicationParties(List<EventFrame> earlier, java.util.function.Predicate<List<Actor>> which) {
        return lastCommunication(earlier, which).map(PartiesTold::parties).orElse(List.of());
    }

    /** Parties of an event, the sentence that told it, and everyone the event joined ({@code parties} may be some of them). */
    record PartiesTold(List<Actor> parties, int sentence, List<Actor> joined) {
    }

    /** {@link #lastCommunicationParties}, with the sentence of the event they were taken from. */
    static java.util.Optional<PartiesTold> lastCommunication(List<EventFrame> earlier, java.util.function.Predicate<List<Actor>> which) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            // (the parties to an accord are parties too: "A and B agreed to a truce, but both sides ...")
            // (not a talk that might happen: "might go to Russia to talk to Putin. ... The two leaders" met already)
            boolean happened = e.modality() != Modality.HYPOTHETICAL && e.modality() != Modality.NEGATED;
            if ((e.type().isCommunication() || e.type() == EventType.AGREE) && !e.targets().isEmpty() && happened) {
                if (e.type() == EventType.AGREE && i > 0 && mirrors(earlier.get(i - 1), e)) {
                    e = earlier.get(i - 1); // an accord told as A's with B and B's with A: the parties in the order told
                }
                List<Actor> parties = new ArrayList<>(e.agents());
                parties.addAll(e.targets());
                if (which.test(parties)) {
                    return java.util.Optional.of(new PartiesTold(parties, e.firstSentence(), parties));
                }
                if (e.targets().size() >= 2 && which.test(e.targets())) {
                    // "Erdogan received Abiy and Mohamud ... the two leaders pledged": the two the host brought together
                    return java.util.Optional.of(new PartiesTold(e.targets(), e.firstSentence(), parties));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean mirrors(EventFrame a, EventFrame b) {
        return a.type() == b.type() && SentenceView.keys(a.agents()).equals(SentenceView.keys(b.targets()))
                && SentenceView.keys(a.targets()).equals(SentenceView.keys(b.agents()));
    }

    /**
     * "held separate meetings with both men", "met each of the leaders": the two parties named before, taken from
     * the last event with two or more participants other than {@code agents}.
     */
    List<Actor> bothPartiesAfter(SentenceView v, int from, int to, List<Mention> agents, List<EventFrame> earlier) {
        for (int k = from; k + 1 < to && k + 1 < v.size(); k++) {
            boolean both = v.token(k).is("both") || v.token(k).is("each") && v.token(k + 1).is("of")
                    || v.partyCount(k) > 0 && k > 0 && v.token(k - 1).is("the");
            if (!both) {
                continue;
            }
            // "both countries": states, the countries of the people named; "both men": the people
            boolean states = k + 1 < v.size() && v.words.has(WordLists.Name.PARTY_STATE_NOUNS, v.token(k + 1).lemma());
            // "both presidents", "both men": people, not the states of an accord told since
            boolean people = k + 1 < v.size() && (v.words.has(WordLists.Name.ROLE_HEADS, v.token(k + 1).lemma())
                    || v.token(k + 1).is("men"));
            // "the three parties" named are three
            int count = Math.max(2, v.partyCount(k));
            for (int i = earlier.size() - 1; i >= 0; i--) {
                List<Actor> parties = new ArrayList<>(earlier.get(i).agents());
                parties.addAll(earlier.get(i).targets());
                if (people && parties.stream().anyMatch(a -> a.kind() != ActorKind.PERSON)) {
                    continue;
                }
                if (states) {
                    parties = new ArrayList<>(sides.forCountries(parties));
                    parties.removeIf(a -> a.kind() != ActorKind.STATE
                            || agents.stream().anyMatch(m -> a.country() != null && a.country().equals(m.actor().country())));
                }
                parties.removeIf(a -> agents.stream().anyMatch(m -> m.actor().key().equals(a.key())));
                if (parties.size() >= 2) {
                    return parties;
                }
            }
            // "India and Pakistan exchanged fire. Guterres urged both sides to ...": no event joined them, the text
            // named them
            return lastNamed(v, k, count, states, people, SentenceView.actors(agents));
        }
        return List.of();
    }

    /**
     * The parties "both countries", "the two sides" point back to when no event joined them: the last list of
     * {@code count} parties told before the word at {@code before}, else the {@code count} parties the article has
     * named most often. Each is of another side than the {@code agents} and than the others, a state (or a person)
     * when asked; empty unless there are that many.
     */
    List<Actor> lastNamed(SentenceView v, int before, int count, boolean states, boolean people, List<Actor> agents) {
        java.util.function.Predicate<Actor> fits = a -> (!states || a.kind() == ActorKind.STATE) && (!people || a.kind() == ActorKind.PERSON)
                && !Sides.sameSide(agents, List.of(a));
        List<Actor> listed = lastList(v, before, count, states, fits);
        // (beyond four, the states named most are seldom the ones counted: "the eight Arab governments" after a
        // story naming the United States and Syria often; the people named are fewer and are the ones)
        boolean guessable = count <= 4 || people;
        return listed.isEmpty() && guessable ? mostNamed(v, before, count, states, fits) : listed;
    }

    /** "the peace agreement between the DRC and Rwanda ... the two countries": the last list of as many parties. */
    private List<Actor> lastList(SentenceView v, int before, int count, boolean states, java.util.function.Predicate<Actor> fits) {
        List<List<Actor>> groups = new ArrayList<>(v.namedTogetherBefore);
        groups.addAll(ToldActs.groupsIn(v, before));
        for (int i = groups.size() - 1; i >= 0; i--) {
            List<Actor> parties = new ArrayList<>();
            for (Actor a : states ? sides.forCountries(groups.get(i)) : groups.get(i)) {
                if (!Sides.sameSide(parties, List.of(a))) {
                    parties.add(a);
                }
            }
            if (parties.size() == count && parties.stream().allMatch(fits)) {
                return parties;
            }
        }
        return List.of();
    }

    /**
     * The {@code count} parties named most often before the word at {@code before} (the last named first among as
     * often named), in the order the article first named them: the two an article is about are named again and
     * again; a third party helping them once is not one of "the two countries".
     */
    private List<Actor> mostNamed(SentenceView v, int before, int count, boolean states, java.util.function.Predicate<Actor> fits) {
        List<Actor> told = new ArrayList<>(v.namedBefore);
        v.mentions.stream().filter(m -> m.tokens().end() <= before && m.canParticipate()).map(Mention::actor).forEach(told::add);
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        java.util.Map<String, Integer> last = new java.util.HashMap<>();
        java.util.Map<String, Actor> byKey = new java.util.LinkedHashMap<>();
        for (int i = 0; i < told.size(); i++) {
            Actor a = states ? sides.forCountries(List.of(told.get(i))).get(0) : told.get(i);
            if (fits.test(a)) {
                times.merge(a.key(), 1, Integer::sum);
                first.putIfAbsent(a.key(), i);
                last.put(a.key(), i);
                byKey.put(a.key(), a);
            }
        }
        List<Actor> ranked = new ArrayList<>(byKey.values());
        ranked.sort(java.util.Comparator.<Actor>comparingInt(a -> -times.get(a.key())).thenComparingInt(a -> -last.get(a.key())));
        List<Actor> parties = new ArrayList<>();
        for (Actor a : ranked) {
            if (parties.size() < count && !Sides.sameSide(parties, List.of(a))) {
                parties.add(a);
            }
        }
        parties.sort(java.util.Comparator.comparingInt(a -> first.get(a.key())));
        return parties.size() == count ? parties : List.of();
    }

    /** The last asserted sanction or block told, by others than {@code agents}. */
    static Optional<EventFrame> lastMeasure(List<EventFrame> earlier, List<Mention> agents) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            boolean measure = (e.type() == EventType.SANCTION || e.type() == EventType.BLOCK) && e.modality() == Modality.ASSERTED;
            if (measure && !Sides.sameSide(agents.stream().map(Mention::actor).toList(), e.agents())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The authors of the text the subject word names ("the resolution", "the statement"): the agents of the last
     * event, in this sentence or the two before, that tabled or adopted a text of that noun. Empty otherwise.
     */
    static List<Actor> authorsOfTheText(SentenceView v, int word, List<EventFrame> earlier) {
        // (not a draft: "The draft, tabled by Japan, would have demanded" is no demand of Japan's)
        if (word <= 0 || v.mentionAt(word) != null || !v.token(word - 1).is("the") || !v.isListed(WordLists.Name.DOCUMENT_NOUNS, word)) {
            return List.of();
        }
        // (tabled or adopted it, not voted for or against it; told just before, not a text of another story told earlier)
        String noun = v.token(word).lemma().toLowerCase(java.util.Locale.ROOT);
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).firstSentence() >= v.sentence.index() - 2; i--) {
            String object = earlier.get(i).object();
            boolean authored = earlier.get(i).type() == EventType.PROPOSE || earlier.get(i).type() == EventType.AGREE;
            if (authored && object != null && java.util.Arrays.asList(object.toLowerCase(java.util.Locale.ROOT).split("\\W+")).contains(noun)) {
                return earlier.get(i).agents();
            }
        }
        return List.of();
    }

    static Optional<EventFrame> lastProposal(List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).type() == EventType.PROPOSE) {
                return Optional.of(earlier.get(i));
            }
        }
        return Optional.empty();
    }

    /** The targets of the last event of the same side told earlier in the same sentence, before {@code head}. */
    static List<Actor> actedAgainstBefore(SentenceView v, int head, List<Actor> agents, List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            if (e.firstSentence() != v.sentence.index()) {
                break;
            }
            if (!e.targets().isEmpty() && e.triggerSpan() != null && e.triggerSpan().end() <= v.token(head).span().begin()
                    && Sides.sameSide(e.agents(), agents) && !Sides.sameSide(e.targets(), agents)) {
                return e.targets();
            }
        }
        return List.of();
    }

    /**
     * The parties called in the last communication of these agents told earlier in the same sentence, before the
     * word at {@code head}: whom "phoned Maduro to express his solidarity" expresses it to. Empty otherwise.
     */
    static List<Actor> calledBefore(SentenceView v, int head, List<Actor> agents, List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            if (e.firstSentence() != v.sentence.index()) {
                break;
            }
            if (e.type().isCommunication() && !e.targets().isEmpty() && e.triggerSpan() != null
                    && e.triggerSpan().end() <= v.token(head).span().begin()
                    && SentenceView.keys(e.agents()).equals(SentenceView.keys(agents))) {
                return e.targets();
            }
        }
        return List.of();
    }

    /**
     * The callers of the last communication told earlier in the same sentence, before the word at {@code head}, whose
     * parties called are these agents: to whom "spoke with Zelensky, who pledged ..." pledges. Empty otherwise.
     */
    static List<Actor> callerOf(SentenceView v, int head, List<Actor> agents, List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            if (e.firstSentence() != v.sentence.index()) {
                break;
            }
            if (e.type().isCommunication() && e.triggerSpan() != null && e.triggerSpan().end() <= v.token(head).span().begin()
                    && SentenceView.keys(e.targets()).equals(SentenceView.keys(agents))) {
                return e.agents();
            }
        }
        return List.of();
    }

    /**
     * The other parties of the conversation the article is telling, when the speaker took part in it: the last
     * communication told (not a visit), in this sentence or the three before. Empty when the speaker was not one of its parties.
     */
    static List<Actor> counterpartsInConversation(SentenceView v, List<Actor> speakers, List<EventFrame> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            if (e.firstSentence() < v.sentence.index() - 3) {
                return List.of();
            }
            if (!e.type().isCommunication() || e.targets().isEmpty() || e.modality() != Modality.ASSERTED) {
                continue;
            }
            if (e.type() == EventType.VISIT) {
                return List.of(); // the country visited is where one speaks, not whom one speaks to
            }
            if (SentenceView.keys(e.agents()).containsAll(SentenceView.keys(speakers))) {
                return e.targets();
            }
            if (SentenceView.keys(e.targets()).containsAll(SentenceView.keys(speakers))) {
                return e.agents();
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * Whom a stance or a measure that names no one is aimed at, by the party in focus: the first actor of another
     * side than the agents named after the trigger in the phrases it governs ("denounced the arrogant disregard of
     * the Rwandan authorities"), not in a clause below it ("urged partners to sanction Russia"), else the last one
     * named before it in the sentence ("an accusation Moscow denied"), else the other party of the last event told
     * that has one ("Beijing hit back on Saturday"); with the actors listed together with it ("welcomed the accord
     * between Armenia and Azerbaijan"). Never a source, a news outlet, the venue, a place ("in Kenya") or a
     * nationality word; none when the verb's object is people no actor names ("warned the protesters").
     */
    static List<Actor> otherSideInFocus(SentenceView v, int head, List<Actor> agents, Actor venue, List<EventFrame> earlier) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse != null && parse.dependents(head, "dobj").stream()
                .anyMatch(o -> v.mentionAt(o) == null && v.words.has(WordLists.Name.PEOPLE_NOUNS, v.token(o).lemma()))) {
            return List.of();
        }
        Mention after = null;
        Mention before = null;
        int clauseEnd = v.clauseEnd(head);
        for (Mention m : v.mentions) {
            int begin = m.tokens().begin();
            if (!m.canParticipate() || m.form() == Mention.Form.SOURCE || m.actor().isNewsOutlet()
                    || venue != null && venue.key().equals(m.actor().key()) || Sides.sameSide(agents, List.of(m.actor()))
                    || begin > 0 && (v.token(begin - 1).is("in") || v.token(begin - 1).is("at"))) {
                continue;
            }
            if (begin > head && m.tokens().end() <= clauseEnd && (parse == null || governedPhrase(parse, head, m.tokens().end() - 1))) {
                after = after == null ? m : after;
            } else if (m.tokens().end() <= head) {
                before = m;
            }
        }
        Mention chosen = after != null ? after : before;
        if (chosen != null) {
            // with the actors listed with it ("Armenia and Azerbaijan"), of another side
            List<Actor> out = new ArrayList<>();
            for (Mention m : v.groupRightFrom(chosen)) {
                if ((m == chosen || !Sides.sameSide(agents, List.of(m.actor()))) && out.stream().noneMatch(a -> a.key().equals(m.actor().key()))) {
                    out.add(m.actor());
                }
            }
            return out;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventFrame e = earlier.get(i);
            List<Actor> parties = new ArrayList<>(e.agents());
            if (e.type() != EventType.VISIT) {
                parties.addAll(e.targets()); // (a state visited is a place)
            }
            for (Actor a : parties) {
                if (!a.isNewsOutlet() && (venue == null || !venue.key().equals(a.key())) && !Sides.sameSide(agents, List.of(a))) {
                    return List.of(a);
                }
            }
        }
        return List.of();
    }

    /** Whether the word at {@code k} hangs below {@code head} through phrases only, no clause of its own. */
    private static boolean governedPhrase(org.diplograph.nlp.Parse parse, int head, int k) {
        for (int u = k; u >= 0; u = parse.head(u)) {
            if (u == head) {
                return true;
            }
            String relation = parse.relation(u);
            if (relation.equals("xcomp") || relation.equals("ccomp") || relation.equals("advcl") || relation.equals("relcl")
                    || relation.equals("acl") || relation.equals("conj") || relation.equals("parataxis")) {
                return false;
            }
        }
        return false;
    }
}
