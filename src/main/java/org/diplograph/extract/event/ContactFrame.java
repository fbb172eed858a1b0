package org.diplograph.extract.event;

import org.diplograph.extract.knowledge.WordLists;

import java.util.List;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Mention;

/**
 * The CONTACT frame of triggers.tsv: who met or talked to whom, the other party the verb's object or its "with"
 * phrase ("met Lavrov", "spoke by phone with Blinken", "visited Moscow", "Rahmon was met at the airport by
 * Japarov"), else parties told before ("met her counterpart", "held separate meetings with both men").
 */
final class ContactFrame {
    private final Discourse discourse;
    private final Sides sides;

    ContactFrame(Discourse discourse, Sides sides) {
        this.discourse = discourse;
        this.sides = sides;
    }

    /**
     * "told visiting European Council President Donald Tusk in Beijing", "met visiting Japanese Prime Minister Fumio
     * Kishida": "visiting" before a person names the visitor, who visits the state of the place the clause names ("in
     * Beijing"), else of whoever received them (the subject of the verb the phrase hangs on). No visit when no person
     * follows ("is visiting the Republic of Korea" is read as any visit), nor to the visitor's own state.
     */
    private Participants visitorNamed(SentenceView v, int head) {
        Mention visitor = head + 1 < v.size() ? v.mentionStartingAt(head + 1) : null;
        if (visitor == null && head + 2 < v.size() && (v.token(head + 1).is("the") || "ADJ".equals(v.token(head + 1).pos()))) {
            visitor = v.mentionStartingAt(head + 2);
        }
        if (visitor == null || visitor.actor().kind() != ActorKind.PERSON) {
            return null;
        }
        int clauseEnd = v.clauseEnd(head);
        List<Mention> place = Phrases.after(v, visitor.tokens().end(), clauseEnd, "in");
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        int host = parse == null ? -1 : parse.head(visitor.tokens().end() - 1);
        List<Mention> visited = !place.isEmpty() ? place.subList(0, 1) : host >= 0 && v.token(host).isVerb() ? AgentReader.agentsOf(v, host) : List.of();
        Actor guest = visitor.actor();
        // a visit is to the host's state
        List<Actor> states = sides.forCountries(visited.stream().map(Mention::actor).filter(a -> !a.key().equals(guest.key())).toList())
                .stream().filter(a -> !java.util.Objects.equals(a.country(), guest.country())).toList();
        return states.isEmpty() ? null : new Participants(List.of(visitor), List.of(), states, null, null, head);
    }

