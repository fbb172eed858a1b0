package org.diplograph.extract.knowledge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Office;
import org.diplograph.nlp.Sentence;
import org.diplograph.nlp.Token;

/**
 * What the extractor knows of the world before it reads: states with their names, demonyms and seats of
 * government, organizations, offices and their titles, well-known people and their spellings, and the parts
 * of a state ("foreign ministry"). Loaded from the TSV files under {@code knowledge/}; immutable.
 */
public final class Gazetteer {
    private final Map<String, Country> countries;
    private final Map<String, OrganizationEntry> organizations;
    private final Map<String, Office> offices;
    private final List<Body> bodies;
    private final Map<String, PersonEntry> personsByName;
    /** persons by a surname that only one listed person has */
    private final Map<String, PersonEntry> personsBySurname;
    /** every listed person by surname, shared or not ("Aoun": Michel and Joseph) */
    private final Map<String, List<PersonEntry>> everyoneBySurname;
    /** surface forms by their first word, lower case; longest first */
    private final Map<String, List<NameEntry>> index;
    /** Wikidata, ISO alpha-3 and CAMEO codes by actor key ("state/us") */
    private final Map<String, ActorIds> ids;
    private final OfficeHolders holders;
    /** states whose people's names are written family name first in English (words.tsv family-name-first-states) */
    private final java.util.Set<String> familyNameFirst;
    /** words after a family name that tell a generation ("Jr.", "III"), normalized (words.tsv generational-suffixes) */
    private final java.util.Set<String> generational;

    Gazetteer(Map<String, Country> countries, Map<String, OrganizationEntry> organizations, Map<String, Office> offices,
              Map<String, List<String>> officeTitles, List<PersonEntry> persons, List<Body> bodies,
              Map<String, ActorIds> ids, OfficeHolders holders, Map<String, String> groups, java.util.Set<String> familyNameFirst,
              java.util.Set<String> generational) {
        this.familyNameFirst = java.util.Set.copyOf(familyNameFirst);
        this.generational = generational.stream().map(Gazetteer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.ids = Map.copyOf(ids);
        this.holders = holders;
        this.countries = Map.copyOf(countries);
        this.organizations = Map.copyOf(organizations);
        // in the file's order: where several offices fit, the first listed wins, the same in every run
        this.offices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(offices));
        this.bodies = List.copyOf(bodies);
        Map<String, PersonEntry> byName = new HashMap<>();
        Map<String, List<NameEntry>> idx = new HashMap<>();
        for (Country c : countries.values()) {
            add(idx, new NameEntry(c.name(), true, NameEntry.Kind.COUNTRY, c, null, null, null));
            c.aliases().forEach(a -> add(idx, new NameEntry(a, true, NameEntry.Kind.COUNTRY, c, null, null, null)));
            c.demonyms().forEach(a -> add(idx, new NameEntry(a, true, NameEntry.Kind.DEMONYM, c, null, null, null)));
            c.metonyms().forEach(a -> add(idx, new NameEntry(a, true, NameEntry.Kind.METONYM, c, null, null, null)));
        }
        for (OrganizationEntry o : organizations.values()) {
            add(idx, new NameEntry(o.label(), true, NameEntry.Kind.ORGANIZATION, null, o, null, null));
            o.aliases().forEach(a -> add(idx, new NameEntry(a, true, NameEntry.Kind.ORGANIZATION, null, o, null, null)));
        }
        // "West African leaders": found like a name of the organization, never one of its labels
        groups.forEach((phrase, org) -> add(idx, new NameEntry(phrase, false, NameEntry.Kind.ORGANIZATION, null,
                organizations.get(org), null, null)));
        for (PersonEntry p : persons) {
            byName.put(normalize(p.name()), p);
            add(idx, new NameEntry(p.name(), true, NameEntry.Kind.PERSON, null, null, p, null));
            for (String v : p.variants()) {
                byName.putIfAbsent(normalize(v), p);
                add(idx, new NameEntry(v, true, NameEntry.Kind.PERSON, null, null, p, null));
            }
        }
        officeTitles.forEach((key, titles) -> titles.forEach(t ->
                add(idx, new NameEntry(t, false, NameEntry.Kind.OFFICE, null, null, null, offices.get(key)))));
        idx.values().forEach(l -> l.sort(Comparator.comparingInt((NameEntry e) -> -e.surface().length())));
        this.index = idx;
        this.personsByName = byName;
        Map<String, PersonEntry> bySurname = new HashMap<>();
        Map<String, List<PersonEntry>> everyone = new HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (PersonEntry p : persons) {
            java.util.Set<String> own = new java.util.HashSet<>();
            own.add(surnameOf(p.name()));
            p.variants().forEach(v -> own.add(surnameOf(v)));
            for (String sn : own) {
                if (sn.isEmpty()) continue;
                if (bySurname.containsKey(sn) && bySurname.get(sn) != p) ambiguous.add(sn);
                bySurname.put(sn, p);
                everyone.computeIfAbsent(sn, k -> new ArrayList<>()).add(p);
            }
        }
        ambiguous.forEach(bySurname::remove);
        this.personsBySurname = bySurname;
        this.everyoneBySurname = everyone;
    }

