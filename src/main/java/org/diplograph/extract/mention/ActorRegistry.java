package org.diplograph.extract.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;
import org.diplograph.model.Office;

/**
 * The actors met so far in one article, for coreference: a surname, a role phrase or a pronoun refers back to
 * an actor named earlier. One registry per article; it is the only state that survives from one sentence to
 * the next.
 */
public final class ActorRegistry {
    private static final java.util.regex.Pattern PARTICLE_JOINED = java.util.regex.Pattern.compile("\\p{Ll}{1,3}-(\\p{Lu}\\p{L}+)");
    private final List<Mention> history = new ArrayList<>();
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> personBySurname = new HashMap<>();
    private final java.util.Set<String> countriesSeen = new java.util.HashSet<>();
    private final java.time.LocalDate date;
    private final java.util.function.Supplier<ArticleScope> scopeReader;
    private ArticleScope scope;
    private int headlineFrom;
    private int headlineTo;

    /** A registry for an article of unknown date. */
    public ActorRegistry() {
        this(null);
    }

    /** A registry for an article published on {@code date} (null when unknown): role phrases resolve to that day's holder. */
    public ActorRegistry(java.time.LocalDate date) {
        this(date, () -> ArticleScope.NONE);
    }

    /**
     * The same, able to read which states the whole article names, for a bare title met before its holder's state:
     * read once, when a bare title first needs it (most articles never do).
     */
    public ActorRegistry(java.time.LocalDate date, java.util.function.Supplier<ArticleScope> scope) {
        this.date = date;
        this.scopeReader = scope;
    }

    /**
     * What the whole article names, read before its first sentence: a readout's "the Prime Minister met Israeli Prime
     * Minister Netanyahu ... the UK's solidarity" names the Prime Minister's state only later.
     *
     * @param text   the article's text
     * @param states ISO codes of the states it names, in order of first appearance
     */
    public record ArticleScope(String text, List<String> states) {
        public static final ArticleScope NONE = new ArticleScope("", List.of());

        public ArticleScope {
            states = List.copyOf(states);
        }
    }

    public ArticleScope scope() {
        if (scope == null) {
            scope = scopeReader.get();
        }
        return scope;
    }

