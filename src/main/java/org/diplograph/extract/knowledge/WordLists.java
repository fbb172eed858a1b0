package org.diplograph.extract.knowledge;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of words.tsv: the small closed lists the extractor reads beside the lexicons ("both leaders" names
 * the parties; "Sheikh" is a form of address). Each list is read from that file only, so a domain expert extends it
 * there, without Java.
 *
 * <pre>
 * if (knowledge.words().has(WordLists.Name.PARTY_NOUNS, token.lemma())) ...
 * </pre>
 */
public final class WordLists {

    /** The lists the extractor knows; each is a row of words.tsv named in kebab case ({@code party-nouns}). */
    public enum Name {
        INITIATIVE_NOUNS, FORUM_NOUNS, CLAUSE_BOUNDARIES, AUXILIARIES, AGENT_NOUNS, PHRASE_PREPOSITIONS, TIME_WORDS,
        EVENT_NOUN_PREPOSITIONS, CAUSE_PREPOSITIONS, PARTY_NOUNS, PARTY_STATE_NOUNS, PARTY_PEOPLE_NOUNS, ARRANGING_VERBS, LIKENESS_WORDS, NOUN_TARGET_PREPOSITIONS, ATTRIBUTION_VERBS,
        CONDITIONAL_OPENINGS, CONDITIONAL_CONJUNCTIONS, OBJECT_CONTROL_VERBS, RELATIVE_PRONOUNS, GROUP_NOUNS, GENERIC_FUNCTIONS, NOT_NAME_WORDS,
        CALENDAR_WORDS, TITLE_MODIFIERS, HONORIFICS, NAME_PARTICLES, ROLE_HEADS, HOME_NOUNS, STATE_NOUNS, POSSESSIVES, REPORTING_VERBS, DEMAND_MODALS, INTENTION_VERBS, CENSURE_WORDS, PRAISE_WORDS, REFUSAL_VERBS,
        PLAN_NOUNS, DECISION_NOUNS, MEASURE_NOUNS, DECISION_VERBS, CONTINUATION_VERBS, PERSONAL_POSSESSIONS, REPETITION_PHRASES, ORDINAL_WORDS, RECIPROCAL_PHRASES,
        COMPLETED_PREPOSITIONS, DOCUMENT_NOUNS, CENSURE_EMOTIONS, MEMBER_NOUNS, DISTRIBUTIVE_WORDS, ADOPTION_VERBS, EXPULSION_WORDS, RETALIATION_VERBS, RESPONSE_VERBS, REPRISAL_WORDS,
        ARRIVAL_PREDICATES, MEASURE_OF_NOUNS, TITLE_DEFAULTS, COUNTERPART_NOUNS, ACT_NOUNS, RELATIVE_DAYS, AUDIENCE_WORDS, STANCE_REFUSAL_VERBS, CAPITAL_NOUNS, TOPIC_VERBS, INVITATION_PHRASES, CLAUSE_NOUNS, NAMING_VERBS, EQUATING_VERBS, GOVERNMENT_NOUNS, RELUCTANCE_VERBS, TITLE_SUFFIXES, REQUEST_NOUNS, DRAFT_NOUNS, VOTING_VERBS, VOTING_BODY_NOUNS, GUEST_VERBS, CONSEQUENCE_PHRASES, CONTINUATION_WORDS, OCCURRENCE_VERBS, CAUSATION_VERBS, ENVOY_NOUNS, SPONSOR_NOUNS, FAMILY_NAME_FIRST_STATES, BREACH_VERBS, GIVING_VERBS, SUMMONS_VERBS, GRIEVANCE_WORDS, BELIEF_VERBS, DECREE_WORDS, OCCASION_NOUNS, EITHER_NAME_ORDER_STATES, EXCHANGE_VERBS, BOUND_PREPOSITIONS, REGION_QUALIFIERS, MOVEMENT_NOUNS, FLOATING_QUANTIFIERS, GATHERING_NOUNS, PEOPLE_NOUNS, STATE_FORM_NOUNS, ORGANIZATION_HEADS, AID_NOUNS, JOINING_VERBS,
        OFFSET_PREPOSITIONS, OFFSET_UNITS, OFFSET_COUNTS, APPROXIMATORS, JOURNEY_PREPOSITIONS, VIRTUE_WORDS, OBLIGATION_VERBS, DELEGATE_NOUNS, EXCLUSION_VERBS, GENERATIONAL_SUFFIXES, BLAMING_VERBS, JOURNEY_GOAL_NOUNS, FULFILMENT_NOUNS, PARTY_COUNTS, OPPOSITION_WORDS, WARNING_VERBS, EPISODE_BREAKS, OWN_GOVERNMENT_NOUNS, SUBJECT_ADJECTIVES;

