package org.diplograph.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.diplograph.analysis.Validation;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: SHACL validation of the store or of RDF files against the ontology's shapes. */
@Command(name = "validate",
        header = "Checks the store or RDF files against the SHACL shapes of the ontology.",
        mixinStandardHelpOptions = true,
        description = {
                "Checks the graph against the SHACL shapes of the ontology (ontology/shapes.ttl in the jar, or",
                "--shapes FILE) and prints a readable report: for each problem its severity, the focus node, the",
                "path, the message and the offending value. The data is the union of all article graphs of the",
                "store, or of the given files (Turtle, TriG, N-Triples, N-Quads, JSON-LD; named by extension),",
                "read together with the ontology so that shapes aimed at a superclass reach every event.",
                "",
                "Exit status: 0 when the graph conforms (warnings allowed), 1 when there is any violation or a file",
                "can't be read, 2 for bad usage."},
        footer = {"",
                "Examples:",
                "  ./diplograph validate",
                "  ./diplograph validate --endpoint http://localhost:3030/diplomacy",
                "  ./diplograph extract article.txt > article.ttl && ./diplograph validate article.ttl",
                "  ./diplograph validate --shapes my-shapes.ttl export.trig"})
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--shapes", paramLabel = "FILE",
            description = "The SHACL shapes to check against, instead of ontology/shapes.ttl in the jar.")
    Path shapesFile;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "RDF files to validate instead of the store.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Graph shapes;
        if (shapesFile != null) {
            shapes = triples(read(shapesFile));
        } else {
            shapes = Validation.shapesFromClasspath().orElseThrow(() -> new IllegalStateException(
                    "No shapes: " + Validation.SHAPES_RESOURCE + " is not in this build; give --shapes FILE."));
        }
        Graph ontology = Validation.ontologyFromClasspath().orElse(null);

        Validation.Outcome outcome;
        if (!files.isEmpty()) {
            if (store.database != null || store.endpoint != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Give either FILEs or a store (--db, --endpoint), not both.");
            }
            Graph data = GraphFactory.createDefaultGraph();
            for (Path f : files) {
                triples(read(f)).find().forEachRemaining(data::add);
            }
            outcome = Validation.validate(data, ontology, shapes);
        } else {
            StoreLocation where = store.existing();
            if (where.isRemote()) {
                try (RDFConnection conn = where.connect()) {
                    Dataset ds = Txn.calculateRead(conn, conn::fetchDataset);
                    Graph data = triples(ds.asDatasetGraph());
                    outcome = Validation.validate(data, ontology, shapes);
                }
            } else {
                DatasetGraph dsg = where.openDataset().asDatasetGraph();
                outcome = Txn.calculateRead(dsg, () -> Validation.validate(dsg.getUnionGraph(), ontology, shapes));
            }
        }
        outcome.print(out);
        out.flush();
        return outcome.violations() > 0 ? 1 : CommandLine.ExitCode.OK;
    }

    /** Every statement of the dataset, whatever its graph, as one graph. */
    private static Graph triples(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private DatasetGraph read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "No such file: '" + file + "'.");
        }
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try {
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(dsg);
        } catch (RiotException ex) {
            throw new IllegalStateException("Cannot read " + file + " as RDF: " + ex.getMessage(), ex);
        }
        return dsg;
    }
}
