package org.diplograph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.diplograph.extract.knowledge.Gazetteer;
import org.diplograph.nlp.CharSpan;
import org.diplograph.nlp.Sentence;
import org.diplograph.source.Article;

/**
 * Maps an article's extraction to RDF under the diplomacy ontology and writes it to a {@link StreamRDF}: the
 * article node, the sentences events were read from (NIF), the events, and the actors with their labels,
 * offices and countries. Knows nothing of where the triples go: a file, a TDB2 dataset, a test graph.
 *
 * <pre>
 * new RdfMapper(gazetteer).write(extraction, StreamRDFLib.graph(graph), false);
 * </pre>
 *
 * Design decision: IRIs are made from stable keys (an actor's canonical name or ISO code, an article's id, URL
 * or text hash, an event's article, class, sentence and parties), so that re-reading an article gives the same
 * IRIs and the same actor is one node across every article.
 */
public final class RdfMapper {
    private final Gazetteer gazetteer;

    public RdfMapper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The IRI of an article, also the name of its graph: from its id (kept recognisable, and different for every
     * id: see {@link ArticleNames}), else its URL, else its text.
     */
    public static String articleIri(Article a) {
        String key;
        if (a.id() != null && !a.id().isBlank()) {
            key = ArticleNames.fromId(a.id());
        } else if (a.url() != null && !a.url().isBlank()) {
            key = ArticleNames.fromUrl(a.url());
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
        if (article.title() != null) {
            e.add(art, Dip.DCT_TITLE, NodeFactory.createLiteralString(article.title()));
        }
        if (article.id() != null) {
            e.add(art, Dip.DCT_IDENTIFIER, NodeFactory.createLiteralString(article.id()));
        }
        if (x.published() != null) {
            e.add(art, Dip.DCT_ISSUED, NodeFactory.createLiteralDT(x.published().toString(), XSDDatatype.XSDdate));
        }
        if (article.url() != null) {
            e.add(art, Dip.DCT_SOURCE, isIri(article.url()) ? NodeFactory.createURI(article.url())
                    : NodeFactory.createLiteralString(article.url()));
        }
        if (article.source() != null) {
            e.add(art, Dip.DCT_PUBLISHER, NodeFactory.createLiteralString(article.source()));
        }

        Map<String, Actor> actors = new LinkedHashMap<>();
        x.actors().forEach(a -> actors.put(a.key(), a));
        Map<String, Set<String>> altLabels = new LinkedHashMap<>();
        for (Mention m : x.mentions()) {
            if (m.form() == Mention.Form.PRONOUN) {
                continue;
            }
            String surface = m.form() == Mention.Form.NAME ? m.surface() : x.text().text().substring(m.span().begin(), m.span().end());
            altLabels.computeIfAbsent(m.actor().key(), k -> new LinkedHashSet<>()).add(surface);
        }
        for (Actor a : actors.values()) {
            writeActor(e, a, altLabels.getOrDefault(a.key(), Set.of()));
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

    private void writeActor(Emitter e, Actor a, Set<String> surfaces) {
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
        if (a.kind() == ActorKind.STATE && a.country() != null) {
            e.add(n, Dip.ISO_CODE, NodeFactory.createLiteralString(a.country()));
        }
        if (a.kind() != ActorKind.STATE && a.country() != null) {
            gazetteer.country(a.country()).ifPresent(c -> {
                Actor state = gazetteer.state(c);
                Node sn = NodeFactory.createURI(actorIri(state));
                e.add(n, Dip.COUNTRY, sn);
                e.add(sn, Dip.RDF_TYPE, Dip.term(ActorKind.STATE.className()));
                e.add(sn, Dip.RDFS_LABEL, NodeFactory.createLiteralString(state.label()));
                e.add(sn, Dip.ISO_CODE, NodeFactory.createLiteralString(c.iso()));
            });
        }
        if (a.organization() != null) {
            gazetteer.organization(a.organization()).ifPresent(o -> {
                Actor org = gazetteer.organization(o);
                Node on = NodeFactory.createURI(actorIri(org));
                e.add(n, Dip.MEMBER_OF, on);
                e.add(on, Dip.RDF_TYPE, Dip.term(ActorKind.ORGANIZATION.className()));
                e.add(on, Dip.RDFS_LABEL, NodeFactory.createLiteralString(org.label()));
            });
        }
        if (a.role() != null) {
            e.add(n, Dip.ROLE, NodeFactory.createLiteralString(a.role()));
        }
        if (a.office() != null) {
            Office o = a.office();
            String where = a.country() != null ? a.country().toLowerCase(Locale.ROOT)
                    : o.organizationKey() != null ? o.organizationKey() : "any";
            Node on = NodeFactory.createURI(Dip.ID + "office/" + where + "/" + o.key());
            e.add(n, Dip.HOLDS_OFFICE, on);
            e.add(on, Dip.RDF_TYPE, Dip.OFFICE);
            String of = a.country() != null ? gazetteer.country(a.country()).map(c -> " (" + c.name() + ")").orElse("")
                    : o.organizationKey() != null ? gazetteer.organization(o.organizationKey()).map(x -> " (" + x.label() + ")").orElse("") : "";
            e.add(on, Dip.RDFS_LABEL, NodeFactory.createLiteralString(o.label() + of));
            e.add(on, Dip.TITLE, NodeFactory.createLiteralString(o.label()));
        }
    }

    private void writeEvent(Emitter e, Extraction x, Node art, EventFrame ev) {
        StringBuilder key = new StringBuilder(articleIri(x.article())).append('|').append(ev.type()).append('|')
                .append(ev.firstSentence()).append('|').append(ev.trigger()).append('|').append(ev.modality());
        ev.agents().forEach(a -> key.append('|').append(a.key()));
        ev.targets().forEach(a -> key.append('>').append(a.key()));
        Node n = NodeFactory.createURI(Dip.ID + "event/" + hash(key.toString()).substring(0, 24));
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
