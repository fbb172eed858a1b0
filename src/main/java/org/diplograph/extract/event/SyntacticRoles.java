package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Parse;
import org.diplograph.extract.knowledge.WordLists;

/**
 * Reads who fills the grammatical roles of a predicate from the sentence's dependency parse: the subject of a
 * verb (through coordination, control, relative clauses and participles), the agent of a passive, the object and
 * the object of a preposition, the possessor of a noun. Each role comes back as the actor mentions it holds,
 * with the conjuncts of a list ("A, B and C"); empty when the sentence has no parse or the role holds no
 * mention, so that the caller can fall back on what the words around the trigger say.
 */
final class SyntacticRoles {

    private final SentenceView v;
    private final Parse parse;

    SyntacticRoles(SentenceView v) {
        this.v = v;
        this.parse = v.sentence.parse();
    }

    boolean available() {
        return parse != null;
    }

    /**
     * Who acts in the clause of {@code verb}: its subject; for a passive, the {@code by} phrase; for a verb
     * without a subject of its own, the subject it shares (a coordinated verb, an infinitive after a verb of
     * agreeing or deciding, a participle), the person urged (after "urge", "ask"...), or the noun a relative
     * clause describes.
     */
    List<Mention> subject(int verb) {
        if (parse == null) {
            return List.of();
        }
        return subject(verb, 0);
    }

    private List<Mention> subject(int verb, int depth) {
        if (depth > 4 || verb < 0) {
            return List.of();
        }
        List<Integer> agents = parse.dependents(verb, "agent");
        if (!agents.isEmpty()) {
            List<Mention> by = objectsOf(agents.get(0), "pobj");
            if (!by.isEmpty()) {
                return by;
            }
        }
        for (int s : parse.dependents(verb, "nsubj", "csubj")) {
            if (v.words.has(WordLists.Name.RELATIVE_PRONOUNS, v.token(s).text().toLowerCase(java.util.Locale.ROOT))
                    && parse.relation(verb).equals("relcl")) {
                // "adopted resolution 2334, which demands that Israel ...": a text says what whoever adopted it says
                int described = antecedent(verb);
                int adopting = adoptedBy(described);
                if (adopting >= 0) {
                    return subject(adopting, depth + 1);
                }
                List<Mention> body = wouldHaveAdopted(described, verb);
                return body.isEmpty() ? group(described) : body;
            }
            return group(s);
        }
        if (!parse.dependents(verb, "nsubjpass", "expl").isEmpty()) {
            return List.of();
        }
        String relation = parse.relation(verb);
        int head = parse.head(verb);
        switch (relation) {
            case "conj":
                // "A said B welcomed X and called for Y": whether the second verb is B's or A's is where parsers
                // err most; inside a reported clause the words around the trigger decide, unless both readings
                // give the same actor ("the ministry said it was disappointed and objected to ...")
                Mention named = nameRightBefore(verb);
                if (named == null && head >= 0) {
                    named = nameRightBefore(head);
                }
                if (named != null) {
                    // "..., and on Tuesday adviser Jake Sullivan condemned X and called Y wrong": the parse may take
                    // the name before the first verb into a phrase of time; the name right before it acts
                    return List.of(named);
                }
                if (head >= 0 && parse.relation(head).equals("ccomp")) {
                    List<Mention> reported = subject(head, depth + 1);
                    List<Mention> speaker = subject(parse.head(head), depth + 1);
                    return reported.stream().anyMatch(r -> speaker.stream().anyMatch(s -> s.actor().key().equals(r.actor().key())))
                            ? reported : List.of();
                }
                return subject(head, depth + 1);
            case "xcomp": {
                // "urged Iran to return": the one urged; "agreed to resume talks": the one who agreed
                if (head >= 0 && v.words.has(WordLists.Name.OBJECT_CONTROL_VERBS, v.token(head).lemma())) {
                    for (int o : parse.dependents(head, "dobj")) {
                        return group(o);
                    }
                    // "Iran was urged to return", "allied leaders are expected to approve it": in the passive, the
                    // one urged or expected is the subject
                    for (int o : parse.dependents(head, "nsubjpass")) {
                        return group(o);
                    }
                    return List.of();
                }
                if (head >= 0) {
                    // "Ukraine was prepared to negotiate", "the talks are set to resume": whoever a passive or a
                    // participle of readiness speaks of does what follows
                    for (int o : parse.dependents(head, "nsubjpass")) {
                        return group(o);
                    }
                }
                return subject(head, depth + 1);
            }
            case "relcl":
                return group(antecedent(verb));
            case "acomp":
                // "the commanders are due to meet", "Russia is ready to talk": an adjective after a copula shares
                // its subject with the infinitive it takes
                return v.token(verb).isVerb() ? List.of() : subject(head, depth + 1);
            case "pcomp":
                // "endorsed the plan after meeting Sarkozy": a gerund after a preposition shares the subject of
                // the verb the preposition hangs on
                if (head < 0 || !v.token(verb).text().endsWith("ing") || parse.head(head) < 0 || !parse.relation(head).equals("prep")) {
                    return List.of();
                }
                if (v.token(head).is("with") && !parse.dependents(head, "pobj").isEmpty()) {
                    // "..., with Venezuela, Bolivia and Ecuador voting against it": the absolute clause has its own subject
                    return group(parse.dependents(head, "pobj").get(0));
                }
                List<Mention> shared = v.token(parse.head(head)).isVerb() ? subject(parse.head(head), depth + 1) : List.of();
                // "endorsed a plan to end the fighting after meeting Sarkozy": where the parse hangs "after" on a
                // verb with no subject of its own, the nearest clause above with a subject
                return shared.isEmpty() ? subjectAbove(parse.head(head)) : shared;
            case "advcl":
            case "acl":
                // "..., urging Riyadh to ...": a participle set off by a comma shares the subject of its clause
                // ("circulated a draft calling for a truce": the draft calls, not its author)
                // "Speaking after a meeting with Duda, Zelensky thanked ...": one opening the sentence, the main clause's
                boolean opening = verb == 0 && head > verb;
                if (!v.token(verb).text().endsWith("ing")) {
                    return List.of();
                }
                if (v.afterComma(verb) || opening) {
                    return subject(head, depth + 1);
                }
                int adopting = adoptedBy(head);
                return adopting >= 0 ? subject(adopting, depth + 1) : List.of();
            default:
                return List.of();
        }
    }

