package org.diplograph.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Mention;
import org.diplograph.model.Office;
import org.diplograph.extract.knowledge.Body;
import org.diplograph.extract.knowledge.Country;
import org.diplograph.extract.knowledge.Gazetteer;
import org.diplograph.extract.knowledge.NameEntry;
import org.diplograph.extract.knowledge.OrganizationEntry;
import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;
import org.diplograph.nlp.TokenSpan;
import org.diplograph.extract.knowledge.WordLists;

/**
 * Finds the actors a sentence mentions: people with their titles ("Israeli Foreign Minister Gabi Ashkenazi"),
 * states by name, abbreviation, demonym or seat ("US", "French", "Moscow"), organizations and the organs of
 * states ("the US mission to the UN"), and references back to actors named earlier (surnames, role phrases,
 * "his Israeli counterpart", pronouns).
 *
 * <pre>
 * ActorRegistry registry = new ActorRegistry();          // one per article
 * List&lt;Mention&gt; mentions = finder.find(sentence, registry);
 * registry.addAll(mentions);
 * </pre>
 */
public final class MentionFinder {
    /** The office functions of a state's leader (offices.tsv): "the Japanese leader", "the Obama administration". */
    private static final Set<String> LEADER_FUNCTIONS = Set.of("head-of-state", "head-of-government");
    private final Gazetteer gazetteer;
    private final WordLists words;

    public MentionFinder(Gazetteer gazetteer, WordLists words) {
        this.gazetteer = gazetteer;
        this.words = words;
    }

