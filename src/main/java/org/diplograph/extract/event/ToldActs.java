package org.diplograph.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.knowledge.WordLists;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;
import org.diplograph.nlp.Parse;
import org.diplograph.nlp.Token;

/**
 * Who, as the article tells it so far, did what: "Russia annexed Crimea", "Russia's annexation", "the annexation
 * by Moscow". A condemnation or a rejection of "the annexation" that names no one is aimed at whoever did it, as
 * the event coders read it. It keeps the actors named too, and the lists they were named in ("India and
 * Pakistan"), for the words that point back to them ("both countries"), and the body whose summit it tells of ("the
 * leaders" met there act as it). The act-nouns list of words.tsv pairs each
 * noun with the verbs that tell the same act ("annexation>annex", "downing>down/shoot"); acts are kept per article,
 * in the order told.
 *
 * <pre>
 * ToldActs told = finder.newArticle();              // one per article
 * finder.find(sentence, mentions, published, earlier, told);
 * </pre>
 */
public final class ToldActs {

    private record Act(String verb, Actor actor) {
    }

    private final Map<String, Set<String>> verbsOfNoun = new HashMap<>();
    private final Set<String> actVerbs = new LinkedHashSet<>();
    private final List<Act> told = new ArrayList<>();
    private final List<Actor> named = new ArrayList<>();
    private final List<List<Actor>> namedTogether = new ArrayList<>();
    /** The sentence that named each list of {@link #namedTogether}. */
    private final List<Integer> namedTogetherIn = new ArrayList<>();
    private Actor gathered;

    ToldActs(WordLists words) {
        for (String pair : words.of(WordLists.Name.ACT_NOUNS)) {
            int cut = pair.indexOf('>');
            String noun = cut < 0 ? pair : pair.substring(0, cut);
            Set<String> verbs = new LinkedHashSet<>(cut < 0 ? List.of() : List.of(pair.substring(cut + 1).split("/")));
            verbsOfNoun.put(noun, verbs);
            actVerbs.addAll(verbs);
        }
    }

    /** Keeps the acts the sentence tells, for the sentences after it. */
    void read(SentenceView v) {
        told.addAll(actsIn(v));
        v.mentions.stream().filter(Mention::canParticipate).map(Mention::actor).forEach(named::add);
        List<List<Actor>> groups = groupsIn(v, v.size());
        namedTogether.addAll(groups);
        groups.forEach(g -> namedTogetherIn.add(v.sentence.index()));
        for (Mention m : v.mentions) {
            if (Phrases.isVenue(m.actor()) && namesItsGathering(v, m)) {
                gathered = m.actor();
            }
        }
    }

    /** "the SCO summit", "the first summit of the Quad": a gathering noun (gathering-nouns) of the body named. */
    private static boolean namesItsGathering(SentenceView v, Mention m) {
        int before = m.tokens().begin() - 1;
        if (before >= 0 && v.token(before).is("the")) {
            before--;
        }
        boolean of = before >= 1 && v.token(before).is("of") && isGathering(v, before - 1);
        int after = m.tokens().end();
        if (after + 2 < v.size() && v.token(after).text().equals("(") && v.token(after + 2).text().equals(")")) {
            after += 3; // "a Shanghai Cooperation Organisation (SCO) summit"
        }
        return of || after < v.size() && isGathering(v, after);
    }