    private List<Mention> subjectAbove(int k) {
        for (int depth = 0; k >= 0 && depth < 4; depth++, k = parse.head(k)) {
            List<Integer> subjects = parse.dependents(k, "nsubj");
            if (!subjects.isEmpty()) {
                return group(subjects.get(0));
            }
        }
        return List.of();
    }

    /**
     * "vetoed a Security Council resolution that would have tightened sanctions": what a text that was not adopted
     * would have done, the body that would have adopted it would have done (the modality cue "would have" makes it
     * hypothetical). The body is the organization named in the noun's phrase ("a Security Council resolution"),
     * else the one organization the sentence names ("stopped the Security Council from endorsing ..., blocking a
     * statement that would have backed ..."). Empty when the clause is no counterfactual or no body is named.
     */
    private List<Mention> wouldHaveAdopted(int noun, int relativeVerb) {
        if (noun < 0 || !v.isListed(WordLists.Name.DRAFT_NOUNS, noun) && !v.isListed(WordLists.Name.DOCUMENT_NOUNS, noun)
                && !v.isListed(WordLists.Name.INITIATIVE_NOUNS, noun)) {
            return List.of();
        }
        List<Integer> auxiliaries = parse.dependents(relativeVerb, "aux");
        boolean counterfactual = auxiliaries.stream().anyMatch(a -> v.token(a).is("would") || v.token(a).is("could"))
                && auxiliaries.stream().anyMatch(a -> v.token(a).is("have"));
        if (!counterfactual) {
            return List.of();
        }
        java.util.function.Predicate<Mention> body = m -> m.canParticipate() && m.actor().kind() == ActorKind.ORGANIZATION
                && !m.actor().isNewsOutlet();
        for (int k = noun - 1; k >= 0 && k >= noun - 6 && parse.head(k) >= 0; k--) {
            Mention m = v.mentionAt(k);
            if (m != null && body.test(m)) {
                return List.of(m);
            }
            if ("DET".equals(v.token(k).pos())) {
                break;
            }
        }
        List<Mention> bodies = v.mentions.stream().filter(body).filter(m -> m.tokens().end() <= noun).toList();
        if (SentenceView.keys(SentenceView.actors(bodies)).size() > 1) {
            bodies = bodies.stream().filter(m -> {
                String[] words = m.actor().label().toLowerCase(java.util.Locale.ROOT).split("\\s+");
                return v.words.has(WordLists.Name.VOTING_BODY_NOUNS, words[words.length - 1]);
            }).toList();
        }
        return SentenceView.keys(SentenceView.actors(bodies)).size() == 1 ? List.of(bodies.get(0)) : List.of();
    }

