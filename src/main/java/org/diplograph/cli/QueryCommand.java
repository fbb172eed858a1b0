package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.diplograph.analysis.ResultTable;
import org.diplograph.analysis.SavedQuery;
import org.diplograph.analysis.StoreQueries;
import org.diplograph.rdf.Dip;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: a saved query, or a query file, against the store. */
@Command(name = "query",
        header = "Runs a saved SPARQL query (queries/) or a .rq file against the store.",
        mixinStandardHelpOptions = true,
        description = {
                "Runs a saved SPARQL query (by name, from the queries/ folder packed in the jar) or a .rq file",
                "against the TDB2 database or a Fuseki endpoint, and prints the results.",
                "",
                "Parameters are bound with Jena's parameterized queries, never pasted into the text: a value is",
                "always one value (a name, a day, an IRI), whatever it contains. A parameter left out lets",
                "everything through. Each saved query declares its parameters in its opening comment; --list shows",
                "them. The default graph is the union of the article graphs, as in Fuseki.",
                "",
                "Formats: table (aligned text for people; long cells cut), csv and tsv (for spreadsheets, pandas, R),",
                "json (SPARQL 1.1 JSON results). CONSTRUCT and DESCRIBE queries print Turtle."},
        footer = {"",
                "Saved queries: who-talked-to-whom, actor-timeline, actor-contacts, stances, offices-and-counterparts,",
                "communication-network, event-evidence, country-statements, most-active-actors.",
                "",
                "Examples:",
                "  ./diplograph query --list",
                "  ./diplograph query who-talked-to-whom --param actor=\"Antony Blinken\"",
                "  ./diplograph query actor-contacts --param actor=Blinken --param from=2023-06-01 --param to=2023-06-30",
                "  ./diplograph query stances --format csv > stances.csv",
                "  ./diplograph query my-query.rq --endpoint http://localhost:3030/diplomacy --format json"})
public final class QueryCommand implements Callable<Integer> {
    public enum Format { table, csv, tsv, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME|FILE", arity = "0..1",
            description = "A saved query's name (e.g. who-talked-to-whom) or the path of a .rq file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value, e.g. --param actor=\"Antony Blinken\" --param from=2021-05-01. Repeat for more.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "60s", converter = DurationConverter.class,
            description = "Stop a query running longer than this, e.g. 30s, 5m; 0 for no limit (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--list", description = "List the saved queries, what each answers and its parameters, and stop.")
    boolean list;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (list) {
            for (SavedQuery q : SavedQuery.catalog()) {
                out.println(q.name() + ": " + q.summary());
                for (SavedQuery.Parameter p : q.parameters()) {
                    out.printf("    %-10s %-5s %s%n", p.name(), p.kind().name().toLowerCase(java.util.Locale.ROOT), p.description());
                }
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        }
        if (query == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing the query: give a saved query's name (see query --list) or a .rq file.");
        }
        SavedQuery saved;
        Query bound;
        try {
            saved = SavedQuery.load(query);
            bound = saved.bind(params);
        } catch (IllegalArgumentException ex) {
            throw new CommandLine.ParameterException(spec.commandLine(), ex.getMessage());
        }
        StoreLocation where = store.existing();
        try (RDFConnection conn = where.connect()) {
            Txn.executeRead(conn, () -> run(conn, where, bound, out));
        } catch (QueryCancelledException ex) {
            spec.commandLine().getErr().println("diplograph query: " + saved.name() + " ran longer than " + timeout.toSeconds()
                    + "s and was stopped; narrow it with --param values or raise --timeout.");
            return 1;
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private void run(RDFConnection conn, StoreLocation where, Query bound, PrintStream out) {
        try (QueryExecution qe = StoreQueries.execution(conn, where, bound, timeout)) {
            if (bound.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case table -> ResultTable.write(rs, out, Dip.prefixes());
                    case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                    case json -> ResultSetFormatter.outputAsJSON(out, rs);
                }
            } else if (bound.isAskType()) {
                boolean answer = qe.execAsk();
                switch (format) {
                    case json -> ResultSetFormatter.outputAsJSON(out, answer);
                    case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                    case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                    case table -> out.println(answer);
                }
            } else {
                Model m = bound.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                m.setNsPrefixes(Dip.prefixes());
                RDFDataMgr.write(out, m, Lang.TURTLE);
            }
        }
    }
}