    /**
     * "hosted the Caspian summit in Aktau, attended by the presidents of Azerbaijan, Iran and Russia": whom the host of
     * a gathering (a noun of the gathering-nouns list as the verb's object) met are those the "attended by" phrase
     * hung on the verb or on that noun names; empty when there is none.
     */
    static List<Mention> attendeesOfTheGathering(SentenceView v, int head) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse == null || parse.dependents(head, "dobj", "obj").stream().noneMatch(o -> gathering(v, o))) {
            return List.of();
        }
        for (int k = head + 1; k + 2 < v.size(); k++) {
            if (!v.token(k).lemma().equals("attend") || !v.token(k + 1).is("by")) {
                continue;
            }
            int on = parse.head(k);
            if (on == head || on >= 0 && gathering(v, on) && parse.head(on) == head) {
                return Phrases.after(v, k + 1, k + 2, "by");
            }
        }
        return List.of();
    }

    /** Whether the token at {@code k} is a noun of the gathering-nouns list ("summit", "conference"). */
    private static boolean gathering(SentenceView v, int k) {
        return v.words.has(WordLists.Name.GATHERING_NOUNS, v.token(k).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    // "met X", "discussed the situation with X", "spoke by phone with X", "visited Moscow"
    Participants read(SentenceView v, int head, int end, boolean objectRequired, boolean journey, List<EventFrame> earlier) {
        if (fulfils(v, head)) {
            return null;
        }
        Participants guest = journey && v.token(head).is("visiting") ? visitorNamed(v, head) : null;
        if (guest != null) {
            return guest;
        }
        if (AgentReader.isPassive(v, head)) {
            // "Rahmon was met at the airport by Japarov": the one met is the subject, the one meeting follows "by"
            List<Mention> by = Phrases.allAfter(v, end, v.size(), "by");
            List<Mention> met = new SyntacticRoles(v).passiveSubject(head).stream()
                    .filter(m -> by.stream().noneMatch(a -> a.actor().key().equals(m.actor().key()))).toList();
            if (!by.isEmpty() && !met.isEmpty()) {
                return new Participants(by, met, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
            }
        }
        List<Mention> agents = AgentReader.agentsOf(v, head);
        List<Mention> attendees = attendeesOfTheGathering(v, head);
        if (!agents.isEmpty() && !attendees.isEmpty()) {
            return new Participants(agents, attendees, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
        }
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
        Mention holder = direct == null || direct.tokens().end() >= v.size() ? null : v.mentionStartingAt(direct.tokens().end());
        if (holder != null && direct.actor().kind() != ActorKind.PERSON && holder.actor().kind() == ActorKind.PERSON) {
            // "hosted Hamas political leader Ismail Haniyeh": a body's title before a name is the person's, no party
            direct = holder;
        }
        Mention apposed = direct == null ? null : namedForWhatItOwns(v, direct);
        if (apposed != null) {
            direct = apposed; // "received Buhari's special envoy, intelligence chief Ahmed Rufai Abubakar": the envoy
        }
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        int last = direct == null ? -1 : direct.tokens().end() - 1;
        // (the parse tells a qualifier from a name and a time after it: "travelled to Beijing today for talks")
        boolean qualifies = parse != null && last >= 0 && last + 1 < v.size() && v.mentionAt(last + 1) == null
                && java.util.Set.of("amod", "nmod", "compound").contains(parse.relation(last)) && parse.head(last) > last;
        boolean topic = direct != null && v.words.has(WordLists.Name.TOPIC_VERBS, v.token(head).lemma().toLowerCase(java.util.Locale.ROOT));
        if (topic) {
            // "discussed China and North Korea with Chung": what one discusses is the topic when a "with" phrase
            // names whom with
            List<Mention> topics = v.groupRightFrom(direct);
            List<Mention> with = Phrases.after(v, topics.get(topics.size() - 1).tokens().end(), v.clauseEnd(head), "with");
            if (!with.isEmpty()) {
                return new Participants(agents, with, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
            }
        }
        if (direct != null && direct.tokens().end() < v.size() && (v.token(direct.tokens().end()).isPossessiveMark() || qualifies)) {
            // "discussed North Korea's missile launches with her counterpart", "discussed the Russian military build-up
            // with Zelensky": the owner or qualifier of the topic is no party when a "with" phrase names one
            List<Mention> with = Phrases.after(v, direct.tokens().end(), v.clauseEnd(head), "with");
            if (!with.isEmpty()) {
                return new Participants(agents, with, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
            }
        }
        // "engaging senior officials in both countries, including Modi and Sharif": the ones named
        List<Mention> included = direct == null ? Phrases.included(v, k) : List.of();
        if (!included.isEmpty()) {
            return new Participants(agents, included, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
        }
        // ("hosted Argentina's Javier Milei": the state owns a person, who is the object)
        boolean ownsPerson = direct != null && v.personOwnedBy(direct) != null;
        if (objectRequired && direct != null && !ownsPerson && direct.tokens().end() < v.size() && v.mentionAt(direct.tokens().end()) == null
                && ("NOUN".equals(v.token(direct.tokens().end()).pos()) || v.token(direct.tokens().end()).isPossessiveMark())) {
            // "called the US pressure bullying", "calling the Indian leader's embrace of Putin a blow": the actor
            // qualifies or owns what is judged
            return null;
        }
        if (objectRequired && direct != null && judgedAfter(v, direct.tokens().end())) {
            return null; // "called Xi a dictator": a judgement of the one named, not a call to him
        }
        List<Actor> counterparts = direct == null ? Discourse.counterpartsOf(v, k, agents, earlier) : List.of();
        // "hosted the leaders of Kazakhstan, Tajikistan and Uzbekistan": the parse's object stands for the states named
        List<Mention> parsedObject = direct == null && counterparts.isEmpty() ? new SyntacticRoles(v).object(head).stream()
                .filter(m -> agents.stream().noneMatch(a -> a.actor().key().equals(m.actor().key()))).toList() : List.of();
        if (!parsedObject.isEmpty()) {
            return new Participants(agents, parsedObject, List.of(), null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
        }
        List<Mention> gathering = journey && direct == null ? gatheringPlace(v, k, v.clauseEnd(head)) : List.of();
        if (direct != null && Phrases.namesCapital(v, direct)) {
            targets = List.of(direct); // "travelled to the Turkish capital"
        } else if (direct != null && direct.canParticipate()) {
            targets = v.groupRightFrom(direct);
        } else if (!counterparts.isEmpty()) {
            return new Participants(agents, List.of(), counterparts, null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
        } else if (!gathering.isEmpty()) {
            targets = gathering; // "did not travel to the meeting in Cape Town"
        } else if (objectRequired) {
            return null;
        } else {
            targets = Phrases.after(v, end, v.clauseEnd(head), "with");
            if (targets.isEmpty() && head > 1 && v.token(0).is("with")) {
                // "With President Karzai he discussed the attack": the "with" phrase opens the sentence
                targets = Phrases.after(v, 0, head, "with").stream().filter(m -> !agents.contains(m)).toList();
            }
        }
        List<Actor> both = targets.isEmpty() ? discourse.bothPartiesAfter(v, end, ownWordsEnd(v, head, end, v.clauseEnd(head)), agents, earlier)
                : List.of();
        return new Participants(agents, targets, both, null, Phrases.venueAfter(v, end, v.clauseEnd(head)), head);
    }

    /**
     * The person named in apposition to what {@code owner} owns: "Buhari's special envoy, intelligence chief Ahmed
     * Rufai Abubakar" is Abubakar. Null when the parse shows none.
     */
    private static Mention namedForWhatItOwns(SentenceView v, Mention owner) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        int last = owner.tokens().end() - 1;
        if (parse == null || owner.tokens().end() >= v.size() || !v.token(owner.tokens().end()).isPossessiveMark()
                || !"poss".equals(parse.relation(last))) {
            return null;
        }
        for (int a : parse.dependents(parse.head(last), "appos")) {
            Mention m = v.mentionAt(a);
            if (m != null && m.form() == Mention.Form.NAME && m.actor().kind() == ActorKind.PERSON) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where the words that belong to the verb at {@code head} end after {@code from}: at the first word that hangs on
     * another verb ("discussed the trade pressures facing both countries": "both countries" are what the pressures
     * face, not whom the leaders discussed with).
     */
    private static int ownWordsEnd(SentenceView v, int head, int from, int to) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        if (parse == null) {
            return to;
        }
        for (int k = from; k < to; k++) {
            int h = k;
            for (int steps = 0; steps < 20 && h >= 0 && h != head; steps++) {
                // (the parser's tag: the tagger may take "facing" for a noun)
                if (h != k && (v.token(h).isVerb() || parse.arcs().get(h).tag().startsWith("VB")) && v.mentionAt(h) == null) {
                    return k;
                }
                h = parse.head(h);
            }
        }
        return to;
    }

    /**
     * The state named by "in" after a gathering at {@code k} (words.tsv {@code journey-goal-nouns}: "the summit in
     * Brasilia"): where a journey to it goes. Empty when none.
     */
    private static List<Mention> gatheringPlace(SentenceView v, int k, int clauseEnd) {
        int noun = k < v.size() && "DET".equals(v.token(k).pos()) ? k + 1 : k;
        while (noun < clauseEnd && "ADJ".equals(v.token(noun).pos())) {
            noun++;
        }
        if (noun + 2 >= clauseEnd || v.mentionAt(noun) != null || !v.token(noun + 1).is("in")
                || !(v.words.has(WordLists.Name.JOURNEY_GOAL_NOUNS, v.token(noun).lemma())
                        || v.words.has(WordLists.Name.JOURNEY_GOAL_NOUNS, v.token(noun).text().toLowerCase(java.util.Locale.ROOT)))) {
            return List.of();
        }
        Mention place = v.mentionStartingAt(noun + 2);
        return place != null && place.actor().kind() == ActorKind.STATE ? List.of(place) : List.of();
    }

    /** "a dictator", "a true friend": a judgement right after the one named. */
    private static boolean judgedAfter(SentenceView v, int from) {
        if (from >= v.size() || !"DET".equals(v.token(from).pos())) {
            return false;
        }
        for (int k = from + 1; k < v.size() && k < from + 4; k++) {
            String w = v.token(k).text().toLowerCase(java.util.Locale.ROOT);
            if (v.words.has(WordLists.Name.CENSURE_WORDS, w) || v.words.has(WordLists.Name.PRAISE_WORDS, w)) {
                return true;
            }
            if (!"ADJ".equals(v.token(k).pos()) && !"ADV".equals(v.token(k).pos())) {
                return false;
            }
        }
        return false;
    }

    /** "met the technical requirements", "met stiff resistance": a condition fulfilled or faced, no one met. */
    private static boolean fulfils(SentenceView v, int verb) {
        org.diplograph.nlp.Parse parse = v.sentence.parse();
        return parse != null && parse.dependents(verb, "dobj").stream().anyMatch(o -> v.mentionAt(o) == null
                && v.words.has(WordLists.Name.FULFILMENT_NOUNS, v.token(o).text().toLowerCase(java.util.Locale.ROOT)));
    }
}
