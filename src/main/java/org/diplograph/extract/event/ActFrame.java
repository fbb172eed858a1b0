package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplograph.extract.knowledge.Trigger;
import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Token;
import org.diplograph.nlp.TokenSpan;

/**
 * The ACT frame of triggers.tsv: a verb done by its subject to another party, read in the roles the row names
 * ("urged Iran", "imposed sanctions on Russia", "blocked the French initiative in the UN Security Council",
 * "demanded that Belarus release the journalist"); the object phrase it names ("vetoed a resolution drafted by
 * Algeria"); a passive's agent after "by" ("the resolution was vetoed by Russia"); and an object pointing back
 * to an event told before ("called the measures unacceptable", "rejected the proposal").
 */
final class ActFrame {
    private final Discourse discourse;
    private final Sides sides;

    ActFrame(Discourse discourse, Sides sides) {
        this.discourse = discourse;
        this.sides = sides;
    }

    /**
     * The clause goes on past a name set off by commas: "would send a special envoy, Li Hui, to Ukraine" (the name
     * is the object's, what follows it still the verb's).
     */
    private static int pastApposition(SentenceView v, int clauseEnd) {
        if (clauseEnd + 1 >= v.size() || !v.token(clauseEnd).text().equals(",")) {
            return clauseEnd;
        }
        Mention name = v.mentionStartingAt(clauseEnd + 1);
        if (name != null && name.tokens().end() + 1 < v.size() && v.token(name.tokens().end()).text().equals(",")) {
            clauseEnd = name.tokens().end(); // the clause was cut at the comma before the name
        } else {
            name = clauseEnd > 0 ? v.mentionAt(clauseEnd - 1) : null; // ... or at the comma after it
        }
        boolean apposition = name != null && name.form() == Mention.Form.NAME && name.actor().kind() == ActorKind.PERSON
                && setOffByComma(v, name)
                && clauseEnd + 1 < v.size() && ("ADP".equals(v.token(clauseEnd + 1).pos()) || v.token(clauseEnd + 1).is("to"));
        return apposition ? v.clauseEnd(clauseEnd + 1) : clauseEnd;
    }

    /**
     * 'welcomed "the constructive stance of Peru"', 'condemned the "barbaric" attack by Russia': quotation marks
     * inside the verb's object do not end its clause (the parse hangs the words after them on the object).
     */
    private static int throughQuotedObject(SentenceView v, int verb, int clauseEnd) {
        Parse parse = v.sentence.parse();
        int end = clauseEnd;
        while (parse != null && end + 1 < v.size() && Phrases.isQuote(v.token(end).text()) && inObject(parse, end + 1, verb)) {
            end = v.clauseEnd(end + 1);
        }
        return end;
    }

    /** Relations of the parse that open a clause of their own. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("ccomp", "xcomp", "advcl", "parataxis", "conj", "relcl", "root");

    /** Whether the parse hangs word {@code k} on the direct object of {@code verb}, through no clause of its own. */
    private static boolean inObject(Parse parse, int k, int verb) {
        for (int h = k, steps = 0; h >= 0 && steps < parse.size(); h = parse.head(h), steps++) {
            String relation = parse.relation(h);
            if (relation.equals("dobj") && parse.head(h) == verb) {
                return true;
            }
            if (CLAUSE_RELATIONS.contains(relation)) {
                return false;
            }
        }
        return false;
    }

    /** "his country's", "their government's": a possessive pronoun before the words of the actor. */
    private static boolean ownedByTheAgent(SentenceView v, int k) {
        return k > 0 && possessive(v, k - 1) || possessive(v, k);
    }

    private static boolean possessive(SentenceView v, int k) {
        return v.words.has(WordLists.Name.POSSESSIVES, v.token(k).text().toLowerCase(Locale.ROOT));
    }