    /**
     * The verb of the adoption-verbs list that makes the resolution or text at {@code noun} its subject's own:
     * "adopted a resolution deploring ...", "would vote on a resolution endorsing ...", "issued a statement
     * condemning ..."; -1 otherwise (not "circulated a draft calling for ...": a draft is not yet adopted).
     */
    private int adoptedBy(int noun) {
        if (noun < 0 || !v.words.has(WordLists.Name.INITIATIVE_NOUNS, v.token(noun).lemma())
                && !v.words.has(WordLists.Name.DOCUMENT_NOUNS, v.token(noun).lemma())) {
            return -1;
        }
        int verb = parse.head(noun);
        if (verb >= 0 && parse.relation(noun).equals("pobj") && v.token(verb).is("on")) {
            verb = parse.head(verb); // "vote on a resolution"
        } else if (!parse.relation(noun).equals("dobj")) {
            return -1;
        }
        return verb >= 0 && v.words.has(WordLists.Name.ADOPTION_VERBS, v.token(verb).lemma()) ? verb : -1;
    }

    /**
     * The head word of the subject of {@code verb}, where it names no actor of its own ("the ministers agreed to
     * meet again": "ministers"); shared subjects are followed as {@link #subject} does. -1 when there is none.
     */
    int subjectWord(int verb) {
        if (parse == null) {
            return -1;
        }
        for (int k = verb, depth = 0; k >= 0 && depth <= 4; depth++) {
            // "the commanders are expected to meet": the subject of a passive that governs the verb is the verb's
            List<Integer> subjects = k == verb ? parse.dependents(k, "nsubj") : parse.dependents(k, "nsubj", "nsubjpass");
            if (!subjects.isEmpty()) {
                return subjects.get(0);
            }
            String relation = parse.relation(k);
            int head = parse.head(k);
            // "expected X to meet" gives the meeting to X, "X is expected to meet" to the passive's subject
            boolean shared = relation.equals("conj") || relation.equals("acomp") && !v.token(k).isVerb()
                    || relation.equals("xcomp") && head >= 0
                    && (!v.words.has(WordLists.Name.OBJECT_CONTROL_VERBS, v.token(head).lemma())
                        || !parse.dependents(head, "nsubjpass").isEmpty());
            if (relation.equals("pcomp") && head >= 0 && v.token(k).text().endsWith("ing") && parse.relation(head).equals("prep")
                    && parse.head(head) >= 0 && v.token(parse.head(head)).isVerb()) {
                k = parse.head(head); // "they look forward to meeting again": the gerund's subject is the verb's
                continue;
            }
            if (!shared) {
                return -1;
            }
            k = head;
        }
        return -1;
    }

