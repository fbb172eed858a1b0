package org.diplograph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The terms of the diplomacy ontology (ontology/diplomacy.ttl) and the vocabularies it reuses, as Jena nodes. */
public final class Dip {
    private Dip() {
    }

    public static final String NS = "https://w3id.org/diplograph/ontology#";
    public static final String ID = "https://w3id.org/diplograph/id/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";

    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    public static final Node ARTICLE = term("Article");
    public static final Node MATTER = term("Matter");
    public static final Node OFFICE = term("Office");
    public static final Node AGENT = term("agent");
    public static final Node TARGET = term("target");
    public static final Node PARTICIPANT = term("participant");
    public static final Node OBJECT = term("object");
    public static final Node VENUE = term("venue");
    public static final Node DATE = term("date");
    public static final Node MODALITY = term("modality");
    public static final Node TRIGGER = term("trigger");
    public static final Node CONFIDENCE = term("confidence");
    public static final Node TRIGGER_PHRASE = term("triggerPhrase");
    public static final Node HOLDS_OFFICE = term("office");
    public static final Node TITLE = term("title");
    public static final Node COUNTRY = term("country");
    public static final Node MEMBER_OF = term("memberOf");
    public static final Node ROLE = term("role");
    public static final Node ISO_CODE = term("isoCode");
    public static final Node ISO3_CODE = term("iso3Code");
    public static final Node CAMEO_ACTOR_CODE = term("cameoActorCode");
    public static final Node CAMEO_CODE = term("cameoCode");
    public static final Node PLOVER_TYPE = term("ploverType");
    public static final Node PLOVER_MODE = term("ploverMode");
    public static final Node PLOVER_CONTEXT = term("ploverContext");
    public static final Node OFFICE_SPELL = term("OfficeSpell");
    public static final Node HELD_OFFICE = term("heldOffice");
    public static final Node HOLDER = term("holder");
    public static final Node POST = term("post");
    public static final Node START_DATE = term("startDate");
    public static final Node END_DATE = term("endDate");
    /** The SHA-256 of an article's text, "sha256:" and 64 hex digits: tells an edited text from the one stored. */
    public static final Node TEXT_HASH = term("textHash");

    public static final Node RDF_TYPE = NodeFactory.createURI(RDF + "type");
    public static final Node RDFS_LABEL = NodeFactory.createURI(RDFS + "label");
    public static final Node SKOS_ALT_LABEL = NodeFactory.createURI(SKOS + "altLabel");
    public static final Node PROV_WAS_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node NIF_CONTEXT = NodeFactory.createURI(NIF + "Context");
    public static final Node NIF_SENTENCE = NodeFactory.createURI(NIF + "Sentence");
    public static final Node NIF_PHRASE = NodeFactory.createURI(NIF + "Phrase");
    public static final Node NIF_ANCHOR_OF = NodeFactory.createURI(NIF + "anchorOf");
    public static final Node NIF_IS_STRING = NodeFactory.createURI(NIF + "isString");
    public static final Node NIF_BEGIN = NodeFactory.createURI(NIF + "beginIndex");
    public static final Node NIF_END = NodeFactory.createURI(NIF + "endIndex");
    public static final Node NIF_REFERENCE_CONTEXT = NodeFactory.createURI(NIF + "referenceContext");
    public static final Node DCT_TITLE = NodeFactory.createURI(DCT + "title");
    public static final Node DCT_ISSUED = NodeFactory.createURI(DCT + "issued");
    public static final Node DCT_SOURCE = NodeFactory.createURI(DCT + "source");
    public static final Node DCT_IDENTIFIER = NodeFactory.createURI(DCT + "identifier");
    public static final Node DCT_PUBLISHER = NodeFactory.createURI(DCT + "publisher");
    public static final Node OWL_SAME_AS = NodeFactory.createURI(OWL + "sameAs");

    /** The prefixes every output of the product declares. */
    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("dip", NS);
        pm.setNsPrefix("id", ID);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("nif", NIF);
        pm.setNsPrefix("dcterms", DCT);
        pm.setNsPrefix("skos", SKOS);
        pm.setNsPrefix("rdfs", RDFS);
        pm.setNsPrefix("rdf", RDF);
        pm.setNsPrefix("xsd", XSD);
        pm.setNsPrefix("owl", OWL);
        return pm.lock();
    }
}
