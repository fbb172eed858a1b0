package org.diplograph.cli;

import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the commands write, by their command-line names. */
public enum RdfFormat {
    turtle(RDFFormat.TURTLE_PRETTY, false),
    trig(RDFFormat.TRIG_PRETTY, true),
    ntriples(RDFFormat.NTRIPLES, false),
    nquads(RDFFormat.NQUADS, true),
    jsonld(RDFFormat.JSONLD11, false);

    private final RDFFormat jena;
    private final boolean quads;

    RdfFormat(RDFFormat jena, boolean quads) {
        this.jena = jena;
        this.quads = quads;
    }

    public RDFFormat jena() {
        return jena;
    }

    /** True for the syntaxes that keep named graphs. */
    public boolean quads() {
        return quads;
    }
}
