package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Extraction;
import org.diplograph.model.Mention;
import org.diplograph.model.Office;
import org.diplograph.extract.knowledge.ActorIds;
import org.diplograph.extract.knowledge.Country;
import org.diplograph.extract.knowledge.EventCode;
import org.diplograph.extract.knowledge.EventCodebook;
import org.diplograph.extract.knowledge.Gazetteer;
import org.diplograph.extract.knowledge.Knowledge;
import org.diplograph.extract.knowledge.OfficeSpell;
import org.diplograph.extract.knowledge.OrganizationEntry;
import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.Sentence;
import org.diplograph.source.Article;

/**
 * Maps an article's extraction to RDF under the diplomacy ontology and writes it to a {@link StreamRDF}: the
 * article node, the sentences events were read from (NIF), the events, and the actors with their labels,
 * offices and countries. Knows nothing of where the triples go: a file, a TDB2 dataset, a test graph.
 *
 * <pre>
 * new RdfMapper(knowledge).write(extraction, StreamRDFLib.graph(graph), false);
 * </pre>
 *
 * Design decision: IRIs are made from stable keys (an actor's canonical name or ISO code, an article's id, URL
 * or text hash, an event's article, class, sentence and parties), so that re-reading an article gives the same
 * IRIs and the same actor is one node across every article.
 */
public final class RdfMapper {
    private final Gazetteer gazetteer;
    private final EventCodebook codebook;

    public RdfMapper(Knowledge knowledge) {
        this.gazetteer = knowledge.gazetteer();
        this.codebook = knowledge.codebook();
    }

    /**
     * The IRI of an article, also the name of its graph: from its id (kept recognisable, and different for every
     * id: see {@link ArticleNames}), else its URL, else the path of its file from the folder ingested (stable across
     * edits of the text), else its text.
     */
    public static String articleIri(Article a) {
        String key;
        if (a.id() != null && !a.id().isBlank()) {
            key = ArticleNames.fromId(a.id());
        } else if (a.url() != null && !a.url().isBlank()) {
            key = ArticleNames.fromUrl(a.url());
        } else if (a.path() != null && !a.path().isBlank()) {
            key = ArticleNames.fromPath(a.path());
        } else {
            key = ArticleNames.fromText(a.text());
        }
        return Dip.ID + "article/" + key;
    }

    public static String actorIri(Actor a) {
        return Dip.ID + a.key();
    }

    /**
     * Writes the extraction. With {@code quads}, everything goes into the article's named graph; else into the
     * default graph.
     */
    public void write(Extraction x, StreamRDF out, boolean quads) {
        Emitter e = new Emitter(out, quads ? NodeFactory.createURI(articleIri(x.article())) : null);
        Article article = x.article();
        Node art = NodeFactory.createURI(articleIri(article));
        e.add(art, Dip.RDF_TYPE, Dip.ARTICLE);
        e.add(art, Dip.RDF_TYPE, Dip.NIF_CONTEXT);
        e.add(art, Dip.NIF_IS_STRING, NodeFactory.createLiteralString(article.text()));
        e.add(art, Dip.NIF_BEGIN, integer(0));
        e.add(art, Dip.NIF_END, integer(article.text().codePointCount(0, article.text().length())));
        e.add(art, Dip.RDFS_LABEL, NodeFactory.createLiteralString(article.title() != null ? article.title() : heading(x)));
        addString(e, art, Dip.DCT_TITLE, article.title());
        addString(e, art, Dip.DCT_IDENTIFIER, article.id());
        e.add(art, Dip.TEXT_HASH, NodeFactory.createLiteralString("sha256:" + hash(article.text())));
        if (x.published() != null) {
            e.add(art, Dip.DCT_ISSUED, NodeFactory.createLiteralDT(x.published().toString(), XSDDatatype.XSDdate));
        }
        if (article.url() != null) {
            e.add(art, Dip.DCT_SOURCE, isIri(article.url()) ? NodeFactory.createURI(article.url())
                    : NodeFactory.createLiteralString(article.url()));
        }
        addString(e, art, Dip.DCT_PUBLISHER, article.source());

        Map<String, Actor> actors = new LinkedHashMap<>();
        x.actors().forEach(a -> actors.put(a.key(), a));
        actors.values().forEach(a -> e.actorLabels.put(a.key(), a.label()));
        // a person's alternative labels are the spellings of the name this text uses; a state's or an organization's,
        // the spellings its knowledge file lists, whichever the text uses (a script joins on "UNHCR" or "U.S."). A
        // demonym ("Americans"), a seat of government ("Washington") or a role phrase ("the American secretary of
        // state") is none and stays in the text
        Map<String, Set<String>> personSpellings = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            if (m.form() == Mention.Form.NAME && m.actor().kind() == ActorKind.PERSON) {
                personSpellings.computeIfAbsent(m.actor().key(), k -> new LinkedHashSet<>()).add(m.surface());
            }
        }
        Set<String> officesWritten = new LinkedHashSet<>();
        for (Actor a : actors.values()) {
            Set<String> spellings = new LinkedHashSet<>(personSpellings.getOrDefault(a.key(), Set.of()));
            spellings.addAll(listedSpellings(a));
            writeActor(e, a, spellings, x.published(), officesWritten);
        }