    /** A capitalized word that is never part of an unknown person's name: "Council", "Monday". */
    private boolean notName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return words.has(WordLists.Name.NOT_NAME_WORDS, lower) || words.has(WordLists.Name.CALENDAR_WORDS, lower);
    }

    public List<Mention> find(Sentence s, ActorRegistry registry) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            int at = i;
            Optional<Mention> m = counterpart(s, at, found, registry)
                    .or(() -> titled(s, at, found, registry))
                    .or(() -> pronoun(s, at, found, registry))
                    .or(() -> unlistedOrganization(s, at))
                    .or(() -> name(s, at, found, registry));
            if (m.isPresent() && at > 0 && m.get().tokens().begin() == at && m.get().actor().office() != null
                    && m.get().form() == Mention.Form.NAME && "PROPN".equals(s.token(at - 1).pos()) && s.token(at - 1).isCapitalized()
                    && (found.isEmpty() || found.get(found.size() - 1).tokens().end() < at)) {
                // "FARC commander Rodrigo Londono": an unknown name before the title qualifies it
                Mention q = m.get();
                m = Optional.of(mention(s, q.actor(), at - 1, q.tokens().end(), q.surface(), q.form()));
            }
            if (m.isPresent()) {
                Mention mention = withSuffix(s, withApposition(s, m.get(), registry));
                mention = governmentLedBy(s, mention).orElse(mention);
                int roleAt = namedRole(s, found, mention);
                if (roleAt >= 0) {
                    // "The French ambassador to Australia, Jean-Pierre Thebault,": one person, the role is theirs
                    Mention role = found.remove(roleAt);
                    Office office = officeIn(s, role.tokens());
                    Actor person = mention.actor().withOffice(office != null ? office : mention.actor().office(), role.actor().country());
                    mention = mention(s, person, mention.tokens().begin(), mention.tokens().end(), mention.surface(), mention.form());
                }
                found.add(mention);
                i = mention.tokens().end();
            } else {
                i++;
            }
        }
        return withQuotedSpeakers(s, found, registry);
    }

    /** "Joseph R. Biden, Jr.", "Martin Luther King Jr": a generational suffix belongs to the person's name. */
    private static Mention withSuffix(Sentence s, Mention m) {
        if (m.actor().kind() != ActorKind.PERSON || m.form() != Mention.Form.NAME) {
            return m;
        }
        int k = m.tokens().end();
        if (k + 1 < s.size() && s.token(k).text().equals(",")) {
            k++;
        }
        if (k < s.size() && GENERATIONAL_SUFFIXES.contains(s.token(k).text())) {
            return new Mention(m.actor(), m.sentence(), new TokenSpan(m.tokens().begin(), k + 1),
                    new CharSpan(m.span().begin(), s.token(k).span().end()), m.surface(), m.form());
        }
        return m;
    }

    /** An acronym and a space at the start of a name: "FBI " in "FBI Director Christopher Wray". */
    private static final java.util.regex.Pattern ACRONYM_FIRST = java.util.regex.Pattern.compile("\\p{Lu}{2,} ");

    private static final Set<String> GENERATIONAL_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /**
     * "We" and "I" inside quotation marks are the speaker of the quote: the one named after it ('"We will not
     * accept this," Jaishankar said'), else the last person named before. "I" is that person; "we" the body
     * that speaks, or the state of a person who holds an office of one.
     */
    private List<Mention> withQuotedSpeakers(Sentence s, List<Mention> found, ActorRegistry registry) {
        List<Mention> out = new ArrayList<>(found);
        boolean inside = false;
        int quoteEnd = -1;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).text();
            if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")) {
                inside = w.equals("\u201c") || !w.equals("\u201d") && !inside;
                continue;
            }
            boolean first = w.equals("I") || w.equalsIgnoreCase("we");
            if (!inside || !first || covered(out, i)) {
                continue;
            }
            if (quoteEnd < i) {
                quoteEnd = closingQuote(s, i);
            }
            Optional<Actor> speaker = speakerAfter(found, quoteEnd).or(registry::lastPerson);
            Optional<Actor> referent = w.equals("I") ? speaker.filter(a -> a.kind() == ActorKind.PERSON)
                    : speaker.map(this::bodyThatSpeaks);
            if (referent.isPresent()) {
                out.add(mention(s, referent.get(), i, i + 1, w, Mention.Form.PRONOUN));
            }
        }
        out.sort(java.util.Comparator.comparingInt(m -> m.tokens().begin()));
        return out;
    }

    private static boolean covered(List<Mention> mentions, int k) {
        return mentions.stream().anyMatch(m -> m.tokens().begin() <= k && k < m.tokens().end());
    }

    private static int closingQuote(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            String w = s.token(k).text();
            if (w.equals("\"") || w.equals("\u201d")) {
                return k;
            }
        }
        return s.size();
    }

    /** The first actor named within a few words after the closing quote: '..., Jaishankar said', '..., said the minister'. */
    private static Optional<Actor> speakerAfter(List<Mention> found, int quoteEnd) {
        for (Mention m : found) {
            if (m.tokens().begin() > quoteEnd && m.tokens().begin() <= quoteEnd + 5 && m.canParticipate()) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    private Actor bodyThatSpeaks(Actor speaker) {
        if (speaker.kind() == ActorKind.PERSON && speaker.office() != null && speaker.country() != null) {
            return gazetteer.country(speaker.country()).map(gazetteer::state).orElse(speaker);
        }
        if (speaker.kind() == ActorKind.PERSON && speaker.organization() != null) {
            return gazetteer.organization(speaker.organization()).map(gazetteer::organization).orElse(speaker);
        }
        return speaker;
    }

    /**
     * A role phrase of a state ("The French ambassador to Australia") set off by a comma before a new person's name,
     * or before a known person of that state ("his Turkish counterpart, Mevlut Cavusoglu").
     */
    private int namedRole(Sentence s, List<Mention> found, Mention name) {
        int comma = name.tokens().begin() - 1;
        if (name.actor().kind() != ActorKind.PERSON || comma < 1 || !s.token(comma).text().equals(",")) {
            return -1;
        }
        for (int f = found.size() - 1; f >= 0; f--) {
            Mention role = found.get(f);
            // the role's words run up to the comma ("to Australia" may follow the title)
            if (role.tokens().end() > comma || comma - role.tokens().end() > 4) {
                return -1;
            }
            boolean roleWord = false;
            for (int k = role.tokens().begin(); k < role.tokens().end(); k++) {
                roleWord |= words.has(WordLists.Name.ROLE_HEADS, s.token(k).lemma())
                        || words.has(WordLists.Name.COUNTERPART_NOUNS, s.token(k).lemma());
            }
            boolean same = name.actor().office() == null || role.actor().country() != null
                    && role.actor().country().equals(name.actor().country());
            if (roleWord && role.actor().kind() == ActorKind.STATE && same) {
                return f;
            }
        }
        return -1;
    }

    private Office officeIn(Sentence s, TokenSpan span) {
        for (int k = span.begin(); k < span.end(); k++) {
            for (Gazetteer.Hit h : gazetteer.lookup(s, k)) {
                if (h.entry().kind() == NameEntry.Kind.OFFICE) {
                    return h.entry().office();
                }
            }
        }
        return null;
    }

    // "his Israeli counterpart Benny Gantz": a person of another state holding the same kind of office
    private Optional<Mention> counterpart(Sentence s, int i, List<Mention> found, ActorRegistry registry) {
        Token t = s.token(i);
        if (!(t.is("his") || t.is("her") || t.is("their"))) {
            return Optional.empty();
        }
        int j = i + 1;
        Country country = null;
        if (j < s.size()) {
            List<Gazetteer.Hit> hits = gazetteer.lookup(s, j);
            if (!hits.isEmpty() && hits.get(0).entry().country() != null) {
                country = hits.get(0).entry().country();
                j = hits.get(0).end();
            }
        }
        if (j >= s.size() || !s.token(j).lemma().startsWith("counterpart")) {
            return Optional.empty();
        }
        j++;
        Optional<Actor> possessor = lastPersonBefore(found).or(registry::lastPerson);
        String iso = country == null ? null : country.iso();
        Office office = possessor.map(p -> registry.current(p).office())
                .flatMap(o -> gazetteer.counterpartOffice(o, iso))
                .orElse(null);
        int nameEnd = nameRun(s, j);
        if (nameEnd > j) {
            String name = withoutHonorific(s.textOf(new TokenSpan(j, nameEnd)));
            Actor person = gazetteer.newPerson(name, office, iso, null);
            return Optional.of(mention(s, person, i, nameEnd, name, Mention.Form.NAME));
        }
        if (office != null && iso != null) {
            Optional<Actor> known = registry.byFunction(office.function(), iso);
            if (known.isPresent()) {
                return Optional.of(mention(s, known.get(), i, j, s.textOf(new TokenSpan(i, j)), Mention.Form.ROLE));
            }
        }
        return Optional.empty();
    }

    /**
     * A gazetteer entry, possibly a qualifier (state, demonym, organization) before a title, a body or a name:
     * "Israeli Foreign Minister Gabi Ashkenazi", "the US mission to the UN", "Egyptian intelligence officials".
     */
    private Optional<Mention> titled(Sentence s, int i, List<Mention> found, ActorRegistry registry) {
        List<Gazetteer.Hit> hits = gazetteer.lookup(s, i);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Gazetteer.Hit first = hits.get(0);
        if (s.token(i).is("the") && i + 1 < s.size()) {
            // "the UN Security Council": a longer name starting after "the" wins over the alias "the UN"
            List<Gazetteer.Hit> inner = gazetteer.lookup(s, i + 1);
            if (!inner.isEmpty() && inner.get(0).end() > first.end()) {
                return Optional.empty();
            }
        }
        NameEntry e = first.entry();
        if ((e.kind() == NameEntry.Kind.DEMONYM || e.kind() == NameEntry.Kind.COUNTRY) && i > 0 && s.token(i - 1).isCapitalized()
                && words.has(WordLists.Name.REGION_QUALIFIERS, s.token(i - 1).text())) {
            return Optional.empty(); // "seven Latin American states", "North America": a region, not the state
        }
        int j = first.end();
        boolean possessive = j < s.size() && s.token(j).isPossessiveMark();
        int afterPossessive = possessive ? j + 1 : j;
        if (e.kind() == NameEntry.Kind.OFFICE) {
            return office(s, i, j, e.office(), null, null, found, registry);
        }
        if (e.kind() == NameEntry.Kind.PERSON) {
            Actor p = gazetteer.personOn(e.person(), registry.date());
            return Optional.of(mention(s, p, i, j, s.textOf(new TokenSpan(i, j)), Mention.Form.NAME));
        }
        // a qualifier: what follows may be a title or a body of it
        int titleAt = afterPossessive;
        while (titleAt < s.size() && words.has(WordLists.Name.TITLE_MODIFIERS, s.token(titleAt).text().toLowerCase(Locale.ROOT))) {
            titleAt++;
        }
        if (titleAt < s.size()) {
            List<Gazetteer.Hit> next = gazetteer.lookup(s, titleAt);
            if (!next.isEmpty() && next.get(0).entry().kind() == NameEntry.Kind.OFFICE) {
                String iso = e.country() != null ? e.country().iso() : (e.organization() != null ? e.organization().country() : null);
                String org = e.organization() != null ? e.organization().key() : null;
                Optional<Mention> m = office(s, i, next.get(0).end(), next.get(0).entry().office(), iso == null || iso.isEmpty() ? null : iso, org, found, registry);
                if (m.isPresent()) {
                    return m;
                }
                int titleEnd = next.get(0).end();
                if (e.kind() == NameEntry.Kind.DEMONYM || e.kind() == NameEntry.Kind.COUNTRY || e.kind() == NameEntry.Kind.METONYM) {
                    // "Turkey's foreign minister said", "a Kremlin spokesman said", whom the article does not name:
                    // the office speaks for its state, as event data codes it
                    return Optional.of(mention(s, gazetteer.state(e.country()), i, titleEnd, s.textOf(new TokenSpan(i, titleEnd)),
                            Mention.Form.NAME));
                }
                if (e.kind() == NameEntry.Kind.ORGANIZATION) {
                    // "a State Department spokesperson urged": the organization speaks
                    return Optional.of(mention(s, gazetteer.organization(e.organization()), i, titleEnd,
                            s.textOf(new TokenSpan(i, titleEnd)), Mention.Form.NAME));
                }
            }
        }
        if (e.country() != null) {
            Optional<Mention> body = body(s, i, afterPossessive, e.country(), null);
            if (body.isPresent()) {
                return body;
            }
        }
        if (e.organization() != null) {
            Optional<Mention> body = body(s, i, afterPossessive, null, e.organization());
            if (body.isPresent()) {
                return body;
            }
        }
        String surface = s.textOf(new TokenSpan(i, j));
        return switch (e.kind()) {
            case COUNTRY, METONYM -> Optional.of(mention(s, gazetteer.state(e.country()), i, j, surface, Mention.Form.NAME));
            case DEMONYM -> {
                // "the Israelis" names the state; "the French initiative" only qualifies a noun
                boolean plural = surface.endsWith("s") && !e.country().demonyms().isEmpty()
                        && !surface.equals(e.country().demonym());
                // "the French initiative", "the Russian-installed heads": an adjective, not the state itself
                // ("the Danish special forces": over its other adjectives)
                int noun = j;
                while (noun + 1 < s.size() && noun < j + 2 && "ADJ".equals(s.token(noun).pos()) && !s.token(noun).isCapitalized()) {
                    noun++;
                }
                boolean beforeNoun = j < s.size() && (s.token(noun).isNoun() || s.token(j).text().equals("-"));
                yield Optional.of(mention(s, gazetteer.state(e.country()), i, j, surface,
                        plural || !beforeNoun || lastOfDemonyms(s, i) ? Mention.Form.NAME : Mention.Form.DEMONYM));
            }
            case ORGANIZATION -> Optional.of(mention(s, gazetteer.organization(e.organization()), i, j, surface, Mention.Form.NAME));
            default -> Optional.empty();
        };
    }

    /** A title [i, titleEnd), maybe followed by a name: a person, or a role phrase referring back. */
    private Optional<Mention> office(Sentence s, int i, int titleEnd, Office office, String iso, String org, List<Mention> found,
                                    ActorRegistry registry) {
        boolean notYetHeld = titleEnd + 1 < s.size() && s.token(titleEnd).text().equals("-")
                && words.has(WordLists.Name.TITLE_SUFFIXES, s.token(titleEnd + 1).text().toLowerCase(Locale.ROOT));
        if (notYetHeld) {
            titleEnd += 2;
        }
        if (iso == null && org == null && office.stateIso() == null && office.organizationKey() == null
                && titleEnd + 1 < s.size() && s.token(titleEnd).is("of")) {
            // "President of the United Arab Emirates Mohammed bin Zayed", "the President of Russia": the state
            // after the title
            int at = titleEnd + 1;
            List<Gazetteer.Hit> of = gazetteer.lookup(s, at);
            if (of.isEmpty() && s.token(at).is("the") && at + 1 < s.size()) {
                of = gazetteer.lookup(s, at + 1);
            }
            if (!of.isEmpty() && of.get(0).entry().kind() == NameEntry.Kind.COUNTRY) {
                iso = of.get(0).entry().country().iso();
                titleEnd = of.get(0).end();
            }
        }
        if (titleEnd + 1 < s.size() && s.token(titleEnd).is("and")) {
            // "Jordanian Deputy Prime Minister and Foreign Minister Ayman Safadi": two titles of one person, who is
            // named after the second ("the Secretary and Deputy Prime Minister discussed" are two people: no name)
            List<Gazetteer.Hit> second = gazetteer.lookup(s, titleEnd + 1);
            if (!second.isEmpty() && second.get(0).entry().kind() == NameEntry.Kind.OFFICE
                    && nameAfterTitle(s, second.get(0).end()) > second.get(0).end()) {
                office = second.get(0).entry().office();
                titleEnd = second.get(0).end();
            }
        }
        if (iso != null && office.stateIso() != null && !iso.equals(office.stateIso())) {
            // "Israeli National Security Adviser": the title of another state's office, held in this one
            office = gazetteer.counterpartOffice(office, iso).orElse(office);
        }
        if (org != null && office.organizationKey() != null && !org.equals(office.organizationKey())) {
            // "ECOWAS Commission President Omar Touray": not the European Commission's; the generic office its
            // last words name ("President")
            final int end = titleEnd;
            for (int k = i + 1; k < titleEnd; k++) {
                Optional<Office> generic = gazetteer.lookup(s, k).stream().filter(h -> h.end() == end)
                        .filter(h -> h.entry().kind() == NameEntry.Kind.OFFICE && h.entry().office().isGeneric())
                        .map(h -> h.entry().office()).findFirst();
                if (generic.isPresent()) {
                    office = generic.get();
                    break;
                }
            }
        }
        String country = iso != null ? iso : office.stateIso();
        String organization = org != null ? org : office.organizationKey();
        int nameAt = titleEnd;
        int nameEnd = nameAfterTitle(s, nameAt);
        if (nameEnd == nameAt && nameAt + 2 < s.size() && (s.token(nameAt).is("in") || s.token(nameAt).is("to"))
                && !gazetteer.lookup(s, nameAt + 1).isEmpty()) {
            // "China's ambassador in Canberra, Cheng Jingye, warned": the post's place, then the name
            int placeEnd = gazetteer.lookup(s, nameAt + 1).get(0).end();
            if (placeEnd < s.size() && s.token(placeEnd).text().equals(",")) {
                nameAt = placeEnd;
                nameEnd = placeEnd; // still no name: the one after the comma is looked for next
            }
        }
        if (nameEnd == nameAt && nameAt + 1 < s.size() && s.token(nameAt).text().equals(",")) {
            // "Russia's ambassador to the United Nations, Vassily Nebenzia, rejected ..."
            int e2 = nameAfterTitle(s, nameAt + 1);
            // (not "According to the minister, Quito had asked": a state's seat, not the minister's name)
            boolean place = gazetteer.lookup(s, nameAt + 1).stream().anyMatch(h -> h.entry().kind() != NameEntry.Kind.PERSON);
            if (e2 > nameAt + 1 && !place && (e2 >= s.size() || s.token(e2).text().equals(",") || s.token(e2).isVerb())) {
                nameAt = nameAt + 1;
                nameEnd = e2;
            }
        }
        if (nameEnd > nameAt) {
            String name = withoutHonorific(s.textOf(new TokenSpan(nameAt, nameEnd)));
            int end = nameEnd;
            if (iso == null && office.stateIso() != null && registry.date() != null
                    && gazetteer.holders().on(office, office.stateIso(), registry.date())
                            .filter(spell -> !lastWord(spell.holder()).equalsIgnoreCase(lastWord(name))).isPresent()) {
                // "In Manila, Foreign Secretary Perfecto Yasay": a title that names one state's office, held on the
                // article's day by someone else, says nothing of this person's state
                office = gazetteer.counterpartOffice(office, null).orElse(office);
                country = null;
            }
            // "President Emmanuel Macron of France"
            if (country == null && end + 1 < s.size() && s.token(end).is("of")) {
                List<Gazetteer.Hit> of = gazetteer.lookup(s, end + 1);
                if (!of.isEmpty() && of.get(0).entry().kind() == NameEntry.Kind.COUNTRY) {
                    country = of.get(0).entry().country().iso();
                    end = of.get(0).end();
                }
            }
            Office held = office;
            String in = country;
            Actor person = registry.bySurname(name)
                    .or(() -> name.contains(" ") ? Optional.empty()
                            : gazetteer.personBySurname(name).filter(p -> in == null || in.equals(p.country()))
                                    .or(() -> gazetteer.personBySurname(name, held, in, registry.date())).map(gazetteer::person))
                    .orElseGet(() -> gazetteer.newPerson(name, held, in, organization));
            // the title in the text says what the person is now, whatever office the gazetteer remembers
            if (!notYetHeld) {
                person = person.withOffice(office, country != null ? country : person.country());
            }
            return Optional.of(mention(s, person, i, end, name, Mention.Form.NAME));
        }
        // no name: "the head of the State Department", "the Israeli prime minister"
        int begin = i > 0 && s.token(i - 1).is("the") ? i - 1 : i;
        boolean bare = country == null && organization == null;
        String phrase = s.textOf(new TokenSpan(begin, titleEnd));
        Optional<Actor> earlier = bare || notYetHeld ? registry.byRolePhrase(phrase) : Optional.empty();
        if (notYetHeld) {
            // "the president-elect": whoever the article named so, never the holder in office
            int phraseEnd = titleEnd;
            return earlier.map(a -> mention(s, a, begin, phraseEnd, s.textOf(new TokenSpan(begin, phraseEnd)), Mention.Form.ROLE));
        }
        if (bare && begin > 0) {
            // "Macron and Prime Minister Modi signed a statement in which ... the Prime Minister reaffirmed": the
            // one holder of the office this sentence has named before
            Office held = office;
            List<Actor> holders = found.stream().map(Mention::actor)
                    .filter(a -> a.kind() == ActorKind.PERSON && a.office() != null && a.office().key().equals(held.key()))
                    .distinct().toList();
            earlier = holders.size() == 1 ? Optional.of(holders.get(0)) : earlier;
        }
        if (earlier.isEmpty()) {
            // "The President told President Putin ...", opening a sentence of a readout: the President it is about,
            // named first
            boolean readout = bare && begin == 0 && s.token(i).isCapitalized();
            earlier = registry.byOffice(office, country, readout, peopleNamedIn(s, registry));
        }
        if (earlier.isEmpty() && bare) {
            earlier = onlyUnnamedHolder(office, registry);
        }
        if (earlier.isEmpty() && country != null && "leader".equals(office.function())) {
            // "the Japanese leader": the head of state or government of Japan named before, not its foreign minister
            earlier = registry.byFunction(LEADER_FUNCTIONS, country);
        }
        if (earlier.isEmpty() && country != null && words.has(WordLists.Name.GENERIC_FUNCTIONS, office.function())) {
            // "the Emirati minister": the person of that country named before
            earlier = registry.byCountry(country);
        }
        if (earlier.isEmpty()) {
            // "the Secretary of State" whom the article has not named: the holder on the article's day, if known
            earlier = holderOn(office, country, organization, registry.date());
        }
        if (earlier.isEmpty() && bare && office.isGeneric()) {
            // "The Secretary-General welcomes the agreement", a UN statement naming no one: the title's usual office
            String generic = office.key() + "=";
            earlier = words.of(WordLists.Name.TITLE_DEFAULTS).stream()
                    .filter(pair -> pair.startsWith(generic))
                    .map(pair -> gazetteer.office(pair.substring(pair.indexOf('=') + 1)))
                    .flatMap(Optional::stream).findFirst()
                    .flatMap(usual -> holderOn(usual, null, usual.organizationKey(), registry.date()));
        }
        if (earlier.isEmpty() && country != null) {
            // "North Korea's foreign minister disputed ... Ri Yong Ho said": the one listed person of that office the
            // article names further on
            earlier = namedFurtherOn(office, country, registry.scope().text());
        }
        if (earlier.isEmpty() && registry.date() != null) {
            // an office whose holders the knowledge lists, but none on that day: the phrase names the office's
            // holder, whom we do not know; it stays attached to the office rather than to a guessed person
            earlier = unnamedHolder(office, country, organization);
        }
        int phraseEnd = titleEnd;
        return earlier.map(a -> mention(s, a, begin, phraseEnd, s.textOf(new TokenSpan(begin, phraseEnd)), Mention.Form.ROLE));
    }

    /** Whether the text has these words as whole words. */
    private static boolean inText(String words, String text) {
        return java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(words) + "\\b").matcher(text).find();
    }

    private Optional<Actor> namedFurtherOn(Office office, String country, String text) {
        List<Actor> named = new ArrayList<>();
        for (org.diplograph.extract.knowledge.PersonEntry p : gazetteer.personsListedAs(office.key(), country)) {
            boolean inText = java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.variants().stream())
                    .anyMatch(n -> inText(n, text));
            if (inText) {
                named.add(gazetteer.person(p));
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /**
     * "The Prime Minister met Israeli Prime Minister Benjamin Netanyahu ... expressed the UK's solidarity": a bare title
     * before any holder is named is held, on the article's day, in one of the states the article names; taken when
     * exactly one of them has a holder of it the article does not name.
     */
    private Optional<Actor> onlyUnnamedHolder(Office office, ActorRegistry registry) {
        List<Actor> candidates = new ArrayList<>();
        for (String iso : registry.scope().states()) {
            Office held = gazetteer.counterpartOffice(office, iso).orElse(office);
            Optional<Actor> holder = holderOn(held, iso, null, registry.date())
                    .filter(h -> !inText(lastWord(h.label()), registry.scope().text()));
            holder.ifPresent(candidates::add);
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** The states an article names anywhere (names, demonyms, capitals), in order of first appearance. */
    public ActorRegistry.ArticleScope scope(String text, List<Sentence> sentences) {
        java.util.LinkedHashSet<String> states = new java.util.LinkedHashSet<>();
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                for (Gazetteer.Hit h : gazetteer.lookup(s, i)) {
                    if (h.entry().country() != null && h.entry().kind() != NameEntry.Kind.OFFICE) {
                        states.add(h.entry().country().iso());
                    }
                }
            }
        }
        return new ActorRegistry.ArticleScope(text, new ArrayList<>(states));
    }

    private static String lastWord(String name) {
        String[] words = name.trim().split("\\s+");
        return words[words.length - 1];
    }

    /**
     * The unnamed holder of an office the knowledge lists holders of ("the Secretary of State" in an article of a day
     * between two holders): an actor of its own, {@code person/office-holder/us/us-secretary-of-state}.
     */
    private Optional<Actor> unnamedHolder(Office office, String country, String organization) {
        String of = country != null ? country : organization;
        Office held = country == null ? gazetteer.organizationOffice(office, organization).orElse(office) : office;
        if (of == null || gazetteer.holders().of(held, of).isEmpty()) {
            return Optional.empty();
        }
        String whose = country != null ? gazetteer.country(country).map(c -> c.name()).orElse(country)
                : gazetteer.organization(organization).map(o -> o.label()).orElse(organization);
        return Optional.of(new Actor("person/office-holder/" + of.toLowerCase(java.util.Locale.ROOT) + "/" + held.key(),
                ActorKind.PERSON, held.label() + " (" + whose + "), not named", null, held, country, organization, null));
    }

    /** The person who held the office of that state or organization on that day, by office-holders.tsv. */
    private Optional<Actor> holderOn(Office office, String country, String organization, java.time.LocalDate day) {
        String of = country != null ? country : organization;
        Office held = country == null ? gazetteer.organizationOffice(office, organization).orElse(office) : office;
        return gazetteer.holders().on(held, of, day).map(spell -> gazetteer.person(spell.holder())
                .map(gazetteer::person)
                .orElseGet(() -> gazetteer.newPerson(spell.holder(), held, country, organization))
                .withOffice(held, country));
    }

    /**
     * "the Obama administration", "the Netanyahu government": a leader's name before a body that stands for the
     * state (bodies.tsv role "state") is that state.
     */
    private Optional<Mention> governmentLedBy(Sentence s, Mention m) {
        int end = m.tokens().end();
        Actor person = m.actor();
        boolean leader = person.office() != null && LEADER_FUNCTIONS.contains(person.office().function());
        if (person.kind() != ActorKind.PERSON || !leader || person.country() == null || m.form() != Mention.Form.NAME || end >= s.size()
                || m.tokens().begin() == 0 || !s.token(m.tokens().begin() - 1).is("the")) {
            return Optional.empty();
        }
        String next = s.token(end).lemma().toLowerCase(Locale.ROOT);
        boolean state = gazetteer.bodies().stream().anyMatch(b -> b.role() == Body.Role.STATE && b.words().equals(List.of(next)));
        return state ? gazetteer.country(person.country()).map(c -> mention(s, gazetteer.state(c), m.tokens().begin(), end + 1,
                s.textOf(new TokenSpan(m.tokens().begin(), end + 1)), Mention.Form.NAME)) : Optional.empty();
    }

    private boolean startsBody(String lemma) {
        return gazetteer.bodies().stream().anyMatch(b -> b.words().get(0).equals(lemma));
    }

    /** A body after a state or organization: "foreign ministry", "officials", "mission to the UN". */
    private Optional<Mention> body(Sentence s, int i, int j, Country country, OrganizationEntry org) {
        int first = j;
        while (first < s.size() && first < j + 2 && "ADJ".equals(s.token(first).pos()) && !s.token(first).isCapitalized()
                && !startsBody(s.token(first).lemma())) {
            first++;
        }
        int from = first;
        for (int m = from; org != null && m < s.size() && m <= from + 1; m++) {
            if (s.token(m).text().endsWith("s") && words.has(WordLists.Name.MEMBER_NOUNS, s.token(m).lemma())) {
                // "ASEAN foreign ministers", "African Union leaders": the members acting together are the organization
                return Optional.of(mention(s, gazetteer.organization(org), i, m + 1, s.textOf(new TokenSpan(i, m + 1)),
                        Mention.Form.NAME));
            }
            if (s.token(m).isCapitalized() || !("ADJ".equals(s.token(m).pos()) || s.token(m).isNoun())) {
                break;
            }
        }
        if (country != null && from + 2 < s.size() && s.token(from).is("ministry") && s.token(from + 1).is("of")) {
            // "the Egyptian Ministry of Water Resources": any ministry, named after its portfolio
            int end = from + 2;
            while (end < s.size() && (s.token(end).isCapitalized() || s.token(end).is("and")) && end < from + 7) {
                end++;
            }
            if (end > from + 2) {
                String portfolio = s.textOf(new TokenSpan(from + 2, end));
                Body ministry = new Body(List.of("ministry", "of"), "{demonym} Ministry of " + portfolio, Body.Role.ORGAN);
                return Optional.of(mention(s, gazetteer.organ(country, ministry), i, end, s.textOf(new TokenSpan(i, end)),
                        Mention.Form.NAME));
            }
        }
        for (Body b : gazetteer.bodies()) {
            int end = from;
            boolean ok = true;
            for (String w : b.words()) {
                if (end < s.size() && (s.token(end).lemma().equals(w) || s.token(end).text().equalsIgnoreCase(w))) {
                    end++;
                } else {
                    ok = false;
                    break;
                }
            }
            if (!ok) {
                continue;
            }
            String surface = s.textOf(new TokenSpan(i, end));
            if (org != null) {
                // "Hamas officials": the organization itself speaking through unnamed members
                Mention.Form form = b.role() == Body.Role.SOURCE ? Mention.Form.SOURCE : Mention.Form.NAME;
                return Optional.of(mention(s, gazetteer.organization(org), i, end, surface, form));
            }
            return Optional.of(switch (b.role()) {
                case ORGAN -> mention(s, gazetteer.organ(country, b), i, end, surface, Mention.Form.NAME);
                case STATE -> mention(s, gazetteer.state(country), i, end, surface, Mention.Form.NAME);
                case SOURCE -> mention(s, gazetteer.state(country), i, end, surface, Mention.Form.SOURCE);
            });
        }
        return Optional.empty();
    }

    /** The country of a state or capital the sentence opens with, "In Paris, " right before token {@code i}. */
    private static Optional<String> placeOpening(Sentence s, int i, List<Mention> found) {
        if (found.size() != 1 || !s.token(0).is("in") || i < 3 || !s.token(i - 1).text().equals(",")) {
            return Optional.empty();
        }
        Mention place = found.get(0);
        return place.tokens().begin() == 1 && place.tokens().end() == i - 1 && place.actor().kind() == ActorKind.STATE
                ? Optional.ofNullable(place.actor().country()) : Optional.empty();
    }

    private Optional<Mention> pronoun(Sentence s, int i, List<Mention> found, ActorRegistry registry) {
        Token t = s.token(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if ((w.equals("his") || w.equals("her")) && i + 1 < s.size() && words.has(WordLists.Name.HOME_NOUNS, s.token(i + 1).lemma())) {
            // "said his country had supported the text": the speaker's own state
            Optional<Actor> home = firstPerson(found).or(registry::lastPerson).map(registry::current).map(Actor::country)
                    .flatMap(gazetteer::country).map(gazetteer::state);
            if (home.isPresent()) {
                return Optional.of(mention(s, home.get(), i, i + 2, s.textOf(new TokenSpan(i, i + 2)), Mention.Form.ROLE));
            }
        }
        if (w.equals("whose") && i > 0 && s.token(i - 1).text().equals(",") && i + 1 < s.size()
                && words.has(WordLists.Name.HOME_NOUNS, s.token(i + 1).lemma()) && !found.isEmpty()
                && found.get(found.size() - 1).tokens().end() == i - 1) {
            // "Sogavare, whose government signed a pact with Beijing": the state of the one the clause describes
            Actor described = registry.current(found.get(found.size() - 1).actor());
            Optional<Actor> home = described.kind() == ActorKind.STATE ? Optional.of(described)
                    : Optional.ofNullable(described.country()).flatMap(gazetteer::country).map(gazetteer::state);
            if (home.isPresent()) {
                return Optional.of(mention(s, home.get(), i, i + 2, s.textOf(new TokenSpan(i, i + 2)), Mention.Form.ROLE));
            }
        }
        String seat = placeOpening(s, i, found).orElse(registry.storyCountry());
        if (w.equals("the") && i + 1 < s.size() && seat != null && gazetteer.lookup(s, i + 1).stream()
                .noneMatch(h -> h.entry().kind() == NameEntry.Kind.ORGANIZATION)) {
            // (not "The Foreign Office", the name of one state's ministry)
            // "The Foreign Ministry summoned the French ambassador": a ministry of no state named is the story's
            // state's; "In Paris, the foreign ministry said": the one seated in the place the sentence opens with
            Optional<Mention> ministry = gazetteer.country(seat)
                    .flatMap(c -> body(s, i, i + 1, c, null))
                    .filter(m -> m.actor().kind() == ActorKind.ORGANIZATION && m.actor().label().endsWith("Ministry"));
            if (ministry.isPresent()) {
                Mention m = ministry.get();
                return Optional.of(mention(s, m.actor(), m.tokens().begin(), m.tokens().end(), m.surface(), Mention.Form.ROLE));
            }
        }
        if (w.equals("the")) {
            // "the small Gulf state", "the Asian country": the state named last
            int k = i + 1;
            while (k < s.size() && k < i + 4 && ("ADJ".equals(s.token(k).pos()) || s.token(k).isCapitalized())) {
                k++;
            }
            if (k < s.size() && words.has(WordLists.Name.STATE_NOUNS, s.token(k).text().toLowerCase(Locale.ROOT))
                    && (k + 1 >= s.size() || !s.token(k + 1).isNoun())) {
                // "Prince Faisal told him that the kingdom would host": the speaker's own state first; never the
                // state that "the country's ambassador in Washington" is posted to
                // ("the kingdom": only a state that is one, the Kingdom of Saudi Arabia, not Egypt named last)
                Optional<Actor> host = hostOfEnvoy(s, k);
                String form = s.token(k).text().toLowerCase(Locale.ROOT);
                // ("thanked the country": not the thanker's own)
                java.util.function.Predicate<Actor> notSubject = notSubjectSide(s, k, found, registry, true);
                java.util.function.Predicate<Actor> fits = a -> (host.isEmpty() || !a.key().equals(host.get().key()))
                        && notSubject.test(a)
                        && (!words.has(WordLists.Name.STATE_FORM_NOUNS, form)
                                || gazetteer.country(a.country()).filter(c -> c.isNamedWith(form)).isPresent());
                // "the Malian state": the state of the nationality it names
                Optional<Actor> named = java.util.stream.IntStream.range(i + 1, k).boxed()
                        .flatMap(j -> gazetteer.lookup(s, j).stream())
                        .filter(h -> h.entry().kind() == NameEntry.Kind.DEMONYM && h.entry().country() != null)
                        .findFirst().map(h -> gazetteer.state(h.entry().country()));
                Optional<Actor> state = named.isPresent() ? named : firstSpeaker(found).map(registry::current).map(Actor::country)
                        .flatMap(gazetteer::country).map(gazetteer::state).filter(fits)
                        .or(() -> lastStateBefore(found, fits)).or(() -> host.isEmpty() ? Optional.empty() : lastHomeBefore(found, registry, fits))
                        .or(() -> registry.lastState(fits));
                if (state.isPresent()) {
                    return Optional.of(mention(s, state.get(), i, k + 1, s.textOf(new TokenSpan(i, k + 1)), Mention.Form.ROLE));
                }
            }
        }
        if (w.equals("the") && i + 1 < s.size() && s.token(i + 1).lemma().equals("host")
                && (i + 2 >= s.size() || !s.token(i + 2).isProperNoun())) {
            // "a meeting of G20 ministers in Johannesburg, accusing the host of ...": the state of the place named
            // before in the sentence, where something was held ("the host country" too)
            int end = i + 2 < s.size() && words.has(WordLists.Name.STATE_NOUNS, s.token(i + 2).lemma()) ? i + 3 : i + 2;
            Optional<Actor> venue = venueBefore(s, found);
            if (venue.isPresent()) {
                return Optional.of(mention(s, venue.get(), i, end, s.textOf(new TokenSpan(i, end)), Mention.Form.ROLE));
            }
        }
        if (w.equals("the") && i + 1 < s.size() && words.has(WordLists.Name.ENVOY_NOUNS, s.token(i + 1).lemma())
                && (i + 2 >= s.size() || !s.token(i + 2).isNoun() && !s.token(i + 2).isProperNoun()
                        && !s.token(i + 2).is("of") && !s.token(i + 2).is("to"))) {
            // "France's ambassador would stay, although the junta gave the envoy 48 hours to leave": the envoy the
            // sentence named before, else the last person of an envoy's office
            Optional<Actor> envoy = envoyEarlierInSentence(s, found, i)
                    .or(() -> registry.byTitleWord(s.token(i + 1).lemma(), java.util.Set.of()));
            if (envoy.isPresent()) {
                return Optional.of(mention(s, envoy.get(), i, i + 2, s.textOf(new TokenSpan(i, i + 2)), Mention.Form.ROLE));
            }
        }
        String governing = i + 1 < s.size() ? s.token(i + 1).lemma().toLowerCase(Locale.ROOT) : "";
        if (w.equals("the") && words.has(WordLists.Name.OWN_GOVERNMENT_NOUNS, governing)
                && (i + 2 >= s.size() || !s.token(i + 2).isNoun() && !s.token(i + 2).isPossessiveMark()
                        && !s.token(i + 2).is("of") && !s.token(i + 2).is("in") && !s.token(i + 2).is("-"))
                && registry.organizationByHeadNoun(governing).isEmpty()) {
            // "The Government condemns ...", "the ministry said": the state whose government the article named so
            // ("the Chinese government", "the Government of Nepal"); a body named so before ("the Ministry of Foreign
            // Affairs of China") is that body, read below
            Optional<Actor> state = registry.stateNamedWith(governing);
            if (state.isPresent()) {
                return Optional.of(mention(s, state.get(), i, i + 2, s.textOf(new TokenSpan(i, i + 2)), Mention.Form.ROLE));
            }
        }
        if ("NOUN".equals(t.pos()) && !t.isCapitalized() && i + 1 < s.size() && s.token(i + 1).lemma().equals("member")) {
            // "appealed to council members": the members of the council named before
            Optional<Actor> org = registry.organizationByHeadNoun(t.lemma());
            if (org.isPresent()) {
                return Optional.of(mention(s, org.get(), i, i + 2, s.textOf(new TokenSpan(i, i + 2)), Mention.Form.ROLE));
            }
        }
        if (delegatesOfBody(s, i)) {
            // "urged delegates to vote yes": the members of the body the story is about, one that votes first ("the
            // OPCW's report ... the Council's members turned it down": the Council)
            java.util.function.Predicate<Actor> votes = a -> a.kind() == ActorKind.ORGANIZATION && a.typeIn(INTERNATIONAL)
                    && words.has(WordLists.Name.VOTING_BODY_NOUNS, headNoun(a.label()));
            Optional<Actor> body = found.reversed().stream().filter(m -> m.form() != Mention.Form.DEMONYM)
                    .map(m -> registry.current(m.actor())).filter(votes).findFirst()
                    .or(() -> registry.lastCollective(votes))
                    .or(() -> lastOrganizationBefore(found, INTERNATIONAL)).or(() -> registry.lastOrganization(INTERNATIONAL));
            if (body.isPresent()) {
                return Optional.of(mention(s, body.get(), i, i + 1, t.text(), Mention.Form.ROLE));
            }
        }
        if (w.equals("the") && i + 2 < s.size() && s.token(i + 1).isCapitalized()
                && words.has(WordLists.Name.ROLE_HEADS, s.token(i + 1).text().toLowerCase(Locale.ROOT))
                && !s.token(i + 2).isNoun() && !s.token(i + 2).isProperNoun() && !s.token(i + 2).is("of")
                && !s.token(i + 2).is("for") && !s.token(i + 2).text().startsWith("-")) {
            // "the Secretary also spoke with ...": the person named before who holds an office of that title (not
            // "the Secretary-General", a title of its own, nor "the Minister for Foreign Affairs of Japan", a title
            // a name follows)
            Optional<Actor> holder = titledEarlierInSentence(s, found, s.token(i + 1).text(), i)
                    .or(() -> registry.byTitleWord(s.token(i + 1).text(), peopleNamedIn(s, registry)));
            if (holder.isPresent()) {
                return Optional.of(mention(s, holder.get(), i, i + 2, s.textOf(new TokenSpan(i, i + 2)), Mention.Form.ROLE));
            }
        }
        // "the military alliance", "the regional bloc": adjectives before the head noun
        int head = i + 1;
        while (w.equals("the") && head + 1 < s.size() && head < i + 3 && "ADJ".equals(s.token(head).pos())
                && !s.token(head).isCapitalized()) {
            head++;
        }
        int headAt = head;
        if (w.equals("the") && headAt < s.size() && ("NOUN".equals(s.token(headAt).pos()) || headAt == i + 1 && capitalizedHead(s, headAt))
                && (headAt + 1 >= s.size() || !s.token(headAt + 1).isNoun() || verbInParse(s, headAt + 1) || nameAfter(s, headAt + 1)
                        || words.has(WordLists.Name.TIME_WORDS, s.token(headAt + 1).text().toLowerCase(Locale.ROOT)))) {
            // ("The Council today adopted": a word of time is no noun the head goes on into)
            // "told the council", "The Council rejected": the organization named before whose name ends in that word
            boolean groupNoun = words.has(WordLists.Name.GROUP_NOUNS, s.token(headAt).lemma())
                    || gatheringSubject(s, headAt);
            boolean movementNoun = words.has(WordLists.Name.MOVEMENT_NOUNS, s.token(headAt).lemma());
            Optional<Actor> org = groupNoun ? lastOrganizationBefore(found, INTERNATIONAL)
                    : movementNoun ? lastOrganizationBefore(found, MOVEMENTS) : Optional.<Actor>empty();
            org = org.or(() -> registry.organizationByHeadNoun(s.token(headAt).lemma().toLowerCase(Locale.ROOT)))
                    .or(() -> groupNoun ? registry.lastOrganization(INTERNATIONAL)
                            : movementNoun ? registry.lastOrganization(MOVEMENTS) : Optional.empty());
            if (org.isPresent()) {
                return Optional.of(mention(s, org.get(), i, headAt + 1, s.textOf(new TokenSpan(i, headAt + 1)), Mention.Form.ROLE));
            }
        }
        if (i == 0 && t.isCapitalized() && gatheringSubject(s, i)) {
            // "Summit endorsed the report": a communiqué names the gathering without an article
            Optional<Actor> org = registry.lastOrganization(INTERNATIONAL);
            if (org.isPresent()) {
                return Optional.of(mention(s, org.get(), i, i + 1, t.text(), Mention.Form.ROLE));
            }
        }
        Optional<Actor> referent = switch (w) {
            case "he", "she" -> firstPerson(found).or(registry::lastPerson);
            // "Wang Yi met Ri and urged him": an object pronoun is someone other than the subject
            case "him" -> otherPerson(s, i, found, registry);
            // "asked her to explain", "told her the incident was serious": "her" as an object, not "her government"
            case "her" -> objectHer(s, i) ? otherPerson(s, i, found, registry) : Optional.<Actor>empty();
            // "It suspended Sudan" opening a sentence: what the sentence before was about, when a body or state opened it
            case "it" -> expletive(s, i, words) ? Optional.<Actor>empty() : i == 0 && found.isEmpty()
                    ? registry.lastOpeningCollective(s.index()).or(registry::lastCollective)
                    : objectOfVerb(s, i) ? otherCollective(s, i, found, registry)
                    : reportingSubject(s, i, found).or(() -> coordinatedSubject(s, i, found))
                            .or(() -> lastCollectiveBefore(found)).or(registry::lastCollective);
            case "its" -> subjectOwningTheObject(s, i, found).or(() -> lastCollectiveBefore(found)).or(registry::lastCollective);
            default -> Optional.empty();
        };
        return referent.map(a -> mention(s, a, i, i + 1, t.text(), Mention.Form.PRONOUN));
    }

    /** "the summit condemned": a gathering noun that a verb follows, as its subject (not "attended the summit"). */
    private boolean gatheringSubject(Sentence s, int k) {
        int verb = k + 1 < s.size() && "ADV".equals(s.token(k + 1).pos()) ? k + 2 : k + 1; // "the summit also endorsed"
        return words.has(WordLists.Name.GATHERING_NOUNS, s.token(k).lemma().toLowerCase(Locale.ROOT))
                && verb < s.size() && s.token(verb).isVerb();
    }

    /** "The Council rejected": a capitalized head noun, no name going on after it. */
    private static boolean capitalizedHead(Sentence s, int k) {
        // (not the first half of a hyphenated title: "The Secretary-General")
        return "PROPN".equals(s.token(k).pos()) && s.token(k).isCapitalized()
                && (k + 1 >= s.size() || !s.token(k + 1).isProperNoun() && !s.token(k + 1).text().startsWith("-"));
    }

    /** "told the council Moscow feared ...": a known name after the noun starts a clause of its own. */
    private boolean nameAfter(Sentence s, int k) {
        return k < s.size() && s.token(k).isProperNoun() && !gazetteer.lookup(s, k).isEmpty();
    }

    /**
     * "President Trump and Chairman Kim signed a statement in which the President pledged ...": the one person the
     * sentence has named before with that title (in the office held or the words that named them), if only one.
     */
    /** The one the sentence named before {@code before} as an envoy: "France's ambassador", "envoy Sylvain Itte". */
    private Optional<Actor> envoyEarlierInSentence(Sentence s, List<Mention> found, int before) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention m = found.get(k);
            int last = m.tokens().end() - 1;
            boolean envoyPhrase = m.tokens().end() <= before && m.tokens().end() - m.tokens().begin() > 1
                    && java.util.stream.IntStream.rangeClosed(m.tokens().begin(), last)
                            .anyMatch(j -> words.has(WordLists.Name.ENVOY_NOUNS, s.token(j).lemma()));
            boolean envoyPerson = m.tokens().end() <= before && m.actor().kind() == ActorKind.PERSON && m.actor().office() != null
                    && m.actor().office().titleWords().stream().anyMatch(word -> words.has(WordLists.Name.ENVOY_NOUNS, word));
            if (envoyPhrase || envoyPerson) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    private static Optional<Actor> titledEarlierInSentence(Sentence s, List<Mention> found, String titleWord, int before) {
        String w = titleWord.toLowerCase(Locale.ROOT);
        List<Actor> titled = found.stream()
                .filter(m -> m.tokens().end() <= before && m.actor().kind() == ActorKind.PERSON && m.form() == Mention.Form.NAME)
                .filter(m -> m.actor().office() != null
                        && m.actor().office().titleWords().contains(w)
                        || s.textOf(new TokenSpan(Math.max(0, m.tokens().begin() - 1), m.tokens().end())).toLowerCase(Locale.ROOT)
                                .matches("(.*\\s)?" + java.util.regex.Pattern.quote(w) + "\\s.*"))
                .map(Mention::actor).distinct().toList();
        return titled.size() == 1 ? Optional.of(titled.get(0)) : Optional.empty();
    }

    /**
     * The keys of the known people the sentence names ("The President told President Putin": the President is
     * someone other than Putin).
     */
    private java.util.Set<String> peopleNamedIn(Sentence s, ActorRegistry registry) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int j = 0; j < s.size(); j++) {
            for (Gazetteer.Hit h : gazetteer.lookup(s, j)) {
                if (h.entry().kind() == NameEntry.Kind.PERSON) {
                    keys.add(gazetteer.person(h.entry().person()).key());
                }
            }
            if (s.token(j).isCapitalized() && j > 0) {
                registry.bySurname(s.token(j).text()).ifPresent(a -> keys.add(a.key()));
            }
        }
        return keys;
    }

    /**
     * The name of an organization no knowledge file lists, told as one: "the Hudson Institute", "the Ronald Reagan
     * Presidential Library", "the Council of Asian Liberals and Democrats": after "the", capitalized words (joined
     * by "of", "for", "on" or "and" before another capitalized word), the last before any such joint one of the
     * organization-heads ({@link Gazetteer#newOrganization}).
     */
    private Optional<Mention> unlistedOrganization(Sentence s, int i) {
        if (i == 0 || !s.token(i - 1).is("the") || !s.token(i).isCapitalized() || !"PROPN".equals(s.token(i).pos())) {
            return Optional.empty();
        }
        int end = i, head = -1;
        while (end < s.size()) {
            Token t = s.token(end);
            // ("and" only inside an "of" phrase: "the Council of Asian Liberals and Democrats", not "the Hudson
            // Institute and Brookings")
            boolean joint = (t.is("of") || t.is("for") || t.is("on") || t.is("and") && head >= 0) && end > i && end + 1 < s.size()
                    && s.token(end + 1).isCapitalized();
            if (joint) {
                if (head < 0) {
                    head = end - 1;
                }
                end++;
            } else if (t.isCapitalized() && !"VERB".equals(t.pos())) {
                end++;
            } else {
                break;
            }
        }
        if (head < 0) {
            head = end - 1;
        }
        // (every word of the run is capitalized, the head too: "as written")
        if (head <= i || !words.has(WordLists.Name.ORGANIZATION_HEADS, s.token(head).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String name = s.textOf(new TokenSpan(i, end));
        return Optional.of(mention(s, gazetteer.newOrganization(name), i, end, name, Mention.Form.NAME));
    }

    /**
     * A person the sentence has already named in full whose surname this is: "where he and former Prime Minister
     * Atal Bihari Vajpayee had left them, and he later called on Mr. Vajpayee" (the registry learns the sentence's
     * names only after it).
     */
    private static Optional<Actor> namedEarlierInSentence(List<Mention> found, String surname) {
        for (int n = found.size() - 1; n >= 0; n--) {
            Mention m = found.get(n);
            String[] words = m.surface().split("\\s+");
            if (m.actor().kind() == ActorKind.PERSON && m.form() == Mention.Form.NAME && words.length >= 2
                    && words[words.length - 1].equalsIgnoreCase(surname)) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /** A name without a title: a surname of someone named earlier, or a full name before its apposition or verb. */
    private Optional<Mention> name(Sentence s, int i, List<Mention> found, ActorRegistry registry) {
        Token first = s.token(i);
        if (first.isCapitalized() && i + 1 <= s.size() && !"PROPN".equals(first.pos()) && !"NOUN".equals(first.pos())
                && Character.isLetter(first.text().charAt(0)) && !notName(first.text())) {
            // the tagger sometimes calls a known surname a pronoun or conjunction ("Kurti/PRON told")
            Optional<Actor> known = registry.bySurname(first.text());
            if (known.isPresent()) {
                return Optional.of(mention(s, known.get(), i, i + 1, first.text(), Mention.Form.NAME));
            }
        }
        if (first.isCapitalized() && words.has(WordLists.Name.CALENDAR_WORDS, first.text().toLowerCase(Locale.ROOT))) {
            // "May told parliament": a surname met before, though it is also a month
            Optional<Actor> known = registry.bySurname(first.text());
            if (known.isPresent() && (i + 1 >= s.size() || !Character.isDigit(s.token(i + 1).text().charAt(0)))) {
                return Optional.of(mention(s, known.get(), i, i + 1, first.text(), Mention.Form.NAME));
            }
        }
        int end = nameRun(s, i);
        if (end == i) {
            return Optional.empty();
        }
        String name = withoutHonorific(s.textOf(new TokenSpan(i, end)));
        if (end == i + 1 && i > 0 && givenNameBefore(s, i)) {
            // "negotiator Jorge Rodriguez": the surname of someone else, whose given name comes first; not Delcy
            // Rodriguez because her surname is known
            return Optional.empty();
        }
        Optional<Actor> known = registry.bySurname(name).or(() -> namedEarlierInSentence(found, name))
                .or(() -> gazetteer.person(name).map(p -> gazetteer.personOn(p, registry.date())))
                .or(() -> gazetteer.personBySurname(name).filter(p -> registry.hasSeenCountry(p.country()))
                        .map(p -> gazetteer.personOn(p, registry.date())));
        if (known.isPresent()) {
            return Optional.of(mention(s, known.get(), i, end, name, Mention.Form.NAME));
        }
        // an unknown full name counts only where the sentence says who it is or what it does
        int nameWords = name.split("[\\s]+").length;
        boolean apposition = false;
        if (end + 1 < s.size() && s.token(end).text().equals(",")) {
            // ", a member of ...", ", the TPLF's chief negotiator", ", national security adviser to ..."
            for (int k = end + 1; k < s.size() && k <= end + 6 && !s.token(k).text().equals(","); k++) {
                if (words.has(WordLists.Name.ROLE_HEADS, s.token(k).lemma()) || !gazetteer.lookup(s, k).isEmpty()
                        && gazetteer.lookup(s, k).get(0).entry().kind() == NameEntry.Kind.OFFICE) {
                    apposition = true;
                    break;
                }
            }
        }
        // "The French ambassador to Australia, Jean-Pierre Thebault, said": a name set off after a role phrase (or
        // ending the sentence: "expelled its ambassador, Archbishop Waldemar Sommertag.")
        boolean afterRole = false;
        boolean setOff = end < s.size() && (s.token(end).text().equals(",") || end == s.size() - 1 && "PUNCT".equals(s.token(end).pos()));
        if (i > 1 && s.token(i - 1).text().equals(",") && setOff) {
            for (int k = i - 2; k >= 0 && k >= i - 7 && !s.token(k).text().equals(","); k--) {
                afterRole |= words.has(WordLists.Name.ROLE_HEADS, s.token(k).lemma());
            }
        }
        apposition |= afterRole;
        boolean subject = end < s.size() && s.token(end).isVerb();
        // "telephoned Nicolas Maduro", "met with Ri Yong Ho": a name right after a verb or "with" is its object
        boolean allProper = true;
        for (int k = i; k < end; k++) {
            Token t = s.token(k);
            allProper &= "PROPN".equals(t.pos()) || t.text().equals("-") || !t.isCapitalized();
        }
        // "was rejected by Marta Kowalczyk", "talks between Rami Haddad and ...": the one who acts, a party
        boolean object = allProper && i > 0 && (s.token(i - 1).isVerb() && !s.token(i - 1).lemma().equals("be")
                || s.token(i - 1).is("with") || s.token(i - 1).is("by") || s.token(i - 1).is("between"))
                && (end >= s.size() || !s.token(end).isNoun());
        if (nameWords >= 2 && end + 1 < s.size() && s.token(end).is("of")) {
            // "Irfaan Ali of Guyana": a name with its country
            List<Gazetteer.Hit> of = gazetteer.lookup(s, end + 1);
            if (!of.isEmpty() && of.get(0).entry().kind() == NameEntry.Kind.COUNTRY) {
                String iso = of.get(0).entry().country().iso();
                Actor person = gazetteer.newPerson(name, null, iso, null);
                return Optional.of(mention(s, person.country() == null ? person.withOffice(person.office(), iso) : person,
                        i, of.get(0).end(), name, Mention.Form.NAME));
            }
        }
        // (not "Brazil's Mais Medicos programme": a name before a common noun names the thing)
        boolean namesAThing = end < s.size() && s.token(end).isNoun() && !s.token(end).isProperNoun();
        if (nameWords >= 2 && allProper && i > 1 && s.token(i - 1).isPossessiveMark() && !namesAThing) {
            // "Japan's Yoko Kamikawa": a person of the state named before
            for (int start = Math.max(0, i - 5); start < i - 1; start++) {
                for (Gazetteer.Hit h : gazetteer.lookup(s, start)) {
                    if (h.end() == i - 1 && h.entry().kind() == NameEntry.Kind.COUNTRY) {
                        return Optional.of(mention(s, gazetteer.newPerson(name, null, h.entry().country().iso(), null),
                                i, end, name, Mention.Form.NAME));
                    }
                }
            }
        }
        // "Muammar Gaddafi's troops", "Imran Khan's government": the owner of what only a person has
        boolean owner = allProper && end + 1 < s.size() && s.token(end).isPossessiveMark()
                && (words.has(WordLists.Name.PERSONAL_POSSESSIONS, s.token(end + 1).lemma())
                    || words.has(WordLists.Name.PERSONAL_POSSESSIONS, s.token(end + 1).text().toLowerCase(Locale.ROOT)));
        // "Prime Ministers Alexis Tsipras and Zoran Zaev": the second of two names joined by "and"
        // (the tagger may miss the first name's part of speech, "Ajit/NOUN Doval/NOUN and": the parser's tag then)
        boolean conjoined = allProper && i > 1 && s.token(i - 1).is("and") && s.token(i - 2).isCapitalized()
                && ("PROPN".equals(s.token(i - 2).pos()) || s.parse() != null && s.parse().arcs().get(i - 2).tag().startsWith("NNP"));
        // "met Javier Milei, Gabriel Boric and Gustavo Petro": a name between two others of a list
        // (not "in Xinjiang, Hong Kong and Taiwan", a list of places)
        conjoined |= allProper && nameWords >= 2 && i > 1 && s.token(i - 1).text().equals(",") && "PROPN".equals(s.token(i - 2).pos())
                && end + 1 < s.size() && (s.token(end).is("and") || s.token(end).text().equals(","))
                && "PROPN".equals(s.token(end + 1).pos()) && !placeAt(s, end + 1)
                && java.util.stream.IntStream.range(Math.max(0, i - 5), i - 1).noneMatch(j -> placeAt(s, j)
                        && gazetteer.lookup(s, j).stream().anyMatch(h -> h.end() == i - 1));
        // "government negotiator Jorge Rodriguez", "opposition delegate Gerardo Blyde": a role word used as a title
        boolean titled = allProper && i > 0 && !s.token(i - 1).isCapitalized()
                && words.has(WordLists.Name.ROLE_HEADS, s.token(i - 1).lemma());
        // "Igor Vishnevetsky of the Russian Foreign Ministry told": a full name, then the body the person serves
        boolean ofABody = false;
        if (allProper && end + 2 < s.size() && s.token(end).is("of")) {
            int at = s.token(end + 1).is("the") ? end + 2 : end + 1;
            ofABody = gazetteer.lookup(s, at).stream().anyMatch(h -> h.entry().kind() == NameEntry.Kind.ORGANIZATION
                    || h.entry().kind() == NameEntry.Kind.DEMONYM);
        }
        // "Manfred Weber, who leads the centre-right group, called ...": "who" is said of a person
        boolean who = allProper && end + 1 < s.size() && s.token(end).text().equals(",") && s.token(end + 1).is("who");
        boolean said = apposition || subject || object || conjoined || owner || titled || ofABody || who;
        // "Yahya Jammeh, the man he defeated, ... calls on Jammeh to ... persuade Jammeh": a surname the article
        // comes back to alone is a person's
        boolean recurs = !said && nameWords >= 2 && allProper && surnameRecurs(s, end - 1, registry);
        // "the two Prime Ministers held a meeting": a title in the plural is the people who hold it, no one's name
        String last = s.token(end - 1).text().toLowerCase(Locale.ROOT);
        boolean pluralTitle = last.endsWith("s") && words.has(WordLists.Name.ROLE_HEADS, last.substring(0, last.length() - 1));
        if (nameWords >= 2 && (said || recurs) && !pluralTitle) {
            return Optional.of(mention(s, gazetteer.newPerson(name, null, null, null), i, end, name, Mention.Form.NAME));
        }
        return Optional.empty();
    }

    /**
     * ", a member of the political bureau of Hamas," after a person: the role (and its organization or
     * office) becomes part of the mention.
     */
    private Mention withApposition(Sentence s, Mention m, ActorRegistry registry) {
        int end = m.tokens().end();
        if (m.actor().kind() != ActorKind.PERSON || m.form() != Mention.Form.NAME || end + 2 >= s.size()
                || !s.token(end).text().equals(",")) {
            return m;
        }
        int close = -1;
        for (int k = end + 1; k < s.size() && k < end + 25; k++) {
            if (s.token(k).text().equals(",")) {
                close = k;
                break;
            }
            if (s.token(k).isVerb() && !s.token(k).lemma().equals("rule")) {
                return m;
            }
        }
        if (close < 0 && s.size() - end <= 25 && "PUNCT".equals(s.token(s.size() - 1).pos())) {
            close = s.size() - 1; // the apposition ends the sentence: "expelled Juan Valdes, Chile's ambassador in Washington."
        }
        if (close < 0) {
            return m;
        }
        TokenSpan inner = new TokenSpan(end + 1, close);
        Actor actor = registry.current(m.actor());
        Office office = null;
        String country = null;
        String org = null;
        for (int k = inner.begin(); k < inner.end(); k++) {
            for (Gazetteer.Hit h : gazetteer.lookup(s, k)) {
                NameEntry e = h.entry();
                if (e.kind() == NameEntry.Kind.OFFICE && office == null) {
                    office = e.office();
                } else if ((e.kind() == NameEntry.Kind.COUNTRY || e.kind() == NameEntry.Kind.DEMONYM) && country == null) {
                    country = e.country().iso();
                } else if (e.kind() == NameEntry.Kind.ORGANIZATION && org == null) {
                    org = e.organization().key();
                }
            }
        }
        int head = inner.begin();
        while (head < inner.end() && (s.token(head).is("a") || s.token(head).is("an") || s.token(head).is("the"))) {
            head++;
        }
        boolean roleLike = head < inner.end() && (words.has(WordLists.Name.ROLE_HEADS, s.token(head).lemma()) || office != null
                || country != null && head + 1 < inner.end() && s.token(head + 1).isPossessiveMark());
        if (head + 2 < inner.end() && s.token(head + 1).isPossessiveMark() && s.token(head + 2).isCapitalized()
                && !words.has(WordLists.Name.ROLE_HEADS, s.token(head + 2).text().toLowerCase(Locale.ROOT))
                && gazetteer.lookup(s, head + 2).stream().noneMatch(h -> h.entry().kind() == NameEntry.Kind.OFFICE)) {
            // "Argentina's Javier Milei, Chile's Gabriel Boric and ...": the next of a list of leaders, not a role
            return m;
        }
        if (!roleLike) {
            return m;
        }
        if (office != null && actor.office() == null) {
            actor = actor.withOffice(office, country != null ? country : office.stateIso());
        } else if (office == null) {
            actor = actor.withRole(roleText(s, head, inner.end()), org);
            if (actor.country() == null && country != null) {
                actor = actor.withOffice(null, country);
            }
        }
        // the apposition enriches the actor but stays outside the mention: the people and places named in it
        // are mentions of their own ("adviser to Prime Minister Abiy Ahmed")
        return new Mention(actor, m.sentence(), m.tokens(), m.span(), m.surface(), m.form());
    }

    /** Whether a state or its seat is named at {@code k} ("Taiwan", "Beijing"). */
    private boolean placeAt(Sentence s, int k) {
        return gazetteer.lookup(s, k).stream().anyMatch(h -> h.entry().kind() == NameEntry.Kind.COUNTRY
                || h.entry().kind() == NameEntry.Kind.METONYM);
    }

    /** "member of the political bureau of the ruling Hamas movement": the role, up to its organization. */
    private String roleText(Sentence s, int head, int end) {
        int stop = end;
        int ofs = 0;
        for (int k = head; k < end; k++) {
            if (s.token(k).is("of") && ++ofs == 2) {
                stop = k;
                break;
            }
        }
        return s.textOf(new TokenSpan(head, stop));
    }

    /** After a title a name is expected, whatever the tagger made of its first word ("Minister Wang/VERB Yi"). */
    private int nameAfterTitle(Sentence s, int i) {
        int end = nameRun(s, i);
        if (end == i && i + 1 < s.size() && s.token(i).isCapitalized() && Character.isLetter(s.token(i).text().charAt(0))
                && !notName(s.token(i).text()) && s.token(i + 1).isCapitalized()) {
            int rest = nameRun(s, i + 1);
            return rest > i + 1 ? rest : i;
        }
        return end;
    }

    /** Whether the word at {@code last}, no known name or common word, stands alone, without the word before it, twice in the article. */
    private boolean surnameRecurs(Sentence s, int last, ActorRegistry registry) {
        String surname = s.token(last).text();
        if (surname.length() < 3 || !Character.isUpperCase(surname.charAt(0)) || notName(surname.toLowerCase(Locale.ROOT))
                || !gazetteer.lookup(s, last).isEmpty()) {
            return false;
        }
        String text = registry.scope().text();
        // (alone: "Hong Kong" said again is a place's name, never its second word alone)
        String before = s.token(last - 1).text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!" + java.util.regex.Pattern.quote(before) + "\\s)\\b"
                + java.util.regex.Pattern.quote(surname) + "\\b").matcher(text);
        int alone = 0;
        while (m.find()) {
            alone++;
        }
        return alone >= 2;
    }

    /** Whether the word before {@code i} is a name's first word that no gazetteer knows (a given name, not a title). */
    private boolean givenNameBefore(Sentence s, int i) {
        Token before = s.token(i - 1);
        return "PROPN".equals(before.pos()) && before.isCapitalized() && Character.isLetter(before.text().charAt(0))
                && before.span().end() < s.token(i).span().begin() && !notName(before.text().toLowerCase(Locale.ROOT))
                && gazetteer.lookup(s, i - 1).isEmpty() && nameRun(s, i - 1) > i;
    }

    /**
     * The end of a run of name words starting at {@code i} ({@code i} itself when there is none): capitalized
     * words, hyphenated parts ("Ben-Shabbat") and particles ("bin").
     */
    int nameRun(Sentence s, int i) {
        int j = i;
        while (j < s.size()) {
            Token t = s.token(j);
            String lower = t.text().toLowerCase(Locale.ROOT);
            // inside a name the tagger's part of speech is unreliable ("Yun/NOUN Byung/ADP -se/PUNCT")
            // where the tagger is lost ("Yoweri/PRON Museveni/AUX"), the parser's own tags may still say proper noun
            boolean properInParse = s.parse() != null && s.parse().arcs().get(j).tag().startsWith("NNP");
            boolean nameWord = t.isCapitalized() && Character.isLetter(t.text().charAt(0))
                    && ("PROPN".equals(t.pos()) || "NOUN".equals(t.pos()) || "X".equals(t.pos()) || "ADJ".equals(t.pos())
                        || j > i && !t.isVerb() || properInParse)
                    && (!notName(lower) || j > i && words.has(WordLists.Name.CALENDAR_WORDS, lower));
            boolean hyphen = j > i && (t.text().equals("-") || t.text().equals("\u2010")) && j + 1 < s.size()
                    && t.span().begin() == s.token(j - 1).span().end() && s.token(j + 1).span().begin() == t.span().end()
                    && Character.isLetter(s.token(j + 1).text().charAt(0));
            // "Byung-se", "Ki-moon": the part after a hyphen may be lower case
            boolean afterHyphen = j > i + 1 && s.token(j - 1).text().equals("-") && t.span().begin() == s.token(j - 1).span().end()
                    && Character.isLetter(t.text().charAt(0))
                    // "Chung Eui-/yong": the tokenizer may keep the hyphen on the part before
                    || j > i && s.token(j - 1).text().length() > 1 && s.token(j - 1).text().endsWith("-")
                    && t.span().begin() == s.token(j - 1).span().end() && Character.isLetter(t.text().charAt(0));
            // "Mohammed bin Salman", "Ursula von der Leyen", "Juan de la Cruz"
            boolean particle = j > i && words.has(WordLists.Name.NAME_PARTICLES, t.text().toLowerCase(Locale.ROOT))
                    // ("Khaled al-Yamani" may come as "al" "-Yamani")
                    && j + 1 < s.size() && (s.token(j + 1).isCapitalized() || s.token(j + 1).text().startsWith("-")
                        || words.has(WordLists.Name.NAME_PARTICLES, s.token(j + 1).text().toLowerCase(Locale.ROOT)) && j + 2 < s.size()
                            && s.token(j + 2).isCapitalized());
            // "President al-Sisi": a name may open on a particle joined to the capitalized rest by a hyphen
            particle |= j == i && words.has(WordLists.Name.NAME_PARTICLES, lower) && joinedToCapitalized(s, j);
            List<Gazetteer.Hit> hits = j > i && !hyphen ? gazetteer.lookup(s, j) : List.of();
            // "Minister Kayikwamba Wagner said": a one-word organization name that ends a person's name is the surname
            boolean surname = !hits.isEmpty() && hits.stream().allMatch(h -> h.entry().kind() == NameEntry.Kind.ORGANIZATION
                    && h.end() == h.begin() + 1) && (j + 1 >= s.size() || !s.token(j + 1).isCapitalized());
            boolean gazetteerWord = !surname && hits.stream().anyMatch(h -> h.entry().kind() != NameEntry.Kind.PERSON);
            boolean hyphenated = j > i && t.text().length() > 1 && t.text().charAt(0) == '-'
                    && Character.isLetter(t.text().charAt(1)) && t.span().begin() == s.token(j - 1).span().end();
            if ((nameWord && !gazetteerWord) || hyphen || particle || afterHyphen || hyphenated) {
                j++;
            } else {
                break;
            }
        }
        // a name does not end on a hyphen or particle
        while (j > i && !s.token(j - 1).isCapitalized()
                && !(j - 2 >= i && s.token(j - 2).text().endsWith("-") && Character.isLetter(s.token(j - 1).text().charAt(0)))
                && !(s.token(j - 1).text().startsWith("-") && s.token(j - 1).text().length() > 1)) {
            j--;
        }
        return j;
    }

    /** Whether the parser, which reads the whole sentence, takes for a verb what the tagger called a noun ("The Council requests"). */
    private static boolean verbInParse(Sentence s, int k) {
        return s.parse() != null && s.parse().arcs().get(k).tag().startsWith("VB");
    }

    /** Whether the word at {@code j} runs on, through a hyphen and no space, into a capitalized word: "al-Sisi". */
    private static boolean joinedToCapitalized(Sentence s, int j) {
        if (j + 1 >= s.size() || s.token(j + 1).span().begin() != s.token(j).span().end()) {
            return false;
        }
        String next = s.token(j + 1).text();
        if (next.length() > 1 && next.charAt(0) == '-') {
            return Character.isUpperCase(next.charAt(1));
        }
        return next.equals("-") && j + 2 < s.size() && s.token(j + 2).span().begin() == s.token(j + 1).span().end()
                && s.token(j + 2).isCapitalized();
    }

    /**
     * "Sheikh Tamim bin Hamad Al Thani" is Tamim bin Hamad Al Thani: honorifics are not part of a name, nor is an
     * acronym that qualifies one ("FBI Director Christopher Wray" is Christopher Wray).
     */
    private String withoutHonorific(String name) {
        java.util.regex.Matcher acronym = ACRONYM_FIRST.matcher(name);
        String rest = acronym.lookingAt() ? name.substring(acronym.end()) : name;
        for (String h : words.of(WordLists.Name.HONORIFICS)) {
            if (rest.startsWith(h + " ") && rest.length() > h.length() + 1) {
                return withoutHonorific(rest.substring(h.length() + 1));
            }
        }
        // "Antony J. Blinken" is Antony Blinken: a middle initial does not make another person
        return MIDDLE_INITIAL.matcher(name).replaceAll(" ");
    }

    /** " J. " of "Antony J. Blinken", compiled once (String.replaceAll compiles at every call, and this runs per name). */
    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile(" \\p{Lu}\\. ");

    private static Optional<Actor> lastPersonBefore(List<Mention> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            if (found.get(k).actor().kind() == ActorKind.PERSON) {
                return Optional.of(found.get(k).actor());
            }
        }
        return Optional.empty();
    }

    /**
     * "It is expected that Iran will ...", "it seems", "it was agreed to ...": an "it" that stands for the clause
     * after it, not for an actor (the parse's {@code expl}, or "it" + a form of "be" or "seem" + an adjective or
     * participle with a that- or to-clause after it).
     */
    private static boolean expletive(Sentence s, int i, WordLists words) {
        if (s.parse() != null && s.parse().relation(i).equals("expl")) {
            return true;
        }
        int k = i + 1;
        while (k < s.size() && ("AUX".equals(s.token(k).pos()) || "PART".equals(s.token(k).pos()) || "ADV".equals(s.token(k).pos()))) {
            k++;
        }
        boolean linking = k > i + 1 && s.token(k - 1).lemma().equals("be") || k < s.size() && s.token(k).lemma().equals("seem");
        if (!linking || k >= s.size()) {
            return false;
        }
        if (words.has(WordLists.Name.SUBJECT_ADJECTIVES, s.token(k).lemma().toLowerCase(Locale.ROOT))) {
            return false; // "it was unable to sign", "it is ready to talk": the state is, not "it is important to"
        }
        boolean predicate = "ADJ".equals(s.token(k).pos()) || "VERB".equals(s.token(k).pos()) || s.token(k).lemma().equals("seem");
        return predicate && k + 1 < s.size() && (s.token(k + 1).is("that") || s.token(k + 1).is("to") || s.token(k + 1).is("whether"));
    }

    private static Optional<Actor> otherPerson(Sentence s, int pronoun, List<Mention> found, ActorRegistry registry) {
        // the subject of the verb it is the object of, as the parse reads it ("..., where Saakashvili received
        // him"); without one, the first person of the sentence
        // ("a resignation signed by him": the one who acts, whom no subject excludes)
        boolean agentOfPassive = pronoun > 0 && s.token(pronoun - 1).is("by");
        Optional<Actor> subject = agentOfPassive ? Optional.empty() : subjectOfGoverningVerb(s, pronoun, found).or(() -> firstPerson(found));
        for (int k = found.size() - 1; k >= 0; k--) {
            Actor a = found.get(k).actor();
            if (a.kind() == ActorKind.PERSON && subject.map(x -> !x.key().equals(a.key())).orElse(true)) {
                return Optional.of(a);
            }
        }
        return registry.lastPerson().filter(p -> subject.map(x -> !x.key().equals(p.key())).orElse(true));
    }

    /** "her" as a pronoun of its own: no noun, adjective or number after it that it would own. */
    private static boolean objectHer(Sentence s, int pronoun) {
        if (pronoun + 1 >= s.size()) {
            return true;
        }
        String next = s.token(pronoun + 1).pos();
        return !("NOUN".equals(next) || "PROPN".equals(next) || "ADJ".equals(next) || "NUM".equals(next));
    }

    /**
     * A plural of the delegate-nouns standing alone ("asked members to", "the delegates"): nothing before it that
     * says whose members they are ("opposition members", "its members", "five members", "Arab delegations") and no
     * "of" after it ("members of the opposition").
     */
    private boolean delegatesOfBody(Sentence s, int i) {
        Token t = s.token(i);
        // (the tagger may read "delegates" as a verb where the parser has a plural noun: the parser's tag then)
        boolean plural = "NOUN".equals(t.pos()) || s.parse() != null && s.parse().arcs().get(i).tag().equals("NNS");
        if (!plural || !t.text().endsWith("s") || !words.has(WordLists.Name.DELEGATE_NOUNS, t.lemma())) {
            return false;
        }
        if (i + 1 < s.size() && (s.token(i + 1).is("of") || s.token(i + 1).isNoun() || s.token(i + 1).isProperNoun())) {
            return false;
        }
        // ("the council's ten elected members": whatever the parse hangs on it but an article says whose they are)
        if (s.parse() != null && s.parse().dependents(i).stream().anyMatch(d -> d < i && !s.parse().relation(d).equals("det"))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token before = s.token(i - 1);
        return !before.isNoun() && !before.isProperNoun() && !"ADJ".equals(before.pos()) && !"NUM".equals(before.pos())
                && !"PRON".equals(before.pos()) && !before.text().equals("'s") && !before.isCapitalized();
    }

    /**
     * "summoned the Irish, Norwegian and Spanish ambassadors": the last of nationalities listed before one noun names
     * its state as the others before "and" do (they stand before no noun themselves).
     */
    private boolean lastOfDemonyms(Sentence s, int i) {
        return i >= 2 && (s.token(i - 1).is("and") || s.token(i - 1).is("or"))
                && gazetteer.lookup(s, i - 2).stream().anyMatch(h -> h.entry().kind() == NameEntry.Kind.DEMONYM);
    }

    /** "Security Council" -> "council", "Council of Europe" -> "council": the noun a body's name is headed by. */
    private static String headNoun(String label) {
        String[] w = label.toLowerCase(Locale.ROOT).split("\\s+");
        String beforeOf = ActorRegistry.headBeforeOf(w);
        return beforeOf.isEmpty() ? w[w.length - 1] : beforeOf;
    }

    /** "Germany condemned it": the parse reads the pronoun as the direct object of a verb. */
    private static boolean objectOfVerb(Sentence s, int pronoun) {
        return s.parse() != null && s.parse().relation(pronoun).equals("dobj");
    }

    /**
     * An object "it" is never the subject of its own verb, nor that subject's state ("Russia annexed Crimea. Germany
     * condemned it": not Germany; "Baerbock condemned it": not Germany either): the last state or body before it
     * that is neither, in this sentence or earlier ones.
     */
    private Optional<Actor> otherCollective(Sentence s, int pronoun, List<Mention> found, ActorRegistry registry) {
        java.util.function.Predicate<Actor> other = notSubjectSide(s, pronoun, found, registry, false);
        return lastCollectiveBefore(found, m -> m.tokens().end() <= pronoun && other.test(registry.current(m.actor())))
                .or(() -> registry.lastCollective(other));
    }

    /**
     * What the direct object at {@code object} cannot refer back to: the subject of its verb and that subject's state,
     * and with {@code shared} the subject a conjoined verb shares ("He promised funding and thanked the country": not
     * his own country; an "it" after a shared subject is too often no party at all: "held a meeting and ended it").
     * Anything passes where the parse gives no such object.
     */
    private java.util.function.Predicate<Actor> notSubjectSide(Sentence s, int object, List<Mention> found, ActorRegistry registry,
            boolean shared) {
        if (s.parse() == null || !s.parse().relation(object).equals("dobj")) {
            return a -> true;
        }
        int verb = s.parse().head(object);
        List<Integer> subjectTokens = verb < 0 ? List.of() : s.parse().dependents(verb, "nsubj");
        if (shared && subjectTokens.isEmpty() && verb >= 0 && s.parse().relation(verb).equals("conj") && s.parse().head(verb) >= 0) {
            subjectTokens = s.parse().dependents(s.parse().head(verb), "nsubj");
        }
        List<Actor> subjects = new ArrayList<>();
        for (int subject : subjectTokens) {
            for (Mention m : found) {
                if (m.tokens().begin() <= subject && subject < m.tokens().end()) {
                    Actor a = registry.current(m.actor());
                    subjects.add(a);
                    if (a.country() != null) {
                        gazetteer.country(a.country()).map(gazetteer::state).ifPresent(subjects::add);
                    }
                }
            }
        }
        return a -> subjects.stream().noneMatch(x -> x.key().equals(a.key()));
    }

    private static Optional<Actor> subjectOfGoverningVerb(Sentence s, int pronoun, List<Mention> found) {
        if (s.parse() == null || s.parse().head(pronoun) < 0) {
            return Optional.empty();
        }
        for (int subject : s.parse().dependents(s.parse().head(pronoun), "nsubj")) {
            for (Mention m : found) {
                if (m.tokens().begin() <= subject && subject < m.tokens().end() && m.actor().kind() == ActorKind.PERSON) {
                    return Optional.of(m.actor());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * For "it" as the subject of what someone says: the state or body that says it ("China warned Britain that it
     * would take countermeasures": China), when the parse links them.
     */
    private static Optional<Actor> reportingSubject(Sentence s, int pronoun, List<Mention> found) {
        org.diplograph.nlp.Parse p = s.parse();
        if (p == null || !p.relation(pronoun).equals("nsubj")) {
            return Optional.empty();
        }
        int said = p.head(pronoun);
        if (said < 0 || !p.relation(said).equals("ccomp") || p.head(said) < 0) {
            return Optional.empty();
        }
        return collectiveSubject(p, p.head(said), found, "nsubj");
    }

    /**
     * "The ministry said it had lodged a protest with the US side, and it urged ...": "it" opening a clause
     * coordinated with an earlier one is that clause's subject, a body or a state, not the last one named.
     */
    private static Optional<Actor> coordinatedSubject(Sentence s, int pronoun, List<Mention> found) {
        org.diplograph.nlp.Parse p = s.parse();
        if (p == null || !p.relation(pronoun).equals("nsubj")) {
            return Optional.empty();
        }
        int verb = p.head(pronoun);
        int first = verb >= 0 && p.relation(verb).equals("conj") ? p.head(verb) : -1;
        if (first < 0 || first > pronoun) {
            return Optional.empty();
        }
        return collectiveSubject(p, first, found, "nsubj", "nsubjpass");
    }

    /** The state or body named (not by a nationality) as the subject of {@code verb}, among the mentions found. */
    private static Optional<Actor> collectiveSubject(org.diplograph.nlp.Parse p, int verb, List<Mention> found, String... relations) {
        for (int subject : p.dependents(verb, relations)) {
            for (Mention m : found) {
                if (m.tokens().begin() <= subject && subject < m.tokens().end() && m.actor().kind() != ActorKind.PERSON
                        && m.form() != Mention.Form.DEMONYM) {
                    return Optional.of(m.actor());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Actor> lastStateBefore(List<Mention> found, java.util.function.Predicate<Actor> which) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention m = found.get(k);
            if (m.actor().kind() == ActorKind.STATE && m.form() != Mention.Form.DEMONYM && which.test(m.actor())) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /** The last state named in the sentence so far as a place, after "in" or "at" ("a meeting in Johannesburg"). */
    private static Optional<Actor> venueBefore(Sentence s, List<Mention> found) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention m = found.get(k);
            int before = m.tokens().begin() - 1;
            if (m.actor().kind() == ActorKind.STATE && before >= 0 && (s.token(before).is("in") || s.token(before).is("at"))) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    /** The state of the last body or person named before that has one ("Chile's presidency": Chile). */
    private Optional<Actor> lastHomeBefore(List<Mention> found, ActorRegistry registry, java.util.function.Predicate<Actor> which) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Optional<Actor> home = Optional.ofNullable(registry.current(found.get(k).actor()).country())
                    .flatMap(gazetteer::country).map(gazetteer::state).filter(which);
            if (home.isPresent()) {
                return home;
            }
        }
        return Optional.empty();
    }

    /**
     * The state an envoy is posted to, named after the state noun at {@code k}: "the country's ambassador in
     * Washington", "the country's envoy to Paris". Empty when the phrase names no post.
     */
    private Optional<Actor> hostOfEnvoy(Sentence s, int k) {
        if (k + 4 >= s.size() || !s.token(k + 1).isPossessiveMark() || !words.has(WordLists.Name.ENVOY_NOUNS, s.token(k + 2).lemma())
                || !(s.token(k + 3).is("in") || s.token(k + 3).is("to"))) {
            return Optional.empty();
        }
        return gazetteer.lookup(s, k + 4).stream().map(h -> h.entry().country()).filter(java.util.Objects::nonNull)
                .findFirst().map(gazetteer::state);
    }

    /**
     * The first person or body of a state in the sentence so far: usually its subject ("The Saudi foreign ministry
     * said ... the kingdom's affairs").
     */
    private static Optional<Actor> firstSpeaker(List<Mention> found) {
        return found.stream().map(Mention::actor).filter(a -> a.kind() == ActorKind.PERSON
                || a.kind() == ActorKind.ORGANIZATION && a.country() != null && !a.isNewsOutlet()).findFirst();
    }

    /** The first person of the sentence so far: usually its subject, the likeliest "he" or "she". */
    private static Optional<Actor> firstPerson(List<Mention> found) {
        return found.stream().filter(m -> m.actor().kind() == ActorKind.PERSON).map(Mention::actor).findFirst();
    }

    /** The organizations "the bloc", "the alliance" stand for. */
    private static final Set<String> INTERNATIONAL = Set.of("InternationalOrganization");

    /** The organizations "the group", "the movement" stand for. */
    private static final Set<String> MOVEMENTS = Set.of("ArmedGroup", "PoliticalOrganization");

    /** "froze its participation in the CSTO, accusing the alliance of ...": the body named before in this sentence. */
    private static Optional<Actor> lastOrganizationBefore(List<Mention> found, Set<String> types) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Actor a = found.get(k).actor();
            if (a.kind() == ActorKind.ORGANIZATION && a.typeIn(types) && found.get(k).form() == Mention.Form.NAME) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * "The contact group, led by the European Union, reaffirmed its support": "its" on the object of a verb is the
     * verb's subject, when the parse shows one that is a state or a body, whatever was named in between.
     */
    private static Optional<Actor> subjectOwningTheObject(Sentence s, int pronoun, List<Mention> found) {
        org.diplograph.nlp.Parse parse = s.parse();
        if (parse == null || !parse.relation(pronoun).equals("poss")) {
            return Optional.empty();
        }
        int noun = parse.head(pronoun);
        if (noun < 0 || !parse.relation(noun).equals("dobj")) {
            return Optional.empty();
        }
        for (int subject : parse.dependents(parse.head(noun), "nsubj")) {
            Optional<Actor> owner = lastCollectiveBefore(found, m -> m.tokens().begin() <= subject && subject < m.tokens().end());
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
    }

    private static Optional<Actor> lastCollectiveBefore(List<Mention> found) {
        return lastCollectiveBefore(found, m -> true);
    }

    /** The state or organization named last in the sentence so far, of the mentions that pass {@code which}. */
    private static Optional<Actor> lastCollectiveBefore(List<Mention> found, java.util.function.Predicate<Mention> which) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Mention m = found.get(k);
            if (m.actor().kind() != ActorKind.PERSON && m.form() != Mention.Form.DEMONYM && !m.actor().isNewsOutlet()
                    && which.test(m)) {
                return Optional.of(m.actor());
            }
        }
        return Optional.empty();
    }

    private static Mention mention(Sentence s, Actor actor, int begin, int end, String surface, Mention.Form form) {
        TokenSpan tokens = new TokenSpan(begin, end);
        CharSpan span = s.charSpanOf(tokens);
        return new Mention(actor, s.index(), tokens, span, surface, form);
    }
}