        /** The name of its row in words.tsv. */
        public String row() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Name ofRow(String row) {
            for (Name n : values()) {
                if (n.row().equals(row)) {
                    return n;
                }
            }
            return null;
        }
    }

    /** The lists whose entries are a word or phrase and a whole number: "the following day=1", "week=7". */
    private static final Set<Name> NUMBERED = java.util.EnumSet.of(Name.RELATIVE_DAYS, Name.OFFSET_PREPOSITIONS,
            Name.OFFSET_UNITS, Name.OFFSET_COUNTS, Name.PARTY_COUNTS);

    private final Map<Name, Set<String>> lists;
    private final Map<Name, Map<String, Long>> numbers = new EnumMap<>(Name.class);

    private WordLists(Map<Name, Set<String>> lists) {
        this.lists = lists;
        for (Name n : NUMBERED) {
            Map<String, Long> byWord = new java.util.LinkedHashMap<>();
            for (String entry : lists.get(n)) {
                int cut = entry.lastIndexOf('=');
                byWord.put(entry.substring(0, cut).strip(), Long.valueOf(entry.substring(cut + 1).strip()));
            }
            numbers.put(n, java.util.Collections.unmodifiableMap(byWord));
        }
    }

    /** The lists of words.tsv; fails with the line of an unknown list, or the name of a missing one. */
    public static WordLists load(KnowledgeFiles files) {
        Map<Name, Set<String>> lists = new EnumMap<>(Name.class);
        String file = null;
        for (Tsv.Row r : files.rows("words.tsv")) {
            file = r.file();
            Name name = Name.ofRow(r.get("list"));
            if (name == null) {
                throw r.error("no word list '" + r.get("list") + "' is read by the extractor; the lists are "
                        + java.util.Arrays.stream(Name.values()).map(Name::row).toList());
            }
            if (lists.containsKey(name)) {
                throw r.error("the list '" + name.row() + "' is given twice; keep one row");
            }
            // in the order of the file, so that every run reads the list alike ("Colonel Major" before "Colonel")
            lists.put(name, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(r.list("words"))));
            for (String word : r.list("words")) {
                if (NUMBERED.contains(name) && !word.matches("[^=]+=-?\\d+")) {
                    throw r.error("'" + word + (name == Name.RELATIVE_DAYS ? "' is not a phrase and a number of days, e.g. 'the following day=1'"
                            : "' is not a word and a whole number, e.g. 'two=2'"));
                }
                if (name == Name.OCCASION_NOUNS && !word.matches("[a-z ]+=[A-Za-z]+(/[A-Za-z]+)*")) {
                    throw r.error("'" + word + "' is not a noun and event classes, e.g. 'call=PhoneCall/Consult'");
                }
                if (name == Name.ACT_NOUNS && !word.matches("[^>/]+(>[^>/]+(/[^>/]+)*)?")) {
                    throw r.error("'" + word + "' is not a noun and its verbs, e.g. 'annexation>annex'");
                }
            }
        }
        for (Name n : Name.values()) {
            if (!lists.containsKey(n)) {
                throw new IllegalStateException((file == null ? "words.tsv" : file) + ": the word list '" + n.row()
                        + "' is missing; add its row (the bundled words.tsv has every list)");
            }
        }
        return new WordLists(lists);
    }

    /** The words of a list. */
    public Set<String> of(Name name) {
        return lists.get(name);
    }

    /**
     * The words of a numbered list with their numbers, in the order of the file: {@code relative-days},
     * {@code offset-units}, ... ("the following day" -> 1). Empty for a list of plain words.
     */
    public Map<String, Long> numbered(Name name) {
        return numbers.getOrDefault(name, Map.of());
    }

    /** Whether the list holds the word (as the list has it: lemmas in lower case, or as written). */
    public boolean has(Name name, String word) {
        return lists.get(name).contains(word);
    }

    /** Whether some word of a phrase, in lower case, is on the list: "the French initiative" names an initiative. */
    public boolean namedIn(Name name, String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (has(name, w)) {
                return true;
            }
        }
        return false;
    }
}