    private static void add(Map<String, List<NameEntry>> idx, NameEntry e) {
        String key = firstWord(e.surface());
        if (!key.isEmpty()) {
            idx.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
    }

    /** The first run of letters or digits, lower case: the index key of a surface form and of a token. */
    static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
        int j = i;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
        return s.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /** A surface form found in a sentence: the entry and the tokens [begin, end) it covers. */
    public record Hit(NameEntry entry, int begin, int end) {
    }

    /**
     * The gazetteer entries whose surface form starts at token {@code i} and ends at the end of a token,
     * longest first.
     */
    public List<Hit> lookup(Sentence sentence, int i) {
        Token first = sentence.token(i);
        String key = firstWord(first.text());
        List<NameEntry> candidates = index.get(key);
        if (candidates == null && key.endsWith("s")) {
            // "Senators Ted Cruz and Josh Hawley": a one-word title in the plural (pluralTitleBeforeName decides)
            candidates = index.get(key.substring(0, key.length() - 1));
        }
        if (candidates == null) {
            return List.of();
        }
        String text = sentence.text();
        int base = sentence.span().begin();
        int from = first.span().begin() - base;
        List<Hit> hits = new ArrayList<>();
        for (NameEntry e : candidates) {
            String s = e.surface();
            if (from + s.length() > text.length() || !text.regionMatches(!e.caseSensitive(), from, s, 0, s.length())) {
                continue;
            }
            int endChar = base + from + s.length();
            for (int j = i; j < sentence.size(); j++) {
                int tokenEnd = sentence.token(j).span().end();
                if (tokenEnd == endChar || tokenEnd == endChar + 1 && pluralTitleBeforeName(sentence, e, j, endChar - base)) {
                    hits.add(new Hit(e, i, j + 1));
                    break;
                }
                if (tokenEnd > endChar) {
                    break;
                }
            }
        }
        return hits;
    }

    /**
     * "Prime Ministers Alexis Tsipras and Zoran Zaev": a title in the plural before the names of its holders is the
     * title of each (without a name after it, "the foreign ministers" is a group, not one holder).
     */
    private static boolean pluralTitleBeforeName(Sentence sentence, NameEntry e, int j, int endInText) {
        return e.kind() == NameEntry.Kind.OFFICE && sentence.text().charAt(endInText) == 's' && j + 1 < sentence.size()
                && sentence.token(j + 1).isCapitalized() && sentence.token(j + 1).isNoun();
    }

    public Optional<Country> country(String iso) {
        return Optional.ofNullable(iso == null ? null : countries.get(iso));
    }

    public Optional<OrganizationEntry> organization(String key) {
        return Optional.ofNullable(key == null ? null : organizations.get(key));
    }

    public Optional<OrganizationEntry> organizationByLabel(String label) {
        return organizations.values().stream().filter(o -> o.label().equalsIgnoreCase(label)).findFirst();
    }

    public Optional<Office> office(String key) {
        return Optional.ofNullable(key == null ? null : offices.get(key));
    }

    /** The office of the same function as {@code office} held in another state: the counterpart's office. */
    public Optional<Office> counterpartOffice(Office office, String iso) {
        if (office == null) {
            return Optional.empty();
        }
        Optional<Office> specific = offices.values().stream()
                .filter(o -> o.function().equals(office.function()) && iso != null && iso.equals(o.scope())).findFirst();
        if (specific.isPresent()) {
            return specific;
        }
        if (office.isGeneric()) {
            return Optional.of(office); // a president's counterpart is a president, not a king of the same function
        }
        return offices.values().stream().filter(o -> o.function().equals(office.function()) && o.isGeneric()).findFirst();
    }

    public List<Body> bodies() {
        return bodies;
    }

    /** The family name of a listed name: its last word, before a generation ("Lloyd J. Austin III" is Austin's). */
    private String surnameOf(String name) {
        String[] w = name.strip().split("\\s+");
        int last = lastFamilyWord(w);
        return last < 1 ? "" : normalize(w[last]);
    }

    private int lastFamilyWord(String[] words) {
        int last = words.length - 1;
        while (last > 0 && generational.contains(normalize(words[last]))) {
            last--;
        }
        return last;
    }

    /** The one listed person with this surname ("Lavrov"), if only one has it. */
    public Optional<PersonEntry> personBySurname(String surname) {
        if (surname.contains(" ")) {
            return Optional.empty();
        }
        return Optional.ofNullable(personsBySurname.get(normalize(surname)));
    }

    /**
     * The one listed person with this surname who held this office on this day ("President Aoun" in 2025 is Joseph
     * Aoun, not Michel Aoun; "Prime Minister Albanese" is Anthony Albanese, not Francesca Albanese), in this country
     * when one is given; empty when none or several did.
     */
    public Optional<PersonEntry> personBySurname(String surname, Office title, String country, java.time.LocalDate day) {
        if (surname.contains(" ") || title == null) {
            return Optional.empty();
        }
        List<PersonEntry> holding = everyoneBySurname.getOrDefault(normalize(surname), List.of()).stream()
                .filter(p -> (country == null || country.equals(p.country())))
                .filter(p -> {
                    Office then = personOn(p, day).office();
                    return then != null && then.key().equals(title.key());
                })
                .distinct().toList();
        return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
    }

    /**
     * The listed person with this full name or spelling variant, or whose listed name holds every word of it
     * and the same surname ("Tayyip Erdogan" is Recep Tayyip Erdogan).
     */
    public Optional<PersonEntry> person(String name) {
        PersonEntry exact = personsByName.get(normalize(name));
        if (exact != null) {
            return Optional.of(exact);
        }
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return Optional.empty();
        }
        int last = lastFamilyWord(words);
        if (last < 1) {
            return Optional.empty();
        }
        return personBySurname(words[last]).filter(p -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            for (String form : java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.variants().stream()).toList()) {
                for (String w : form.split("\\s+")) {
                    known.add(normalize(w));
                }
            }
            for (String w : words) {
                if (!known.contains(normalize(w))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The listed people the knowledge gives this office of this country ("foreign-minister", "KP"), by name. */
    public List<PersonEntry> personsListedAs(String office, String country) {
        return personsByName.values().stream().distinct()
                .filter(p -> office.equals(p.office()) && country.equals(p.country()))
                .sorted(java.util.Comparator.comparing(PersonEntry::name)).toList();
    }

    public Actor state(Country c) {
        return new Actor("state/" + c.iso().toLowerCase(Locale.ROOT), ActorKind.STATE, c.name(), null, null, c.iso(), null, null);
    }

    public Actor organization(OrganizationEntry o) {
        return new Actor("org/" + o.key(), ActorKind.ORGANIZATION, o.label(), o.type(), null, o.country().isEmpty() ? null : o.country(),
                null, null);
    }

    public Actor person(PersonEntry p) {
        return new Actor("person/" + slug(p.name()), ActorKind.PERSON, p.name(), null, offices.get(p.office()),
                p.country().isEmpty() ? null : p.country(), p.organization().isEmpty() ? null : p.organization(), null);
    }

    /**
     * A listed person as of {@code day}: the office they held that day by office-holders.tsv, or none when the
     * knowledge dates their listed office and the day falls outside it (Marco Rubio in 2020 was no Secretary of State).
     */
    public Actor personOn(PersonEntry p, java.time.LocalDate day) {
        Actor a = person(p);
        List<OfficeSpell> spells = day == null ? List.of() : holders.held(p.name());
        if (spells.isEmpty()) {
            return a;
        }
        Optional<OfficeSpell> then = spells.stream().filter(s -> s.covers(day)).findFirst();
        if (then.isPresent()) {
            String of = then.get().of();
            return a.withOffice(then.get().office(), countries.containsKey(of) ? of : a.country());
        }
        boolean dated = spells.stream().anyMatch(s -> a.office() != null && s.office().key().equals(a.office().key()));
        return dated ? new Actor(a.key(), a.kind(), a.label(), a.type(), null, a.country(), a.organization(), a.role()) : a;
    }

    /** A person the gazetteer does not list, known by the name the text gives. */
    public Actor newPerson(String written, Office office, String country, String organization) {
        String name = familyNameInCapitals(written, country);
        return person(name).map(this::person).map(a -> a.office() == null && office != null ? a.withOffice(office, country) : a)
                .orElseGet(() -> new Actor("person/" + slug(name), ActorKind.PERSON, name, null, office, country, organization, null));
    }

    /**
     * An organization the gazetteer does not list, known by the name the text gives ("the Hudson Institute"); its
     * IRI is made from the name, so the same name is the same organization in every article. Of no known type.
     */
    public Actor newOrganization(String name) {
        return new Actor("org/" + slug(name), ActorKind.ORGANIZATION, name, null, null, null, null, null);
    }

    private static final java.util.regex.Pattern FAMILY_NAME_FIRST =
            java.util.regex.Pattern.compile("(\\p{Lu}{2,})\\s+(\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}?\\p{Ll}+)*)");

    /**
     * "KISHIDA Fumio", "SUN Weidong": the family name in capitals before the given name, as Japanese official
     * releases write names. A listed person under either order is that person; else a person of a state that writes
     * family names first in English keeps that order ("Sun Weidong"), anyone else gets the given name first ("Fumio
     * Kishida"). Any other name stays as written.
     */
    String familyNameInCapitals(String name, String country) {
        java.util.regex.Matcher m = FAMILY_NAME_FIRST.matcher(name);
        if (!m.matches()) {
            return name;
        }
        String family = m.group(1).charAt(0) + m.group(1).substring(1).toLowerCase(Locale.ROOT);
        String asWritten = family + " " + m.group(2);
        String givenFirst = m.group(2) + " " + family;
        if (person(asWritten).isPresent()) {
            return asWritten;
        }
        if (person(givenFirst).isPresent()) {
            return givenFirst;
        }
        return country != null && familyNameFirst.contains(country) ? asWritten : givenFirst;
    }

    /** An organ of a state ("Russian Foreign Ministry"), the listed organization when one has that name. */
    public Actor organ(Country c, Body body) {
        String label = body.labelFor(c);
        return organizationByLabel(label).map(this::organization).orElseGet(() ->
                new Actor("org/" + c.iso().toLowerCase(Locale.ROOT) + "-" + slug(String.join(" ", body.label()
                        .replace("{demonym}", "").replace("{name}", "").strip())),
                        ActorKind.ORGANIZATION, label, "GovernmentBody", null, c.iso(), null, null));
    }

    /** Lower case, no diacritics, words joined by hyphens: the stable part of an IRI made from a name. */
    public static String slug(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(s).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    // compiled once: slug runs for every person name looked up and every IRI minted (String.replaceAll compiles
    // its expression at each call)
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_HYPHENS = java.util.regex.Pattern.compile("(^-+|-+$)");

    static String normalize(String name) {
        return slug(name);
    }

    public Map<String, Country> countries() {
        return countries;
    }

    /** The gazetteer of the knowledge files; {@code words} gives the states that write family names first. */
    public static Gazetteer load(KnowledgeFiles files, WordLists words) {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (Tsv.Row r : files.rows("countries.tsv")) {
            String iso = r.get("iso2").toUpperCase(Locale.ROOT);
            if (countries.containsKey(iso)) {
                throw r.error("duplicate ISO code " + iso);
            }
            // a city that hosts diplomacy stands for its state as a seat of government does ("flew to Istanbul")
            List<String> metonyms = new ArrayList<>(r.list("metonyms"));
            metonyms.addAll(r.list("places"));
            countries.put(iso, new Country(iso, r.get("name"), r.list("aliases"), r.list("demonyms"), metonyms));
        }
        Map<String, OrganizationEntry> orgs = new LinkedHashMap<>();
        for (Tsv.Row r : files.rows("organizations.tsv")) {
            String country = r.get("country").toUpperCase(Locale.ROOT);
            if (!country.isEmpty() && !countries.containsKey(country)) {
                throw r.error("country '" + country + "' is not in countries.tsv");
            }
            orgs.put(r.get("key"), new OrganizationEntry(r.get("key"), r.get("label"), r.get("type"), country,
                    r.list("aliases"), r.get("venue").equalsIgnoreCase("yes")));
        }
        Map<String, Office> offices = new LinkedHashMap<>();
        Map<String, List<String>> titles = new LinkedHashMap<>();
        for (Tsv.Row r : files.rows("offices.tsv")) {
            offices.put(r.get("key"), new Office(r.get("key"), r.get("label"), r.get("function"), r.get("scope")));
            titles.put(r.get("key"), r.list("titles"));
        }
        List<PersonEntry> persons = new ArrayList<>();
        java.util.Set<String> eitherOrder = states(words, WordLists.Name.EITHER_NAME_ORDER_STATES);
        for (Tsv.Row r : files.rows("persons.tsv")) {
            String office = r.get("office");
            if (!office.isEmpty() && !offices.containsKey(office)) {
                throw r.error("office '" + office + "' is not in offices.tsv");
            }
            String country = r.get("country").toUpperCase(Locale.ROOT);
            List<String> variants = new ArrayList<>(r.list("variants"));
            String[] parts = r.get("name").split(" ");
            if (eitherOrder.contains(country) && parts.length == 2) {
                variants.add(parts[1] + " " + parts[0]); // "Kishida Fumio" in a Japanese government readout
            }
            persons.add(new PersonEntry(r.get("name"), variants, office, country, r.get("organization")));
        }
        List<Body> bodies = new ArrayList<>();
        for (Tsv.Row r : files.rows("bodies.tsv")) {
            Body.Role role = switch (r.get("role")) {
                case "organ" -> Body.Role.ORGAN;
                case "state" -> Body.Role.STATE;
                case "source" -> Body.Role.SOURCE;
                default -> throw r.error("role must be organ, state or source, not '" + r.get("role") + "'");
            };
            bodies.add(new Body(List.of(r.get("body").split(" ")), r.get("label"), role));
        }
        bodies.sort(Comparator.comparingInt((Body b) -> -b.words().size()));
        Map<String, ActorIds> ids = loadIds(files.rows("identifiers.tsv"), countries, orgs, persons);
        OfficeHolders holders = OfficeHolders.load(files.rows("office-holders.tsv"), offices, countries, orgs);
        Map<String, String> groups = new LinkedHashMap<>();
        for (Tsv.Row r : files.rows("groups.tsv")) {
            if (!orgs.containsKey(r.get("organization"))) {
                throw r.error("organization '" + r.get("organization") + "' is not in organizations.tsv");
            }
            groups.put(r.get("phrase"), r.get("organization"));
        }
        return new Gazetteer(countries, orgs, offices, titles, persons, bodies, ids, holders, groups,
                states(words, WordLists.Name.FAMILY_NAME_FIRST_STATES), java.util.Set.copyOf(words.of(WordLists.Name.GENERATIONAL_SUFFIXES)));
    }

    /** The ISO codes a word list of states holds, upper case. */
    private static java.util.Set<String> states(WordLists words, WordLists.Name list) {
        java.util.Set<String> isos = new java.util.HashSet<>();
        words.of(list).forEach(iso -> isos.add(iso.toUpperCase(Locale.ROOT)));
        return isos;
    }

    private static final java.util.regex.Pattern QID = java.util.regex.Pattern.compile("Q[1-9][0-9]*");
    private static final java.util.regex.Pattern ISO3 = java.util.regex.Pattern.compile("[A-Z]{3}");
    private static final java.util.regex.Pattern CAMEO_ACTOR = java.util.regex.Pattern.compile("[A-Z]{3}([A-Z]{3})*");

    private static Map<String, ActorIds> loadIds(List<Tsv.Row> rows, Map<String, Country> countries,
                                                 Map<String, OrganizationEntry> orgs, List<PersonEntry> persons) {
        java.util.Set<String> personKeys = new java.util.HashSet<>();
        persons.forEach(p -> personKeys.add(slug(p.name())));
        Map<String, ActorIds> ids = new HashMap<>();
        for (Tsv.Row r : rows) {
            String actor = r.get("actor");
            int slash = actor.indexOf('/');
            String kind = slash < 0 ? "" : actor.substring(0, slash);
            String key = slash < 0 ? "" : actor.substring(slash + 1);
            boolean known = switch (kind) {
                case "state" -> countries.containsKey(key.toUpperCase(Locale.ROOT)) && key.equals(key.toLowerCase(Locale.ROOT));
                case "org" -> orgs.containsKey(key);
                case "person" -> personKeys.contains(key);
                default -> false;
            };
            if (!known) {
                throw r.error("actor '" + actor + "' is not one of ours: write state/<iso2 of countries.tsv, lower case>, "
                        + "org/<key of organizations.tsv> or person/<name of persons.tsv, lower case, hyphens>");
            }
            if (ids.containsKey(actor)) {
                throw r.error("actor '" + actor + "' is listed twice");
            }
            String wikidata = r.get("wikidata");
            String iso3 = r.get("iso3");
            String cameo = r.get("cameo");
            if (!wikidata.isEmpty() && !QID.matcher(wikidata).matches()) {
                throw r.error("Wikidata id '" + wikidata + "' must be Q followed by digits (Q30), or -");
            }
            if (!iso3.isEmpty() && (!kind.equals("state") || !ISO3.matcher(iso3).matches())) {
                throw r.error("ISO alpha-3 '" + iso3 + "' must be three capital letters, and only on a state");
            }
            if (!cameo.isEmpty() && !CAMEO_ACTOR.matcher(cameo).matches()) {
                throw r.error("CAMEO actor code '" + cameo + "' must be capital letters in groups of three (USA, IGOWSTNAT), or -");
            }
            ids.put(actor, new ActorIds(wikidata.isEmpty() ? null : wikidata, iso3.isEmpty() ? null : iso3,
                    cameo.isEmpty() ? null : cameo));
        }
        return ids;
    }

    /** The identifiers of the actor with that key ("state/us", "org/nato", "person/mike-pompeo"); NONE when unknown. */
    public ActorIds ids(String actorKey) {
        return ids.getOrDefault(actorKey, ActorIds.NONE);
    }

    /** Who held which office when. */
    public OfficeHolders holders() {
        return holders;
    }

    /** All offices, by key. */
    public Map<String, Office> offices() {
        return offices;
    }

    /**
     * The office an organization's officer holds when the text gives a title every organization has ("Secretary
     * General Jens Stoltenberg" of NATO): the organization's own office of the same function, if it has one.
     */
    public Optional<Office> organizationOffice(Office office, String organization) {
        if (office == null || organization == null || !office.isGeneric()) {
            return Optional.ofNullable(office);
        }
        return offices.values().stream()
                .filter(o -> ("org:" + organization).equals(o.scope()) && o.function().equals(office.function()))
                .findFirst().or(() -> Optional.of(office));
    }

    /**
     * Every entry of the index (names, aliases, demonyms, metonyms, office titles, each with its surface form and
     * whether case counts): what a cheap first pass over raw text looks for (see {@code extract.SentenceFilter}).
     */
    public List<NameEntry> entries() {
        List<NameEntry> all = new ArrayList<>();
        index.values().forEach(all::addAll);
        return all;
    }
}
