package org.diplograph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.rdfconnection.RDFConnection;
import org.diplograph.analysis.GraphMl;
import org.diplograph.analysis.Network;
import org.diplograph.analysis.NetworkPicture;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code network}: who talked to whom, as GraphML for Gephi or as a picture. */
@Command(name = "network",
        header = "Draws who talked to whom: HTML, SVG or GraphML.",
        mixinStandardHelpOptions = true,
        description = {
                "Draws the communication network: the actors who called, met, visited, held talks with or",
                "consulted each other, and between two of them an edge weighted by the number of such events",
                "(those that did not happen, Negated or Hypothetical, are left out). The data is the saved query",
                "communication-network.",
                "",
                "Formats: graphml (for Gephi, yEd, Cytoscape, networkx, igraph: nodes with label, kind and iri,",
                "edges with weight and classes), html (a self-contained page with the picture: no script, nothing",
                "fetched; open it in a browser), svg (the picture alone)."},
        footer = {"",
                "Examples:",
                "  ./diplograph network --format html -o network.html",
                "  ./diplograph network --format graphml -o network.graphml",
                "  ./diplograph network --from 2023-06-01 --to 2023-06-30 --actor Blinken --format svg > blinken.svg"})
public final class NetworkCommand implements Callable<Integer> {
    public enum Format { graphml, html, svg }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "html",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events from this day on (undated events are then left out).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events up to this day.")
    LocalDate to;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only the communications of this actor, by name or alternative label.")
    String actor;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Who talked to whom",
            description = "The picture's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "60s", converter = DurationConverter.class,
            description = "Stop a query running longer than this (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        if (from != null) {
            params.put("from", from.toString());
        }
        if (to != null) {
            params.put("to", to.toString());
        }
        if (actor != null) {
            params.put("actor", actor);
        }
        StoreLocation where = store.existing();
        Network net;
        try (RDFConnection conn = where.connect()) {
            net = Network.read(where, conn, params, timeout);
        }
        try (OutputStream out = output != null ? Files.newOutputStream(output)
                : org.apache.commons.io.output.CloseShieldOutputStream.wrap(System.out)) {
            switch (format) {
                case graphml -> GraphMl.write(net, out);
                case html -> out.write(NetworkPicture.html(net, title).getBytes(StandardCharsets.UTF_8));
                case svg -> out.write(NetworkPicture.svg(net, title).getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        }
        spec.commandLine().getErr().println("diplograph network: " + net.actors().size() + " actors, " + net.links().size()
                + " links" + (output != null ? " written to " + output : ""));
        return CommandLine.ExitCode.OK;
    }
}