    /** A comma before the name or inside the mention ("envoy, Li Hui" may be read as one mention of the person). */
    private static boolean setOffByComma(SentenceView v, Mention name) {
        for (int k = Math.max(0, name.tokens().begin() - 1); k < name.tokens().end(); k++) {
            if (v.token(k).text().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "is expected in Khartoum", "is due in Kyiv": a visit announced, told by a word of the arrival-predicates list. */
    static boolean arrival(SentenceView v, int head) {
        return v.words.has(WordLists.Name.ARRIVAL_PREDICATES, v.token(head).lemma())
                && head > 0 && (v.token(head - 1).lemma().equals("be") || "ADV".equals(v.token(head - 1).pos()));
    }

    // "blocked the French initiative in the UN Security Council", "urged Iran", "imposed sanctions on X"
    Participants read(SentenceView v, Trigger t, int head, int trigger, List<EventFrame> earlier) {
        int end = Phrases.afterMannerPhrase(v, trigger);
        List<Mention> agents = AgentReader.agentsOf(v, head);
        List<Mention> targets = new ArrayList<>();
        // (a quoted manner phrase may seem to end the clause, and so may a quotation inside the trigger's words:
        // 'expressed "full solidarity" with Spain')
        int clauseEnd = pastApposition(v, throughQuotedObject(v, head,
                Math.max(v.clauseEnd(Math.max(head, trigger - 1)), end > trigger ? v.clauseEnd(end) : 0)));
        Actor venue = Phrases.venueAfter(v, end, clauseEnd);
        String object = null;
        // "is expected in Khartoum": the subject is who comes, not someone acted on
        boolean passive = AgentReader.isPassive(v, head) && !arrival(v, head);
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
            for (int said : parsed == null ? List.<Integer>of() : parsed.dependents(head, "nsubjpass")) {
                // the subject's own words up to its head noun: "A Security Council resolution drafted by ... was vetoed";
                // a relative pronoun stands for the noun it follows ("the draft, which had been initiated by ...")
                int subject = v.words.has(WordLists.Name.RELATIVE_PRONOUNS, v.token(said).lemma()) && parsed.relation(head).equals("relcl")
                        && parsed.head(head) >= 0 ? parsed.head(head) : said;
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
            // (not an owner among the trigger's own words: "voiced France's solidarity" is the agent's side)
            List<Mention> authors = authorsOfObject(v, head, agents).stream()
                    .filter(m -> m.tokens().begin() < head || m.tokens().begin() >= end).toList();
            Mention direct = v.mentionStartingAt(end);
            if (direct == null && end < v.size() && (v.token(end).is("on") || v.token(end).is("to") || v.token(end).is("upon")
                    || v.token(end).is("both") || v.token(end).is("either"))) {
                direct = v.mentionStartingAt(end + 1); // "urged both India and Pakistan"
            }
            Mention own = direct;
            // "excluded Myanmar's military leader, Senior General Min Aung Hlaing, from": the person named
            Mention named = namedInApposition(v, end, Phrases.nounPhraseEnd(v, end, clauseEnd));
            if (named != null && agents.stream().noneMatch(m -> m.actor().key().equals(named.actor().key()))) {
                targets.add(named);
            } else if (direct != null && direct.canParticipate() && !forumOfDocument(v, direct)
                    && agents.stream().noneMatch(m -> m.actor().key().equals(own.actor().key()))) {
                targets.addAll(v.groupRightFrom(direct));
            } else {
                int npEnd = Phrases.nounPhraseEnd(v, end, clauseEnd);
                List<Actor> voters = SentenceView.actors(agents);
                Optional<EventFrame> justProposed = Discourse.lastProposal(earlier)
                        .filter(p -> p.firstSentence() >= v.sentence.index() - 1 && !Sides.sameSide(voters, p.agents()));
                // (the pronoun's own reading as the subject's state is wrong there: an object is not its verb's subject)
                Mention it = end < v.size() ? v.mentionAt(end) : null;
                boolean bareIt = end < v.size() && v.token(end).is("it") && (it == null
                        || it.form() == Mention.Form.PRONOUN && voters.stream().anyMatch(a -> a.key().equals(it.actor().key())));
                if (bareIt && t.targets().contains("object")
                        && justProposed.isPresent()) {
                    // "Ecuador voted against it": a bare "it" after such a verb is the proposal just told
                    String proposed = justProposed.get().object();
                    return new Participants(agents, List.of(), justProposed.get().agents(), proposed != null ? proposed : "it", venue, head);
                }
                if (t.targets().contains("object-before-of")) {
                    // "accused both countries of harbouring members of the PKK": the accused come before "of"
                    for (int k = end + 1; k < npEnd; k++) {
                        if (v.token(k).is("of") && v.mentionAt(k) == null) {
                            npEnd = k;
                            break;
                        }
                    }
                }
                if (end < v.size() && (v.token(end).is("were") || v.token(end).is("was") || v.token(end).is("are")
                        || v.token(end).is("is"))) {
                    npEnd = end; // "Among those voting against were China and Iran": the participle has no object
                }
                if (npEnd <= end && namesParties(v, end)) {
                    npEnd = Math.min(v.size(), end + (v.token(end).is("both") ? 2 : 3)); // "urged both/CCONJ sides/VERB": the tagger's slip
                }
                if (npEnd > end) {
                    int first = end;
                    while (first + 1 < npEnd && "PUNCT".equals(v.token(first).pos())) {
                        first++; // "sent an envoy, Li Hui, to": the name, not its comma
                    }
                    // "agreed early today on a ceasefire", "agreed last month to act": a phrase of time is no object
                    object = v.isTimeWord(npEnd - 1) ? null : v.sentence.textOf(new TokenSpan(first, npEnd));
                    if (namesParties(v, end)) {
                        // "accusing both countries of ...": the two parties named before
                        List<Actor> both = discourse.bothPartiesAfter(v, end, end + 3, agents, earlier);
                        if (!both.isEmpty()) {
                            return new Participants(agents, List.of(), both, object, venue, head);
                        }
                    }
                    if (v.token(end).is("them") && v.mentionAt(end) == null) {
                        // "wrote to both presidents, urging them to ...": "them" are the parties the sentence named so
                        for (int k = head - 1; k >= 0; k--) {
                            List<Actor> both = namesParties(v, k) ? discourse.bothPartiesAfter(v, k, k + 3, agents, earlier) : List.of();
                            if (!both.isEmpty()) {
                                return new Participants(agents, List.of(), both, object, venue, head);
                            }
                        }
                    }
                    if (own != null && own.form() == Mention.Form.NAME && agents.stream().anyMatch(a -> a.actor().key().equals(own.actor().key()))) {
                        // '"Why ...?" asked Linda Thomas-Greenfield of the United States': the speaker after the verb,
                        // with her own side, is no one acted on
                        return new Participants(agents, List.of(), null, venue, head);
                    }
                    for (int k = end; k < npEnd; k++) {
                        Mention m = v.mentionStartingAt(k);
                        if (m == null) {
                            continue;
                        }
                        boolean owner = k > 0 && v.token(k - 1).is("of") || owns(v, m);
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
                    if (targets.isEmpty() && npEnd < v.size() && v.token(npEnd).is("of")
                            && v.words.has(WordLists.Name.DECISION_NOUNS, v.token(npEnd - 1).lemma())) {
                        // "condemns the decision of the Russian Federation to recognise ...": who took it
                        List<Mention> acting = agents;
                        Phrases.after(v, npEnd, npEnd + 1, "of").stream()
                                .filter(m -> acting.stream().noneMatch(a -> a.actor().key().equals(m.actor().key())))
                                .forEach(targets::add);
                    }
                    List<Actor> counterparts = targets.isEmpty() ? Discourse.counterpartsOf(v, end, agents, earlier) : List.of();
                    if (!counterparts.isEmpty()) {
                        return new Participants(agents, List.of(), counterparts, object, venue, head);
                    }
                    Optional<EventFrame> sponsored = Discourse.lastProposal(earlier).filter(p -> !Sides.sameSide(voters, p.agents()));
                    if (targets.isEmpty() && sponsored.isPresent() && namesSponsors(v, end, npEnd)) {
                        // "accused the sponsors of rushing the text to a vote": whoever put forward the text told last
                        return new Participants(agents, List.of(), sponsored.get().agents(), object, venue, head);
                    }
                    if (targets.isEmpty() && isAnaphoric(v, end, npEnd) && authors.isEmpty()) {
                        Optional<EventFrame> proposal = Discourse.lastProposal(earlier);
                        if (proposal.isPresent()) {
                            object = proposal.get().object() != null ? proposal.get().object() : object;
                            return new Participants(agents, List.of(), proposal.get().agents(), object, venue, head);
                        }
                    }
                    if (targets.isEmpty() && pointsToAMeasure(v, end, npEnd) && authors.isEmpty()) {
                        // "the Russian embassy called the measures unacceptable": whoever took the last measure told
                        Optional<EventFrame> measure = Discourse.lastMeasure(earlier, agents);
                        if (measure.isPresent()) {
                            // a state or body answers the state of the person who took it
                            boolean institutional = agents.stream().noneMatch(m -> m.actor().kind() == ActorKind.PERSON);
                            List<Actor> takers = institutional ? sides.asStates(measure.get().agents(), a -> a.kind() == ActorKind.PERSON)
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
            List<Mention> doers = agents;
            List<Mention> listed = partiesListedInside(v, head, end, doers);
            if (listed.isEmpty() && v.token(end - 1).isVerb()) {
                // "gave Venezuela's diplomats 72 hours to leave Peru": the first state or body named inside words that
                // end with a verb ("to leave"), not what that verb goes on to (the place left); a person named there
                // ("France's ambassador, Luc Hallade") leaves the state to the roles below
                Mention inside = firstInside(v, head, end, m -> m.actor().kind() != ActorKind.PERSON
                        && !Sides.sameSide(SentenceView.actors(doers), List.of(m.actor())));
                listed = inside == null ? List.of() : List.of(inside);
            }
            if (!listed.isEmpty()) {
                // "ordered the diplomats of Argentina, Chile and Uruguay to leave the country": every party the
                // trigger's words name, not the place left
                targets.clear();
                targets.addAll(listed);
            }
            if (targets.isEmpty()) {
                // "ordered the French ambassador to leave": the object stands inside the trigger's words
                // (an owner there is the agent's side: "voiced France's solidarity", "recalled Mali's ambassadors")
                Mention inside = firstInside(v, head, end, m -> !owns(v, m)
                        && doers.stream().noneMatch(a -> a.actor().key().equals(m.actor().key())));
                if (inside != null) {
                    targets.add(inside);
                }
            }
            List<Mention> ofObject = List.copyOf(targets);
            targets.clear();
            // "voted against it": what is voted on is a text, whoever the pronoun might otherwise stand for
            boolean votedOn = v.words.has(WordLists.Name.VOTING_VERBS, v.token(head).lemma().toLowerCase(Locale.ROOT));
            for (String role : t.targets()) {
                if (!targets.isEmpty()) {
                    break;
                }
                switch (role) {
                    case "object", "object-before-of" -> {
                        targets.addAll(ofObject.isEmpty() ? authors : ofObject);
                        if (targets.isEmpty() && end + 1 < v.size() && v.token(end).text().endsWith("ing") && v.mentionAt(end) == null
                                && (v.token(end).isVerb() || "SCONJ".equals(v.token(end).pos())) // the tagger's "granting/SCONJ"
                                && v.mentionStartingAt(end + 1) != null && v.mentionStartingAt(end + 1).canParticipate()) {
                            // "opposed giving Ukraine and Georgia a membership plan": whom the act it opposes is for
                            targets.addAll(v.groupRightFrom(v.mentionStartingAt(end + 1)));
                        }
                        Mention whom = targets.isEmpty() ? whomStandsFor(v, head) : null;
                        if (whom != null && agents.stream().noneMatch(a -> a.actor().key().equals(whom.actor().key()))) {
                            targets.add(whom);
                        }
                    }
                    case "origin-on" -> targets.addAll(Phrases.origins(v, end, clauseEnd));
                    case "that-clause" -> targets.addAll(clauseSubject(v, head, end, agents));
                    case "after" -> firstOtherActor(v, end, agents).ifPresent(m -> targets.addAll(v.groupRightFrom(m)));
                    case "where" -> placeOfWhere(v, head).ifPresent(targets::add);
                    default -> {
                        Mention right = v.mentionStartingAt(end);
                        boolean endsWithRole = t.words().get(t.words().size() - 1).equals(role);
                        if (endsWithRole && right != null && right.canParticipate()) {
                            targets.addAll(v.groupRightFrom(right)); // the row ends with the preposition: "expected in Kyiv"
                        } else if (endsWithRole) {
                            targets.addAll(Phrases.after(v, end - 1, Math.min(clauseEnd, end + 4), role)); // "travelled to the Turkish capital"
                        } else {
                            targets.addAll(Phrases.after(v, end, clauseEnd, role));
                        }
                    }
                }
                if (votedOn) {
                    targets.removeIf(m -> m.form() == Mention.Form.PRONOUN);
                }
            }
        }
        // not the agent's own side named through a possessive pronoun: "defended his country's purchases"
        List<Actor> acting = SentenceView.actors(agents);
        // nor the agent's side qualifying what is given or backed: "offering U.S. help", "backed Washington's plan"
        // (a person may be of the agent's country and still the other side: "refused to sit down with Maduro's government")
        targets.removeIf(m -> (ownedByTheAgent(v, m.tokens().begin()) || qualifiesANoun(v, m) && m.actor().kind() != ActorKind.PERSON)
                && Sides.sameSide(acting, List.of(m.actor())));
        if (targets.isEmpty() && t.targets().contains("proposal")) {
            // "China and Gabon abstained": on the proposal just told, so towards its sponsors
            Optional<EventFrame> proposal = Discourse.lastProposal(earlier).filter(p -> !Sides.sameSide(acting, p.agents()));
            if (proposal.isPresent()) {
                return new Participants(agents, List.of(), sides.towardsAgents(acting, proposal.get().agents()),
                        proposal.get().object(), venue, head);
            }
        }
        return new Participants(agents, targets, object, venue, head);
    }

    /** Whether a noun follows the mention in its own phrase ("U.S. help", "Washington's plan"): it names whose. */
    private static boolean qualifiesANoun(SentenceView v, Mention m) {
        int after = owns(v, m) ? m.tokens().end() + 1 : m.tokens().end();
        return after < v.size() && v.token(after).isNoun() && !v.token(after).isProperNoun();
    }

    /** Whether the noun phrase from {@code from} to {@code to} opens with "the sponsors", "its authors" (sponsor-nouns). */
    private static boolean namesSponsors(SentenceView v, int from, int to) {
        return to > from + 1 && (v.token(from).is("the") || v.words.has(WordLists.Name.POSSESSIVES, v.token(from).text().toLowerCase(java.util.Locale.ROOT)))
                && v.words.has(WordLists.Name.SPONSOR_NOUNS, v.token(from + 1).lemma());
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

    /**
     * The person named after the role phrase that opens the object [from, npEnd] and a comma: "Myanmar's military
     * leader, Senior General Min Aung Hlaing,", "the host, Canadian Prime Minister Justin Trudeau,".
     */
    private static Mention namedInApposition(SentenceView v, int from, int npEnd) {
        for (int comma = from + 1; comma <= npEnd && comma + 1 < v.size(); comma++) {
            if (!v.token(comma).text().equals(",")) {
                continue;
            }
            Mention whole = v.mentionAt(comma);
            if (whole != null && whole.actor().kind() == ActorKind.PERSON && whole.form() == Mention.Form.NAME) {
                return whole; // the role and the name already read as one person
            }
            boolean role = v.words.has(WordLists.Name.ROLE_HEADS, v.token(comma - 1).lemma());
            Parse parse = v.sentence.parse();
            for (int k = comma + 1; k < v.size() && k <= comma + 4 && !v.token(k).text().equals(","); k++) {
                Mention m = v.mentionStartingAt(k);
                if (m != null) {
                    // "accused the host, Canadian Prime Minister Justin Trudeau, of": any noun the parse gives the
                    // name to as its apposition, or that a name set between commas follows (the parser may miss it)
                    int last = m.tokens().end() - 1;
                    boolean appos = parse != null && parse.head(last) == comma - 1 && "appos".equals(parse.relation(last))
                            || last + 1 < v.size() && v.token(last + 1).text().equals(",");
                    return (role || appos) && m.actor().kind() == ActorKind.PERSON && m.form() == Mention.Form.NAME ? m : null;
                }
            }
            return null;
        }
        return null;
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
            List<Integer> objects = parse.dependents(modifier, "dobj");
            // (the parser may take "the proposal that Peru made" for a content clause: one with no object is none)
            boolean relative = parse.relation(modifier).equals("relcl") && (objects.isEmpty()
                    || objects.stream().anyMatch(o -> v.words.has(WordLists.Name.RELATIVE_PRONOUNS, v.token(o).lemma())))
                    || objects.isEmpty() && parse.dependents(modifier, "mark").stream().anyMatch(o -> v.token(o).is("that"));
            if (relative) {
                // "turned down an invitation that Merkel extended", "the proposal Peru made": the relative clause's subject
                out.addAll(roles.nominalSubject(modifier));
            }
        }
        out.removeIf(m -> (m.actor().kind() == ActorKind.PERSON && m.form() != Mention.Form.NAME)
                || agents.stream().anyMatch(a -> a.actor().key().equals(m.actor().key())));
        return out;
    }

    /**
     * The party a that-clause is about: the subject of the verb's complement in the parse ("demanded that Belarus
     * release the journalist"), or of the clause of the phrase's noun ("renewed its demand that China lift the ban");
     * without a parse, the first other actor after "that".
     */
    private static List<Mention> clauseSubject(SentenceView v, int head, int end, List<Mention> agents) {
        Parse parse = v.sentence.parse();
        if (parse != null) {
            List<Integer> clauses = new ArrayList<>(parse.dependents(head, "ccomp"));
            if (end - 1 > head && v.token(end - 1).isNoun()) {
                clauses.addAll(parse.dependents(end - 1, "acl", "ccomp"));
            }
            SyntacticRoles roles = new SyntacticRoles(v);
            for (int c : clauses) {
                List<Mention> subject = roles.subject(c).stream()
                        .filter(m -> m.canParticipate() && Sides.ofAnotherSide(m, agents))
                        .toList();
                if (!subject.isEmpty()) {
                    return subject;
                }
                // "complained that Spanish checks were disproportionate": the nationality of the subject noun says whose
                int word = roles.subjectWord(c);
                for (int d = word < 0 ? 0 : Math.max(0, word - 3); word >= 0 && d < word; d++) {
                    Mention m = v.mentionAt(d);
                    if (m != null && m.form() == Mention.Form.DEMONYM && parse.head(m.tokens().end() - 1) == word
                            && Sides.ofAnotherSide(m, agents)) {
                        return List.of(m);
                    }
                }
            }
        }
        boolean that = end < v.size() && v.token(end).is("that");
        return parse == null && that ? firstOtherActor(v, end, agents).map(List::of).orElse(List.of()) : List.of();
    }

    /**
     * The place a "where" clause around the verb describes: "they met in Seoul, where Kishida had flown in for the
     * day". Read from the parse: the verb is a relative clause of the place, "where" its adverb.
     */
    private static Optional<Mention> placeOfWhere(SentenceView v, int head) {
        Parse parse = v.sentence.parse();
        if (parse == null || !parse.relation(head).equals("relcl") || parse.head(head) < 0
                || parse.dependents(head, "advmod").stream().noneMatch(a -> v.token(a).is("where"))) {
            return Optional.empty();
        }
        Mention place = v.mentionAt(parse.head(head));
        return place != null && place.actor().kind() == ActorKind.STATE ? Optional.of(place) : Optional.empty();
    }

    /** "warned that Washington and its partners would impose more costs on Russia": the first other actor after. */
    private static Optional<Mention> firstOtherActor(SentenceView v, int end, List<Mention> agents) {
        for (int k = end; k < v.size(); k++) {
            Mention m = v.mentionStartingAt(k);
            boolean pronounSubject = m != null && m.form() == Mention.Form.PRONOUN && k > 0 && v.token(k - 1).is("that");
            if (m != null && (m.canParticipate() || actsInTheClause(v, m)) && (m.form() != Mention.Form.PRONOUN || pronounSubject)
                    && Sides.ofAnotherSide(m, agents)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * "warned that any Russian provocation would meet a response": a nationality word on the subject of the clause
     * says whose act it is, and so who is warned.
     */
    private static boolean actsInTheClause(SentenceView v, Mention m) {
        Parse parse = v.sentence.parse();
        if (parse == null || m.form() != Mention.Form.DEMONYM) {
            return false;
        }
        int noun = parse.head(m.tokens().end() - 1);
        return noun >= 0 && v.token(noun).isNoun() && !v.token(noun).isProperNoun()
                && (parse.relation(noun).equals("nsubj") || parse.relation(noun).equals("nsubjpass"));
    }

    /** "both countries", "the two sides", "the three leaders" at {@code k}: the parties named before. */
    private static boolean namesParties(SentenceView v, int k) {
        return (v.token(k).is("both") || v.token(k).is("the") && k + 1 < v.size()
                && (v.token(k + 1).is("two") || v.token(k + 1).is("three"))) && k + 2 < v.size()
                && (v.words.has(WordLists.Name.PARTY_NOUNS, v.token(k + 1).lemma()) || v.words.has(WordLists.Name.PARTY_NOUNS, v.token(k + 2).lemma()));
    }

    /** "Security Council" in "a US-drafted Security Council resolution": where the text is put, not whom it is about. */
    private static boolean forumOfDocument(SentenceView v, Mention m) {
        int after = m.tokens().end();
        return Phrases.isVenue(m.actor()) && after < v.size() && v.token(after).isNoun() && v.mentionAt(after) == null
                && v.words.has(WordLists.Name.FORUM_NOUNS, v.token(after).lemma());
    }

    private static boolean isAnaphoric(SentenceView v, int from, int to) {
        if (to - from > 3 || !(v.token(from).is("the") || v.token(from).is("this") || v.token(from).is("that"))) {
            return false;
        }
        return v.words.has(WordLists.Name.INITIATIVE_NOUNS, v.token(to - 1).lemma());
    }

    /** "the measures", "this decision", "that ban": a short phrase pointing back to a measure told before. */
    private static boolean pointsToAMeasure(SentenceView v, int from, int to) {
        if (to <= from + 1 || !(v.token(from).is("the") || v.token(from).is("this") || v.token(from).is("these")
                || v.token(from).is("that") || v.token(from).is("those"))) {
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

    private static boolean startsRelative(SentenceView v, int head) {
        int start = v.clauseStart(head);
        return v.token(start).is("which") || v.token(start).is("that");
    }

    /** The first party named inside the trigger's words (after its head, before {@code end}) that {@code which} takes, or null. */
    private static Mention firstInside(SentenceView v, int head, int end, java.util.function.Predicate<Mention> which) {
        for (int k = head + 1; k < end; k++) {
            Mention m = v.mentionStartingAt(k);
            if (m != null && m.canParticipate() && which.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** Whether the mention is an owner: a possessive mark follows it ("France's"). */
    private static boolean owns(SentenceView v, Mention m) {
        return m.tokens().end() < v.size() && v.token(m.tokens().end()).isPossessiveMark();
    }

    /** The parties an "of" list names inside the trigger's words ("the diplomats of A, B and C"), but the agents. */
    private static List<Mention> partiesListedInside(SentenceView v, int head, int end, List<Mention> agents) {
        for (int k = head + 2; k < end; k++) {
            Mention first = v.mentionStartingAt(k);
            boolean afterOf = v.token(k - 1).is("of") || v.token(k - 1).is("the") && k > head + 2 && v.token(k - 2).is("of");
            if (first != null && afterOf && first.canParticipate() && !owns(v, first)) { // (not "assured Poland of the alliance's support")
                return v.groupRightFrom(first).stream().filter(m -> m.tokens().end() <= end)
                        .filter(m -> agents.stream().noneMatch(a -> a.actor().key().equals(m.actor().key()))).toList();
            }
        }
        return List.of();
    }

    /** "met Sogavare, whom he asked to reconsider": the actor "whom" stands for, the object of the verb, or null. */
    private static Mention whomStandsFor(SentenceView v, int head) {
        int start = v.clauseStart(head);
        if (!v.token(start).is("whom")) {
            return null;
        }
        int before = start > 0 && v.token(start - 1).text().equals(",") ? start - 1 : start;
        Mention m = v.mentionEndingBefore(before);
        return m != null && m.canParticipate() ? m : null;
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