    /** The actor a role phrase ("the Prime Minister") pointed to earlier in the article: the same phrase, the same one. */
    public Optional<Actor> byRolePhrase(String phrase) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention m = history.get(i);
            if (m.form() == Mention.Form.ROLE && withoutArticle(m.surface()).equalsIgnoreCase(withoutArticle(phrase))) {
                return Optional.of(current(m.actor()));
            }
        }
        return Optional.empty();
    }

    private static String withoutArticle(String phrase) {
        return phrase.regionMatches(true, 0, "the ", 0, 4) ? phrase.substring(4) : phrase;
    }

    /** The article's publication date, or null. */
    public java.time.LocalDate date() {
        return date;
    }

    /**
     * Records the headline's mentions: known from then on, but not the first named of the story ("Readout of the
     * President's Call with President al-Sisi" names the other party first).
     */
    public void addHeadline(List<Mention> mentions) {
        if (headlineTo == 0) {
            headlineFrom = history.size();
        }
        addAll(mentions);
        headlineTo = history.size();
    }

    /** The indices of the history in the order the story names them: its own sentences first, then its headline. */
    private int[] storyOrder() {
        return java.util.stream.IntStream.concat(
                java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0, headlineFrom),
                        java.util.stream.IntStream.range(headlineTo, history.size())),
                java.util.stream.IntStream.range(headlineFrom, headlineTo)).toArray();
    }

    /** Records a sentence's mentions; a later mention of an actor with more details (an office) updates it. */
    public void addAll(List<Mention> mentions) {
        for (Mention m : mentions) {
            history.add(m);
            Actor a = m.actor();
            if (a.country() != null) {
                countriesSeen.add(a.country());
            }
            actors.merge(a.key(), a, (old, neu) -> neu.office() != null && old.office() == null ? neu : old);
            if (a.kind() == ActorKind.PERSON && !a.key().startsWith("person/office-holder/")) {
                // an office's unnamed holder has a description, not a name, so no surname
                indexSurnames(a.label(), a.key());
                if (m.form() == Mention.Form.NAME) {
                    indexSurnames(m.surface(), a.key());
                }
            }
        }
    }

    private void indexSurnames(String name, String key) {
        String[] words = name.split("\\s+");
        if (words.length >= 2) {
            personBySurname.putIfAbsent(words[words.length - 1].toLowerCase(Locale.ROOT), key);
            // family name first ("Yun Byung-se", "Park Geun-hye"): the first word may be the surname
            personBySurname.putIfAbsent(words[0].toLowerCase(Locale.ROOT), key);
            // "Abu Marzouk", "Ben Shabbat": the last two words are a surname too
            personBySurname.putIfAbsent((words[words.length - 2] + " " + words[words.length - 1]).toLowerCase(Locale.ROOT), key);
            // "al-Jubeir", "el-Baradei": a lower-case particle joined by a hyphen, which a later mention drops
            java.util.regex.Matcher particle = PARTICLE_JOINED.matcher(words[words.length - 1]);
            if (particle.matches()) {
                personBySurname.putIfAbsent(particle.group(1).toLowerCase(Locale.ROOT), key);
            }
        }
    }

    /**
     * Whether the article has named this state (or someone or something of it): a bare surname is taken for a
     * listed person only in an article about their country ("Ali" is not Ethiopia's Abiy Ahmed Ali in a story on
     * Guyana).
     */
    public boolean hasSeenCountry(String iso) {
        return iso != null && !iso.isEmpty() && countriesSeen.contains(iso);
    }

    /** The latest view of an actor (offices found later included). */
    public Actor current(Actor a) {
        return actors.getOrDefault(a.key(), a);
    }

    /** The person named earlier whose surname this is. */
    public Optional<Actor> bySurname(String surname) {
        String key = personBySurname.get(surname.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(key).map(actors::get);
    }

    /**
     * The most recent (or, with {@code first}, the first) person named earlier holding this office, in this state
     * when one is given, leaving out the people of {@code excluded} (keys): named in the same sentence, they are others.
     */
    public Optional<Actor> byOffice(Office office, String country, boolean first, java.util.Set<String> excluded) {
        int[] order = first ? storyOrder() : null;
        for (int n = 0; n < history.size(); n++) {
            // (the first named in the story itself, then in the headline)
            int i = first ? order[n] : history.size() - 1 - n;
            Actor a = current(history.get(i).actor());
            // (a generic title is the same office as an organization's of that name: "the Secretary-General" after
            // Guterres, the UN's)
            boolean same = a.office() != null && (a.office().key().equals(office.key())
                    || office.isGeneric() && a.office().organizationKey() != null
                        && a.office().label().replace('-', ' ').equalsIgnoreCase(office.label().replace('-', ' ')));
            if (a.kind() == ActorKind.PERSON && !excluded.contains(a.key()) && same
                    && (country == null || country.equals(a.country()))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The most recent person of this country. */
    public Optional<Actor> byCountry(String country) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Actor a = current(history.get(i).actor());
            if (a.kind() == ActorKind.PERSON && country.equals(a.country())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The most recent person holding an office of this function in this state ("his Israeli counterpart"). */
    public Optional<Actor> byFunction(String function, String country) {
        return byFunction(java.util.Set.of(function), country);
    }

    /** The most recent person holding an office of one of these functions in this state. */
    public Optional<Actor> byFunction(java.util.Set<String> functions, String country) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Actor a = current(history.get(i).actor());
            if (a.kind() == ActorKind.PERSON && a.office() != null && functions.contains(a.office().function())
                    && country != null && country.equals(a.country())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The last person named whose office has this word in its title, of the story's own state first: "the
     * Secretary" after "Secretary of State Antony Blinken", "the Ambassador" after "Ambassador Linda
     * Thomas-Greenfield"; never one of {@code excluded}, the keys of people the same sentence names ("The
     * President told President Putin").
     */
    public Optional<Actor> byTitleWord(String word, java.util.Set<String> excluded) {
        String w = word.toLowerCase(Locale.ROOT);
        String story = storyCountry();
        Optional<Actor> last = Optional.empty();
        for (int i = history.size() - 1; i >= 0; i--) {
            Actor a = current(history.get(i).actor());
            if (a.kind() == ActorKind.PERSON && !excluded.contains(a.key()) && a.office() != null
                    && a.office().titleWords().contains(w)) {
                // "The President" in a story from Washington is the American one, whoever was named last
                if (story == null || story.equals(a.country())) {
                    return Optional.of(a);
                }
                last = last.isEmpty() ? Optional.of(a) : last;
            }
        }
        return last;
    }

    /**
     * The person a "he" or "she" at the start of a sentence most likely means: the first person (usually the
     * subject) of the latest earlier sentence that mentions one.
     */
    public Optional<Actor> lastPerson() {
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention m = history.get(i);
            if (m.actor().kind() == ActorKind.PERSON && m.canParticipate()) {
                int sentence = m.sentence();
                int k = i;
                while (k > 0 && history.get(k - 1).sentence() == sentence) {
                    k--;
                }
                for (int j = k; j <= i; j++) {
                    if (history.get(j).actor().kind() == ActorKind.PERSON) {
                        return Optional.of(current(history.get(j).actor()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The organization of one of these types (organizations.tsv) mentioned last in an earlier sentence. */
    public Optional<Actor> lastOrganization(java.util.Set<String> types) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Actor a = history.get(i).actor();
            if (a.kind() == ActorKind.ORGANIZATION && a.typeIn(types)) {
                return Optional.of(current(a));
            }
        }
        return Optional.empty();
    }

    /**
     * The country of the story: that of the first actor of a state the article names (a state, or a person or body
     * of one), whom a story is usually about ("Russia said on Friday ... The Foreign Ministry summoned ..."). Null
     * when no such actor was named yet. The story's own sentences come before its headline ("Readout of the
     * President's Call with President al-Sisi of Egypt" is a story from Washington).
     */
    public String storyCountry() {
        for (int i : storyOrder()) {
            Mention m = history.get(i);
            if (m.form() != Mention.Form.DEMONYM && m.actor().country() != null && !m.actor().isNewsOutlet()) {
                return m.actor().country();
            }
        }
        return null;
    }

    /** The most recent state named in an earlier sentence that is one of these. */
    public Optional<Actor> lastState(java.util.function.Predicate<Actor> which) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention m = history.get(i);
            if (m.actor().kind() == ActorKind.STATE && m.form() != Mention.Form.DEMONYM && which.test(m.actor())) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /**
     * The most recent state the article named with this noun: "the Chinese government", "the Government of Nepal",
     * "the Ministry of Foreign Affairs of Nepal" for "the government", "the ministry".
     */
    public Optional<Actor> stateNamedWith(String noun) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention m = history.get(i);
            if (m.actor().kind() != ActorKind.STATE) {
                continue;
            }
            String surface = m.surface().toLowerCase(Locale.ROOT);
            String[] said = surface.split("\\s+");
            boolean inTheName = said.length > 1 && (said[said.length - 1].equals(noun) || said[0].equals(noun));
            // "the Ministry of Foreign Affairs of the People's Republic of China": the state ends the body's name (its
            // words capitalized, or of, the, and)
            if (inTheName || java.util.regex.Pattern.compile("\\b(?i:" + java.util.regex.Pattern.quote(noun) + ") of (?:\\p{Lu}[\\p{L}'\u2019]*|of|the|and|,| )*?\\b(?i:"
                    + java.util.regex.Pattern.quote(surface) + ")\\b").matcher(scope().text()).find()) {
                return Optional.of(current(m.actor()));
            }
        }
        return Optional.empty();
    }

    /** The most recent organization whose name ends with this noun ("the council", "the court"). */
    public Optional<Actor> organizationByHeadNoun(String noun) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Actor a = history.get(i).actor();
            if (a.kind() == ActorKind.ORGANIZATION && !a.isNewsOutlet()) {
                String[] words = a.label().toLowerCase(Locale.ROOT).split("\\s+");
                // "West African leaders gave ... The leaders condemned": also the words the article named it by
                String[] said = history.get(i).surface().toLowerCase(Locale.ROOT).split("\\s+");
                String last = said[said.length - 1];
                if (words[words.length - 1].equals(noun) || last.equals(noun) || last.equals(noun + "s")
                        || headBeforeOf(words).equals(noun) || headBeforeOf(said).equals(noun)) {
                    return Optional.of(current(a));
                }
            }
        }
        return Optional.empty();
    }

    /** "Council of the European Union", "Organization of American States": the head noun a name puts before "of", or "". */
    static String headBeforeOf(String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (words[k].equals("of")) {
                return words[k - 1];
            }
        }
        return "";
    }

    /**
     * The state or organization that opened the last sentence before {@code sentence} naming anyone, as its
     * subject ("The Council rejected the steps ... It suspended Sudan": "It" is the Council, not Sudan).
     */
    public Optional<Actor> lastOpeningCollective(int sentence) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention m = history.get(i);
            if (m.sentence() >= sentence) {
                continue;
            }
            if (m.sentence() < sentence - 2) {
                return Optional.empty(); // (three sentences back at most: "It" speaks of the subject in view)
            }
            // the sentence just before, else the one before it where that one opened with no actor ("The resolution,
            // tabled by Colombia, won 29 votes ... It urged": the body that adopted it, named before)
            if (m.tokens().begin() <= 1 && m.actor().kind() != ActorKind.PERSON && !m.actor().isNewsOutlet()
                    && m.form() != Mention.Form.DEMONYM) {
                return Optional.of(current(m.actor()));
            }
            if (opensWithPerson(m.sentence())) {
                return Optional.empty(); // "Lavrov said ... It" is no body's
            }
        }
        return Optional.empty();
    }

    private boolean opensWithPerson(int sentence) {
        return history.stream().anyMatch(h -> h.sentence() == sentence && h.tokens().begin() <= 1 && h.actor().kind() == ActorKind.PERSON);
    }

    /** The most recent state or organization mentioned as an actor in an earlier sentence. */
    public Optional<Actor> lastCollective() {
        return lastCollective(a -> true);
    }

    /** The last state or organization named in an earlier sentence that is {@code which}. */
    public Optional<Actor> lastCollective(java.util.function.Predicate<Actor> which) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Mention m = history.get(i);
            if (m.actor().kind() != ActorKind.PERSON && m.form() == Mention.Form.NAME && !m.actor().isNewsOutlet()
                    && which.test(current(m.actor()))) {
                return Optional.of(current(m.actor()));
            }
        }
        return Optional.empty();
    }
}