    /**
     * "pledged guarantees to the DPRK and the Chairman reaffirmed ...": a conjunct the parse joined to a list whose
     * name is followed by a finite verb with no subject of its own is that verb's subject, a clause of its own.
     */
    private boolean startsAClause(int conjunct) {
        Mention m = v.mentionAt(conjunct);
        if (m == null) {
            return false;
        }
        int after = m.tokens().end();
        while (after < v.size() && "AUX".equals(v.token(after).pos())) {
            after++;
        }
        if (after >= v.size()) {
            return false;
        }
        String tag = parse.arcs().get(after).tag();
        return (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP"))
                && parse.dependents(after, "nsubj", "nsubjpass").isEmpty();
    }

    /** A person's or party's name right before {@code verb} when the parse gives the verb no subject, else null. */
    private Mention nameRightBefore(int verb) {
        if (!parse.dependents(verb, "nsubj", "nsubjpass", "csubj", "expl", "agent").isEmpty() || verb == 0) {
            return null;
        }
        Mention m = v.mentionAt(verb - 1);
        return m != null && (m.form() == Mention.Form.NAME || m.form() == Mention.Form.ROLE) && m.canParticipate()
                && m.tokens().end() == verb ? m : null;
    }

    /**
     * The subject of a passive {@code verb}, who or what is acted on ("the Indian ambassador was summoned",
     * "Putin was met at the airport by Erdogan").
     */
    List<Mention> passiveSubject(int verb) {
        if (parse == null) {
            return List.of();
        }
        List<Mention> own = objectsOf(verb, "nsubjpass");
        if (!own.isEmpty() || !parse.relation(verb).equals("conj") || !parse.dependents(verb, "nsubj").isEmpty()) {
            return own;
        }
        // "Rahmon arrived in Bishkek and was met at the airport by Japarov": the subject of the first verb
        int head = parse.head(verb);
        List<Mention> shared = objectsOf(head, "nsubjpass");
        return shared.isEmpty() ? objectsOf(head, "nsubj") : shared;
    }

    /** The {@code by} phrase of a passive verb, with its conjuncts; empty without one. */
    List<Mention> passiveAgent(int verb) {
        if (parse == null) {
            return List.of();
        }
        for (int a : parse.dependents(verb, "agent")) {
            return objectsOf(a, "pobj");
        }
        return prepositional(verb, Set.of("by"));
    }

    /**
     * The direct object of {@code verb}, with its conjuncts; when that names no one, the party it is given to
     * ("offered Moscow his support").
     */
    List<Mention> object(int verb) {
        List<Mention> direct = objectsOf(verb, "dobj");
        return direct.isEmpty() ? objectsOf(verb, "dative") : direct;
    }

    /** The objects of the prepositions {@code words} attached to {@code head} ("with X", "between A and B"). */
    List<Mention> prepositional(int head, Set<String> words) {
        if (parse == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int p : parse.dependents(head, "prep", "agent", "dative")) {
            if (words.contains(v.token(p).text().toLowerCase(java.util.Locale.ROOT))) {
                for (Mention m : objectsOf(p, "pobj")) {
                    if (!out.contains(m)) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /**
     * True when a noun tells an event by itself: it is a subject, the object of a preposition ("after her visit",
     * "during talks with"), an apposition or the root, not the object of a verb.
     */
    boolean standsAlone(int noun) {
        if (parse == null) {
            return false;
        }
        String r = parse.relation(noun);
        return r.equals("nsubj") || r.equals("pobj") || r.equals("root") || r.equals("appos") || r.equals("nsubjpass");
    }

    /** The owner of a noun: "her visit", "China's decision", "the ministers' condemnation". */
    List<Mention> possessor(int noun) {
        if (parse == null) {
            return List.of();
        }
        for (int p : parse.dependents(noun, "poss")) {
            return group(p);
        }
        return List.of();
    }

    /** The nominal subject the parse gives {@code verb}, with its conjuncts; no reading through clauses. */
    List<Mention> nominalSubject(int verb) {
        return objectsOf(verb, "nsubj");
    }

    private List<Mention> objectsOf(int head, String relation) {
        if (parse == null) {
            return List.of();
        }
        for (int o : parse.dependents(head, relation)) {
            return group(o);
        }
        return List.of();
    }

    /**
     * The noun a relative clause describes: "Tsipras and Zaev, who clinched the deal": both, when the clause is set
     * off by a comma after the last of a coordination (without the comma, "met Tsipras and Zaev who ...": the last).
     */
    private int antecedent(int relativeVerb) {
        int head = parse.head(relativeVerb);
        if (head >= 0 && parse.relation(head).equals("conj") && head + 1 < v.size() && v.token(head + 1).text().equals(",")
                && parse.head(head) >= 0) {
            return parse.head(head);
        }
        // "Algeria and Zimbabwe were among the members that had argued against it": those said to be among them
        if (head >= 0 && v.mentionAt(head) == null && parse.relation(head).equals("pobj") && parse.head(head) >= 0
                && v.token(parse.head(head)).is("among") && parse.head(parse.head(head)) >= 0) {
            List<Integer> among = parse.dependents(parse.head(parse.head(head)), "nsubj");
            if (!among.isEmpty()) {
                return among.get(0);
            }
        }
        return head;
    }

    /**
     * Who says the clause that holds {@code token}: the subject of the reporting verb whose complement it is, when
     * that verb is told to no one ("told Japan they" is ambiguous) and its subject is several parties or one body
     * or state, which "they" can stand for (never one person).
     */
    private List<Mention> speakers(int token) {
        int k = token;
        for (int hop = 0; hop < 4 && k >= 0 && !parse.relation(k).equals("ccomp"); hop++) {
            k = parse.head(k);
        }
        int said = k < 0 ? -1 : parse.head(k);
        if (said < 0 || !parse.relation(k).equals("ccomp") || !v.words.has(WordLists.Name.REPORTING_VERBS, v.token(said).lemma())
                || !parse.dependents(said, "dobj", "dative").isEmpty()) {
            return List.of();
        }
        List<Integer> subjects = parse.dependents(said, "nsubj");
        if (subjects.isEmpty() || v.token(subjects.get(0)).is("they") || v.token(subjects.get(0)).is("their")) {
            return List.of(); // ("they said they would": no one named to stand for)
        }
        // the words before the verb first: the parse may take an apposition for one more party ("Mali, Burkina Faso
        // and Niger, the three members of the Alliance, announced")
        List<Mention> surface = v.subjectOf(said);
        List<Mention> speakers = surface.isEmpty() ? group(subjects.get(0)) : surface;
        boolean onePerson = speakers.size() == 1 && speakers.get(0).actor().kind() == ActorKind.PERSON;
        return onePerson || speakers.stream().anyMatch(x -> x.form() == Mention.Form.DEMONYM) ? List.of() : speakers;
    }

    /** The mentions of a phrase headed at {@code token} and of its conjuncts and appositions. */
    private List<Mention> group(int token) {
        List<Mention> out = new ArrayList<>();
        collect(token, out, 0);
        return out;
    }

    private void collect(int token, List<Mention> out, int depth) {
        if (depth > 12) {
            return;
        }
        Mention m = v.mentionAt(token);
        if (m != null && m.canParticipate() && !out.contains(m)) {
            out.add(m);
        }
        if (m == null && (v.token(token).is("they") || v.token(token).is("their"))) {
            // "the rebels said they would not attend", "Canada and Norway said their ministers would not travel":
            // in what a speaker says, "they" are the speakers
            for (Mention s : speakers(token)) {
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
            return;
        }
        for (int c : parse.dependents(token, "conj")) {
            if (!startsAClause(c)) {
                collect(c, out, depth + 1);
            }
        }
        for (int k = m == null ? 0 : m.tokens().begin(); m != null && k < m.tokens().end(); k++) {
            // "by Presidents Barack Obama and Vladimir Putin": the mention takes in the title the parse heads with,
            // and the conjunct hangs on the name inside it
            for (int c : k == token ? List.<Integer>of() : parse.dependents(k, "conj")) {
                if (c < m.tokens().begin() || c >= m.tokens().end()) {
                    collect(c, out, depth + 1);
                }
            }
        }
        if (m != null && m.actor().kind() == ActorKind.PERSON) {
            // "by Tashiyev of Kyrgyzstan and Yatimov of Tajikistan": the parse may join the second name to the
            // first one's state
            for (int of : parse.dependents(token, "prep")) {
                for (int state : v.token(of).is("of") ? parse.dependents(of, "pobj") : List.<Integer>of()) {
                    for (int c : v.mentionAt(state) == null || v.mentionAt(state) == m ? parse.dependents(state, "conj") : List.<Integer>of()) {
                        collect(c, out, depth + 1);
                    }
                }
            }
        }
        if (m == null) {
            // "Sergei Lavrov, Russia's foreign minister": the apposition names whom the head does not
            for (int a : parse.dependents(token, "appos")) {
                collect(a, out, depth + 1);
            }
            boolean actsFor = v.words.has(WordLists.Name.AGENT_NOUNS, v.token(token).lemma());
            if (actsFor || v.words.has(WordLists.Name.ROLE_HEADS, v.token(token).lemma())) {
                // "its defence chiefs", "the bloc's foreign ministers": people who stand for their owner (one of
                // them, "the Taliban's political chief Mullah Baradar", is the person named); "Putin's spokesman",
                // "Noboa's office": one who speaks for the owner
                boolean plural = v.token(token).isInflected();
                for (int owner : plural || actsFor ? parse.dependents(token, "poss") : List.<Integer>of()) {
                    collect(owner, out, depth + 1);
                }
                // "the foreign ministers of Britain, France and Germany": people who stand for the states named
                for (int of : parse.dependents(token, "prep")) {
                    if (v.token(of).is("of")) {
                        // "representatives of the army and of the paramilitary forces": each "of" phrase
                        List<Integer> ofs = new ArrayList<>(List.of(of));
                        ofs.addAll(parse.dependents(of, "conj").stream().filter(c -> v.token(c).is("of")).toList());
                        for (int each : ofs) {
                            for (int o : parse.dependents(each, "pobj")) {
                                collect(o, out, depth + 1);
                            }
                        }
                    }
                }
            }
        }
    }
}
