package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdfconnection.RDFConnection;
import org.diplograph.analysis.GraphExport;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the graph for analysts, in Turtle, TriG, N-Quads or JSON-LD. */
@Command(name = "export",
        header = "Writes the store out as Turtle, TriG, N-Quads or JSON-LD.",
        mixinStandardHelpOptions = true,
        description = {
                "Writes the store out as RDF: turtle (the union of the article graphs, one statement once, with",
                "the ontology's prefixes), trig and nquads (each article in its own named graph, the graph named",
                "after the article), or jsonld (one JSON-LD document whose @graph holds each article as a named",
                "graph, compacted with the context in ontology/context.jsonld).",
                "",
                "turtle, trig and nquads stream: a store of millions of triples exports in constant memory.",
                "JSON-LD can't stream in Jena: it is written one article graph at a time, so memory follows the",
                "largest article, not the store.",
                "",
                "Against --endpoint, the served dataset's default graph must be the union of its named graphs",
                "(as 'diplograph serve' sets it up) for turtle without --graph."},
        footer = {"",
                "Examples:",
                "  ./diplograph export > diplomacy.ttl",
                "  ./diplograph export --format trig -o diplomacy.trig",
                "  ./diplograph export --format jsonld --graph https://w3id.org/diplograph/id/article/001-gaza-ceasefire-diplomacy",
                "  ./diplograph export --endpoint http://localhost:3030/diplomacy --format nquads | gzip > dump.nq.gz"})
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "turtle",
            description = "Output syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    GraphExport.Syntax format;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Only this graph: the IRI of an article (see the examples below).")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Node graphNode = null;
        if (graph != null) {
            try {
                IRIx iri = IRIx.create(graph);
                if (!iri.isAbsolute()) {
                    throw new IRIException("relative");
                }
                graphNode = NodeFactory.createURI(iri.str());
            } catch (IRIException ex) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + graph
                        + "' for option '--graph': expected an article's absolute IRI, e.g. https://w3id.org/diplograph/id/article/001-gaza-ceasefire-diplomacy.");
            }
        }
        StoreLocation where = store.existing();
        long count;
        try (RDFConnection conn = where.connect();
             OutputStream out = output != null ? new BufferedOutputStream(Files.newOutputStream(output))
                     : org.apache.commons.io.output.CloseShieldOutputStream.wrap(System.out)) {
            count = GraphExport.write(where, conn, format, graphNode, out);
            out.flush();
        }
        String what = format.quads() ? "quads" : "triples";
        spec.commandLine().getErr().println("diplograph export: " + count + " " + what
                + (output != null ? " written to " + output : ""));
        if (count == 0 && graphNode != null) {
            spec.commandLine().getErr().println("diplograph export: no graph named " + graph
                    + " in " + where + "; see the article IRIs with: diplograph query event-evidence --format csv");
            return 1;
        }
        return CommandLine.ExitCode.OK;
    }
}