    private static boolean isGathering(SentenceView v, int k) {
        return v.words.has(WordLists.Name.GATHERING_NOUNS, v.token(k).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The international body whose gathering the article has named, the last one told ("the summit of the Quad"):
     * the leaders met there speak as that body. Null when none.
     */
    Actor gathered() {
        return gathered;
    }

    /** The lists of two or more actors ("India and Pakistan", "between A and B") told before the word at {@code before}. */
    static List<List<Actor>> groupsIn(SentenceView v, int before) {
        List<List<Actor>> groups = new ArrayList<>();
        int after = 0;
        for (Mention m : v.mentions) {
            if (m.tokens().begin() < after || !m.canParticipate()) {
                continue;
            }
            List<Mention> group = v.groupRightFrom(m);
            int end = group.get(group.size() - 1).tokens().end();
            if (group.size() >= 2 && end <= before) {
                groups.add(SentenceView.actors(group));
                after = end;
            }
        }
        return groups;
    }

    /** The lists of two or more actors the article has told so far, in the order told. */
    List<List<Actor>> namedTogether() {
        return List.copyOf(namedTogether);
    }

    /**
     * The last list of actors the article named together after sentence {@code after} that passes {@code which}:
     * "Sweden and Turkiye decided ... The two sides agree" after a meeting of three.
     */
    java.util.Optional<List<Actor>> lastNamedTogetherAfter(int after, java.util.function.Predicate<List<Actor>> which) {
        for (int i = namedTogether.size() - 1; i >= 0 && namedTogetherIn.get(i) > after; i--) {
            if (which.test(namedTogether.get(i))) {
                return java.util.Optional.of(namedTogether.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** The actors the article has named so far, each time it names one, in the order told. */
    List<Actor> named() {
        return List.copyOf(named);
    }

    /**
     * Whoever did the act the noun at {@code noun} names ("condemned the raid"), of another side than
     * {@code agents}: its owner in the phrase itself ("the raid by Ecuadorian police"), else the last act of the
     * same kind told in this sentence or before. Empty when the noun names no act of the list or no one did it.
     */
    List<Actor> authorOf(SentenceView v, int noun, List<Actor> agents) {
        List<Actor> summed = clauseAuthor(v, noun, agents);
        if (!summed.isEmpty()) {
            return summed;
        }
        Set<String> verbs = verbsOfNoun.get(key(v, noun));
        if (verbs == null) {
            return List.of();
        }
        List<Mention> owners = ownersOf(v, noun);
        if (!owners.isEmpty()) {
            // "defended Moscow's recognition of the two entities": the act named is its owner's, whatever was told
            // before; the owner of the agents' own side is no one to answer
            return SentenceView.actors(owners).stream().filter(a -> !Sides.sameSide(agents, List.of(a))).distinct().toList();
        }
        List<Act> candidates = new ArrayList<>(told);
        candidates.addAll(actsIn(v));
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Act act = candidates.get(i);
            if ((verbs.contains(act.verb()) || act.verb().equals(key(v, noun))) && !Sides.sameSide(agents, List.of(act.actor()))) {
                return List.of(act.actor());
            }
        }
        return List.of();
    }

    /**
     * "Spain, Ireland and Norway recognised a Palestinian state, a move Netanyahu condemned": a noun of the
     * clause-nouns list set after the clause it sums up names what the clause's subject did.
     */
    private static List<Actor> clauseAuthor(SentenceView v, int noun, List<Actor> agents) {
        int det = noun - 1;
        if (det < 1 || !"DET".equals(v.token(det).pos()) || !v.token(det - 1).text().equals(",")
                || !v.words.has(WordLists.Name.CLAUSE_NOUNS, key(v, noun))) {
            return List.of();
        }
        List<Actor> subject = SentenceView.actors(v.clauseSubject(0, det - 1));
        return subject.isEmpty() || Sides.sameSide(agents, subject) ? List.of() : subject;
    }

    /** The object noun of the verb at {@code verb}: the noun its words go on to, else its direct object in the parse. */
    static int objectNoun(SentenceView v, int verb, int end) {
        int from = Phrases.afterMannerPhrase(v, end);
        if (from + 2 < v.size() && v.token(from).is("to") && v.token(from + 1).isVerb()) {
            from += 2; // "refused to apply the border closure": the object of the act refused
        }
        for (int k = from; k < v.size() && k < from + 4; k++) {
            if (v.mentionAt(k) != null || "ADP".equals(v.token(k).pos()) || "PUNCT".equals(v.token(k).pos())) {
                break;
            }
            if (v.token(k).isNoun() && (k + 1 >= v.size() || !v.token(k + 1).isNoun())) {
                // "a reckless use of the veto", "a series of strikes": the act is what the quantity is of
                boolean of = k + 2 < v.size() && v.token(k + 1).is("of")
                        && v.words.has(WordLists.Name.MEASURE_OF_NOUNS, v.token(k).lemma().toLowerCase(java.util.Locale.ROOT));
                int inner = of ? objectNoun(v, verb, k + 2) : -1;
                return inner >= 0 ? inner : k;
            }
        }
        Parse parse = v.sentence.parse();
        if (parse != null) {
            for (int k : parse.dependents(verb, "dobj")) {
                if (v.token(k).isNoun() || parse.arcs().get(k).tag().startsWith("NN")) { // "regretted the withdrawal/ADJ"
                    return k;
                }
            }
            // "a trip that Zelenskyy had criticised": the noun the relative clause describes
            int described = parse.relation(verb).equals("relcl") ? parse.head(verb) : -1;
            if (described >= 0 && described < verb && v.token(described).isNoun() && v.mentionAt(described) == null) {
                return described;
            }
        }
        return -1;
    }

    private List<Act> actsIn(SentenceView v) {
        List<Act> acts = new ArrayList<>();
        for (int k = 0; k < v.size(); k++) {
            if (v.mentionAt(k) != null) {
                continue;
            }
            String lemma = v.token(k).isVerb() || v.isVerbInTagOrParse(k) ? actVerb(v.token(k)) : null;
            if (lemma != null && v.isVerbInTagOrParse(k)) {
                List<Mention> doers = AgentReader.isPassive(v, k)
                        ? Phrases.after(v, k + 1, Math.min(v.size(), k + 4), "by")
                        : AgentReader.agentsOf(v, k);
                if (doers.isEmpty()) {
                    doers = nationalSubject(v, k);
                }
                doers.stream().filter(ToldActs::canAct).forEach(m -> acts.add(new Act(lemma, m.actor())));
            } else if (verbsOfNoun.containsKey(key(v, k)) && v.token(k).isNoun()) {
                String noun = key(v, k);
                List<Mention> owners = ownersOf(v, k);
                if (owners.isEmpty()) {
                    owners = makers(v, k);
                }
                owners.forEach(owner -> acts.add(actOf(noun, owner.actor())));
            }
        }
        return acts;
    }

    /** The verb of the act-nouns list this token is a form of ("vetoed", which the lemmatizer leaves as it is), or null. */
    private String actVerb(Token token) {
        String lemma = token.lemma().toLowerCase(Locale.ROOT);
        if (actVerbs.contains(lemma)) {
            return lemma;
        }
        String text = token.text().toLowerCase(Locale.ROOT);
        if (!TriggerMatcher.mayBeInflected(text)) {
            // (only a past or third-person form is worth a search: one the lemmatizer left whole, or cut wrong,
            // "ruled" -> "rul")
            return null;
        }
        return actVerbs.stream().filter(verb -> TriggerMatcher.sameWord(token, verb)).findFirst().orElse(null);
    }

    /** The act a noun of the list names, told as by its first verb ("Russia's annexation" as "Russia annexed"). */
    private Act actOf(String noun, Actor doer) {
        Set<String> verbs = verbsOfNoun.get(noun);
        return new Act(verbs.isEmpty() ? noun : verbs.iterator().next(), doer);
    }

    /**
     * "Turkish F-16 fighters shot down", "Russian troops seized": the state whose forces did it, named before the
     * subject's noun (the subject in the parse, else the noun right before the verb: a sentence with no trigger word
     * is not parsed).
     */
    private static List<Mention> nationalSubject(SentenceView v, int verb) {
        Parse parse = v.sentence.parse();
        List<Integer> subjects = new ArrayList<>(parse == null ? List.of() : parse.dependents(verb, "nsubj"));
        int before = verb - 1;
        while (before >= 0 && ("AUX".equals(v.token(before).pos()) || "ADV".equals(v.token(before).pos()))) {
            before--;
        }
        if (subjects.isEmpty() && before >= 0 && v.token(before).isNoun()) {
            subjects.add(before);
        }
        for (int subject : subjects) {
            for (int k = subject - 1; k >= 0 && k >= subject - 4; k--) {
                Mention m = v.mentionAt(k);
                if (m != null && m.actor().kind() == ActorKind.STATE) {
                    return List.of(m);
                }
                if ("PUNCT".equals(v.token(k).pos()) && !v.token(k).text().equals("-") || v.isVerbInTagOrParse(k)
                        || "DET".equals(v.token(k).pos()) || "ADP".equals(v.token(k).pos())) {
                    break;
                }
            }
        }
        return List.of();
    }

    /** "Russia's annexation", "the Ecuadorian raid", "the annexation of Crimea by Russia": who did it, as the phrase says. */
    private static List<Mention> ownersOf(SentenceView v, int noun) {
        List<Mention> owners = new ArrayList<>(Phrases.nationalityOf(v, noun));
        int k = noun - 1;
        while (k > 0 && ("ADJ".equals(v.token(k).pos()) || v.token(k).isNoun() && v.mentionAt(k) == null)) {
            k--;
        }
        if (k > 0 && v.token(k).isPossessiveMark()) {
            Mention possessor = v.mentionEndingBefore(k);
            if (possessor != null && canAct(possessor)) {
                owners.add(possessor);
            }
        }
        for (int by = noun + 1; by < v.size() && by < noun + 7; by++) {
            if (v.token(by).is("by")) {
                owners.addAll(Phrases.after(v, by, by + 1, "by"));
                break;
            }
            if ("PUNCT".equals(v.token(by).pos()) || v.isVerbInTagOrParse(by)) {
                break;
            }
        }
        owners.removeIf(m -> !canAct(m));
        return owners;
    }

    /**
     * "ECOWAS imposed a border closure on Mali", "Moscow ordered the expulsion": whoever the verb that takes the noun
     * as its object has acting, read from the parse.
     */
    private static List<Mention> makers(SentenceView v, int noun) {
        Parse parse = v.sentence.parse();
        if (parse == null || !parse.relation(noun).equals("dobj") || parse.head(noun) < 0) {
            return List.of();
        }
        int verb = parse.head(noun);
        return AgentReader.isPassive(v, verb) ? List.of()
                : AgentReader.agentsOf(v, verb).stream().filter(ToldActs::canAct).toList();
    }

    /** A party, or the state a nationality adjective names ("Russian troops"): a source or a place is no doer. */
    static boolean canAct(Mention m) {
        return m.canParticipate() || m.form() == Mention.Form.DEMONYM && m.actor().kind() == ActorKind.STATE;
    }

    private static String key(SentenceView v, int k) {
        return v.token(k).lemma().toLowerCase(Locale.ROOT);
    }
}
