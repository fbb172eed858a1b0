package org.diplograph.analysis;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Network} as GraphML, which Gephi, yEd, Cytoscape, networkx and igraph read: nodes with
 * {@code label}, {@code kind} and {@code iri}, undirected edges with {@code weight} (the number of
 * communication events) and {@code classes}.
 */
public final class GraphMl {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    public static void write(Network network, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            key(w, "label", "node", "label", "string");
            key(w, "kind", "node", "kind", "string");
            key(w, "iri", "node", "iri", "string");
            key(w, "weight", "edge", "weight", "double");
            key(w, "classes", "edge", "classes", "string");
            w.writeCharacters("\n  ");
            w.writeStartElement("graph");
            w.writeAttribute("id", "communication");
            w.writeAttribute("edgedefault", "undirected");
            for (Network.Actor a : network.actors()) {
                w.writeCharacters("\n    ");
                w.writeStartElement("node");
                w.writeAttribute("id", a.iri());
                data(w, "label", a.label());
                data(w, "kind", a.kind());
                data(w, "iri", a.iri());
                w.writeEndElement();
            }
            int n = 0;
            for (Network.Link l : network.links()) {
                w.writeCharacters("\n    ");
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + n++);
                w.writeAttribute("source", l.source());
                w.writeAttribute("target", l.target());
                data(w, "weight", Integer.toString(l.weight()));
                data(w, "classes", l.classes());
                w.writeEndElement();
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type) throws XMLStreamException {
        w.writeCharacters("\n  ");
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