        Set<Integer> sentences = new LinkedHashSet<>();
        for (EventFrame ev : x.events()) {
            writeEvent(e, x, art, ev);
            sentences.addAll(ev.sentences());
        }
        for (int index : sentences) {
            Sentence s = x.text().sentences().get(index);
            Node sn = sentenceNode(art, s, article.text());
            e.add(sn, Dip.RDF_TYPE, Dip.NIF_SENTENCE);
            e.add(sn, Dip.NIF_ANCHOR_OF, NodeFactory.createLiteralString(s.text()));
            e.add(sn, Dip.NIF_BEGIN, integer(codePoints(article.text(), s.span().begin())));
            e.add(sn, Dip.NIF_END, integer(codePoints(article.text(), s.span().end())));
            e.add(sn, Dip.NIF_REFERENCE_CONTEXT, art);
        }
    }

    /** The spellings of a state's, a listed organization's or a listed person's name that the knowledge files list. */
    private List<String> listedSpellings(Actor a) {
        return switch (a.kind()) {
            case STATE -> gazetteer.country(a.country()).map(c -> List.copyOf(c.aliases())).orElse(List.of());
            // (an organ made from a state and a body, "Russian Foreign Ministry", has no listed spellings)
            case ORGANIZATION -> a.key().startsWith("org/")
                    ? gazetteer.organization(a.key().substring(4)).map(o -> List.copyOf(o.aliases())).orElse(List.of())
                    : List.of();
            // (a listed person's other spellings too, so that a script asking for "Tayyip Erdogan" finds him)
            case PERSON -> gazetteer.person(a.label()).filter(p -> gazetteer.person(p).key().equals(a.key()))
                    .map(p -> List.copyOf(p.variants())).orElse(List.of());
        };
    }

    private void writeActor(Emitter e, Actor a, Set<String> surfaces, LocalDate day, Set<String> officesWritten) {
        Node n = NodeFactory.createURI(actorIri(a));
        e.add(n, Dip.RDF_TYPE, Dip.term(a.kind().className()));
        if (a.type() != null && !a.type().isBlank()) {
            e.add(n, Dip.RDF_TYPE, Dip.term(a.type()));
        }
        e.add(n, Dip.RDFS_LABEL, NodeFactory.createLiteralString(a.label()));
        for (String s : surfaces) {
            if (!s.equals(a.label())) {
                e.add(n, Dip.SKOS_ALT_LABEL, NodeFactory.createLiteralString(s));
            }
        }
        ActorIds ids = gazetteer.ids(a.key());
        if (ids.wikidataIri() != null) {
            e.add(n, Dip.OWL_SAME_AS, NodeFactory.createURI(ids.wikidataIri()));
        }
        String cameo = cameoActorCode(a);
        addString(e, n, Dip.CAMEO_ACTOR_CODE, cameo);
        if (a.kind() == ActorKind.STATE && a.country() != null) {
            e.add(n, Dip.ISO_CODE, NodeFactory.createLiteralString(a.country()));
            addString(e, n, Dip.ISO3_CODE, ids.iso3());
        }
        if (a.kind() != ActorKind.STATE && a.country() != null) {
            gazetteer.country(a.country()).ifPresent(c -> {
                Node sn = writeState(e, c);
                e.add(n, Dip.COUNTRY, sn);
            });
        }
        if (a.organization() != null) {
            gazetteer.organization(a.organization()).ifPresent(o -> {
                Node on = writeOrganization(e, o);
                e.add(n, Dip.MEMBER_OF, on);
            });
        }
        addString(e, n, Dip.ROLE, a.role());
        List<OfficeSpell> spells = a.kind() == ActorKind.PERSON ? gazetteer.holders().held(a.label()) : List.of();
        for (OfficeSpell spell : spells) {
            Node sp = writeSpell(e, spell);
            e.add(n, Dip.HELD_OFFICE, sp);
            writeOfficeWithHolders(e, spell.office(), spell.of(), officesWritten);
        }
        // the office the text gives, else the one the person held on the article's day, else the best known one
        Optional<OfficeSpell> onTheDay = day == null ? Optional.empty()
                : spells.stream().filter(sp -> sp.covers(day)).findFirst();
        if (a.office() != null || onTheDay.isPresent()) {
            Office o = a.office();
            String where;
            if (o == null || (onTheDay.isPresent() && !a.office().key().equals(onTheDay.get().office().key()) && isBestKnown(a))) {
                o = onTheDay.get().office();
                where = onTheDay.get().of();
            } else if (a.country() != null) {
                where = a.country();
            } else {
                String org = o.organizationKey() != null ? o.organizationKey() : a.organization();
                o = gazetteer.organizationOffice(o, org).orElse(o);
                where = o.organizationKey() != null ? o.organizationKey() : org;
            }
            Node on = writeOfficeWithHolders(e, o, where, officesWritten);
            e.add(n, Dip.HOLDS_OFFICE, on);
        }
    }

    /** True when the actor's office is the one persons.tsv gives, not a title the article wrote. */
    private boolean isBestKnown(Actor a) {
        return gazetteer.person(a.label()).map(p -> a.office() != null && a.office().key().equals(p.office())).orElse(false);
    }

    private Node writeState(Emitter e, Country c) {
        Actor state = gazetteer.state(c);
        Node sn = NodeFactory.createURI(actorIri(state));
        e.add(sn, Dip.RDF_TYPE, Dip.term(ActorKind.STATE.className()));
        e.add(sn, Dip.RDFS_LABEL, NodeFactory.createLiteralString(state.label()));
        e.add(sn, Dip.ISO_CODE, NodeFactory.createLiteralString(c.iso()));
        ActorIds ids = gazetteer.ids(state.key());
        addString(e, sn, Dip.ISO3_CODE, ids.iso3());
        addString(e, sn, Dip.CAMEO_ACTOR_CODE, ids.cameo());
        if (ids.wikidataIri() != null) {
            e.add(sn, Dip.OWL_SAME_AS, NodeFactory.createURI(ids.wikidataIri()));
        }
        return sn;
    }

    private Node writeOrganization(Emitter e, OrganizationEntry o) {
        Actor org = gazetteer.organization(o);
        Node on = NodeFactory.createURI(actorIri(org));
        e.add(on, Dip.RDF_TYPE, Dip.term(ActorKind.ORGANIZATION.className()));
        e.add(on, Dip.RDFS_LABEL, NodeFactory.createLiteralString(org.label()));
        ActorIds ids = gazetteer.ids(org.key());
        if (ids.wikidataIri() != null) {
            e.add(on, Dip.OWL_SAME_AS, NodeFactory.createURI(ids.wikidataIri()));
        }
        return on;
    }

    /** The IRI of an office of a state (ISO2) or of an organization (its key). */
    public static String officeIri(Office office, String of) {
        return Dip.ID + "office/" + (of == null ? "any" : of.toLowerCase(Locale.ROOT)) + "/" + office.key();
    }

    /** The office node, and every dated spell the knowledge has of it, with their holders. */
    private Node writeOfficeWithHolders(Emitter e, Office o, String of, Set<String> officesWritten) {
        Node on = NodeFactory.createURI(officeIri(o, of));
        e.add(on, Dip.RDF_TYPE, Dip.OFFICE);
        e.add(on, Dip.RDFS_LABEL, NodeFactory.createLiteralString(officeLabel(o, of)));
        e.add(on, Dip.TITLE, NodeFactory.createLiteralString(o.label()));
        if (of != null && officesWritten.add(on.getURI())) {
            for (OfficeSpell spell : gazetteer.holders().of(o, of)) {
                writeSpell(e, spell);
            }
        }
        return on;
    }

    /** "Secretary of State (United States)": the title with its state or organization. */
    private String officeLabel(Office o, String of) {
        String whose = of == null ? "" : gazetteer.country(of.toUpperCase(Locale.ROOT)).filter(c -> c.iso().equals(of))
                .map(c -> " (" + c.name() + ")")
                .or(() -> gazetteer.organization(of).map(x -> " (" + x.label() + ")")).orElse("");
        return o.label() + whose;
    }

    /** A spell in office: who, which office, from when to when, and where the dates come from. */
    private Node writeSpell(Emitter e, OfficeSpell spell) {
        String listedName = gazetteer.person(spell.holder()).map(p -> p.name()).orElse(spell.holder());
        // the article's own label when it names the holder, so that the holder keeps one label ("Francois Hollande")
        String holderName = e.actorLabels.getOrDefault("person/" + Gazetteer.slug(listedName), listedName);
        Node holder = NodeFactory.createURI(Dip.ID + "person/" + Gazetteer.slug(listedName));
        Node sp = NodeFactory.createURI(Dip.ID + "spell/" + spell.of().toLowerCase(Locale.ROOT) + "/" + spell.office().key()
                + "/" + Gazetteer.slug(holderName) + "/" + spell.start());
        Node office = NodeFactory.createURI(officeIri(spell.office(), spell.of()));
        e.add(sp, Dip.RDF_TYPE, Dip.OFFICE_SPELL);
        e.add(sp, Dip.RDFS_LABEL, NodeFactory.createLiteralString(holderName + ", " + officeLabel(spell.office(), spell.of()) + ", "
                + spell.start() + " to " + (spell.end() == null ? "now" : spell.end())));
        e.add(sp, Dip.HOLDER, holder);
        e.add(sp, Dip.POST, office);
        e.add(sp, Dip.START_DATE, NodeFactory.createLiteralDT(spell.start().toString(), XSDDatatype.XSDdate));
        if (spell.end() != null) {
            e.add(sp, Dip.END_DATE, NodeFactory.createLiteralDT(spell.end().toString(), XSDDatatype.XSDdate));
        }
        e.add(sp, Dip.DCT_SOURCE, NodeFactory.createLiteralString(spell.source()));
        e.add(holder, Dip.RDF_TYPE, Dip.term(ActorKind.PERSON.className()));
        e.add(holder, Dip.RDFS_LABEL, NodeFactory.createLiteralString(holderName));
        e.add(holder, Dip.HELD_OFFICE, sp);
        ActorIds ids = gazetteer.ids("person/" + Gazetteer.slug(holderName));
        if (ids.wikidataIri() != null) {
            e.add(holder, Dip.OWL_SAME_AS, NodeFactory.createURI(ids.wikidataIri()));
        }
        return sp;
    }

    /**
     * The CAMEO actor code, as GDELT's Actor1Code gives it: a state's country code ("USA"); an organization's own
     * code ("IGOWSTNAT"), or its state's with GOV for a government body; a person's organization's code, or their
     * state's with GOV when they hold an office (a legislator's LEG, a soldier's MIL).
     */
    private String cameoActorCode(Actor a) {
        ActorIds own = gazetteer.ids(a.key());
        if (own.cameo() != null) {
            return own.cameo();
        }
        String country = a.country() == null ? null : gazetteer.ids("state/" + a.country().toLowerCase(Locale.ROOT)).cameo();
        return switch (a.kind()) {
            case STATE -> null;
            case ORGANIZATION -> country == null ? null : "GovernmentBody".equals(a.type()) ? country + "GOV" : country;
            case PERSON -> {
                if (a.organization() != null && gazetteer.ids("org/" + a.organization()).cameo() != null) {
                    yield gazetteer.ids("org/" + a.organization()).cameo();
                }
                if (country == null) {
                    yield null;
                }
                if (a.office() == null) {
                    yield country;
                }
                yield switch (a.office().function()) {
                    case "legislator" -> country + "LEG";
                    case "military" -> country + "MIL";
                    default -> country + "GOV";
                };
            }
        };
    }

    /**
     * A probability as an xsd:decimal of at most three places, in the canonical form TDB2 gives back ("0.85", "1.0"),
     * so that a graph read back from the store is the graph written.
     */
    public static String decimal(double p) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(p).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    }

    /** The IRI of an event: the same event of the same article gets the same IRI in every run. */
    public Node eventNode(Extraction x, EventFrame ev) {
        StringBuilder key = new StringBuilder(articleIri(x.article())).append('|').append(ev.type()).append('|')
                .append(ev.firstSentence()).append('|').append(ev.trigger()).append('|').append(ev.modality());
        ev.agents().forEach(a -> key.append('|').append(a.key()));
        ev.targets().forEach(a -> key.append('>').append(a.key()));
        return NodeFactory.createURI(Dip.ID + "event/" + hash(key.toString()).substring(0, 24));
    }

    private void writeEvent(Emitter e, Extraction x, Node art, EventFrame ev) {
        Node n = eventNode(x, ev);
        e.add(n, Dip.RDF_TYPE, Dip.term(ev.type().localName()));
        e.add(n, Dip.RDFS_LABEL, NodeFactory.createLiteralString(label(ev)));
        for (Actor a : ev.agents()) {
            Node an = NodeFactory.createURI(actorIri(a));
            e.add(n, Dip.AGENT, an);
            e.add(n, Dip.PARTICIPANT, an);
        }
        for (Actor a : ev.targets()) {
            Node tn = NodeFactory.createURI(actorIri(a));
            e.add(n, Dip.TARGET, tn);
            e.add(n, Dip.PARTICIPANT, tn);
        }
        if (ev.object() != null && !ev.object().isBlank()) {
            Node on = NodeFactory.createURI(Dip.ID + "matter/" + hash(articleIri(x.article()) + "|" + ev.object()).substring(0, 24));
            e.add(n, Dip.OBJECT, on);
            e.add(on, Dip.RDF_TYPE, Dip.MATTER);
            e.add(on, Dip.RDFS_LABEL, NodeFactory.createLiteralString(ev.object()));
        }
        if (ev.venue() != null) {
            e.add(n, Dip.VENUE, NodeFactory.createURI(actorIri(ev.venue())));
        }
        if (ev.date() != null) {
            e.add(n, Dip.DATE, NodeFactory.createLiteralDT(ev.date().toString(), XSDDatatype.XSDdate));
        }
        e.add(n, Dip.MODALITY, Dip.term(ev.modality().localName()));
        e.add(n, Dip.TRIGGER, NodeFactory.createLiteralString(ev.trigger()));
        if (ev.confidence() != null) {
            e.add(n, Dip.CONFIDENCE, NodeFactory.createLiteralDT(decimal(ev.confidence()), XSDDatatype.XSDdecimal));
        }
        if (ev.triggerSpan() != null) {
            // the trigger's place in the text, as NIF counts it: a tool can underline it in the article
            String text = x.article().text();
            int begin = codePoints(text, ev.triggerSpan().begin());
            int end = codePoints(text, ev.triggerSpan().end());
            Node phrase = NodeFactory.createURI(art.getURI() + "#char=" + begin + "," + end);
            e.add(n, Dip.TRIGGER_PHRASE, phrase);
            e.add(phrase, Dip.RDF_TYPE, Dip.NIF_PHRASE);
            e.add(phrase, Dip.NIF_ANCHOR_OF, NodeFactory.createLiteralString(
                    text.substring(ev.triggerSpan().begin(), ev.triggerSpan().end())));
            e.add(phrase, Dip.NIF_BEGIN, integer(begin));
            e.add(phrase, Dip.NIF_END, integer(end));
            e.add(phrase, Dip.NIF_REFERENCE_CONTEXT, art);
        }
        Sentence first = x.text().sentences().get(ev.firstSentence());
        // where the trigger begins in its sentence: the words before it ("signed an agreement") code it too
        int triggerAt = ev.triggerSpan() == null ? -1 : ev.triggerSpan().begin() - first.span().begin();
        EventCode code = codebook.code(ev, first.text(), triggerAt);
        e.add(n, Dip.CAMEO_CODE, NodeFactory.createLiteralString(code.cameo()));
        addString(e, n, Dip.PLOVER_TYPE, code.ploverType());
        addString(e, n, Dip.PLOVER_MODE, code.ploverMode());
        addString(e, n, Dip.PLOVER_CONTEXT, code.ploverContext());
        for (int index : ev.sentences()) {
            e.add(n, Dip.PROV_WAS_DERIVED_FROM, sentenceNode(art, x.text().sentences().get(index), x.article().text()));
        }
    }

    private static String label(EventFrame ev) {
        StringBuilder sb = new StringBuilder(ev.type().localName()).append(": ");
        sb.append(String.join(", ", ev.agents().stream().map(Actor::label).toList()));
        if (!ev.targets().isEmpty()) {
            sb.append(" \u2192 ").append(String.join(", ", ev.targets().stream().map(Actor::label).toList()));
        }
        if (ev.date() != null) {
            sb.append(" (").append(ev.date()).append(')');
        }
        return sb.toString();
    }

    private static Node sentenceNode(Node article, Sentence s, String text) {
        return NodeFactory.createURI(article.getURI() + "#char=" + codePoints(text, s.span().begin()) + ","
                + codePoints(text, s.span().end()));
    }

    /**
     * A UTF-16 offset of the article text as NIF counts it: in characters (Unicode code points, as RFC 5147
     * {@code #char=} and SPARQL's SUBSTR do). The two differ only after a character outside the Basic Multilingual
     * Plane, such as an emoji.
     */
    private static int codePoints(String text, int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }

    /** A plain string, when there is one. */
    private static void addString(Emitter e, Node subject, Node property, String value) {
        if (value != null) {
            e.add(subject, property, NodeFactory.createLiteralString(value));
        }
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    /** What names an article without a title: its headline, else its first sentence, never its dateline. */
    private static String heading(Extraction x) {
        CharSpan dateline = x.article().dateline().map(d -> new CharSpan(d.begin(), d.end())).orElse(new CharSpan(0, 0));
        String line = x.text().sentences().stream()
                .filter(s -> !dateline.contains(s.span()))
                .map(Sentence::text)
                .findFirst().orElse(x.article().text().strip());
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }

    private static boolean isIri(String s) {
        try {
            return (s.startsWith("http://") || s.startsWith("https://")) && IRIs.check(s);
        } catch (RuntimeException ex) {
            return false;
        }
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
        }
    }

    /** Sends each statement once, as a triple or into the article's graph. */
    private static final class Emitter {
        private final StreamRDF out;
        private final Node graph;
        private final Set<Triple> seen = new java.util.HashSet<>();
        /** the labels of the article's actors, by key */
        final Map<String, String> actorLabels = new java.util.HashMap<>();

        Emitter(StreamRDF out, Node graph) {
            this.out = out;
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            Triple t = Triple.create(s, p, o);
            if (!seen.add(t)) {
                return;
            }
            if (graph == null) {
                out.triple(t);
            } else {
                out.quad(Quad.create(graph, t));
            }
        }
    }
}
