package org.diplograph.analysis;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.diplograph.rdf.Dip;

/**
 * SHACL validation of the graph against the shapes in {@code ontology/shapes.ttl}, with a report people can
 * read: for each result, its severity, the focus node, the path, the message and the offending value.
 *
 * <pre>
 * Validation.Outcome o = Validation.validate(dataGraph, Validation.shapesFromClasspath().orElseThrow());
 * o.print(System.out);
 * </pre>
 *
 * Design decision: the data is validated together with the ontology (when the jar carries it), because the
 * events carry only their most specific class: a shape aimed at dip:Event or dip:Communication reaches a
 * dip:PhoneCall only through the ontology's rdfs:subClassOf statements.
 */
public final class Validation {
    public static final String SHAPES_RESOURCE = "ontology/shapes.ttl";

    private Validation() {
    }

    /** The result of a validation: every report entry, most severe first, then by focus node. */
    public record Outcome(List<ReportEntry> entries) {
        public Outcome {
            entries = List.copyOf(entries);
        }

        public long violations() {
            return entries.stream().filter(e -> Severity.Violation.equals(e.severity())).count();
        }

        /** Writes the readable report; the last line sums it up. */
        public void print(PrintStream out) {
            PrefixMapping pm = Dip.prefixes();
            Prologue prologue = new Prologue(pm);
            for (ReportEntry e : entries) {
                out.println(severityName(e.severity()) + ": " + FmtUtils.stringForNode(e.focusNode(), pm));
                if (e.resultPath() != null) {
                    out.println("  path:       " + PathWriter.asString(e.resultPath(), prologue));
                }
                out.println("  message:    " + e.message());
                if (e.value() != null) {
                    out.println("  value:      " + FmtUtils.stringForNode(e.value(), pm));
                }
                if (e.source() != null && e.source().isURI()) {
                    out.println("  shape:      " + FmtUtils.stringForNode(e.source(), pm));
                }
            }
            long warnings = entries.size() - violations();
            out.println(entries.isEmpty() ? "Conforms: no violations."
                    : violations() + " violation(s), " + warnings + " warning(s) or note(s).");
        }
    }

    /** The shapes packed in the jar, if present. */
    public static Optional<Graph> shapesFromClasspath() {
        return graphFromClasspath(SHAPES_RESOURCE);
    }

    /** The ontology packed in the jar, if present. */
    public static Optional<Graph> ontologyFromClasspath() {
        return graphFromClasspath(EventCodes.ONTOLOGY_RESOURCE);
    }

    private static Optional<Graph> graphFromClasspath(String resource) {
        try (InputStream in = Validation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return Optional.of(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read " + resource + " from the classpath: " + e.getMessage(), e);
        }
    }

    /** Validates the data, read together with the ontology when one is given (null for none). */
    public static Outcome validate(Graph data, Graph ontology, Graph shapes) {
        Shapes parsed = Shapes.parse(shapes);
        Graph target = ontology != null ? new Union(data, ontology) : data;
        ValidationReport report = ShaclValidator.get().validate(parsed, target);
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        entries.sort(Comparator.comparingInt((ReportEntry e) -> rank(e.severity()))
                .thenComparing(e -> String.valueOf(e.focusNode()))
                .thenComparing(e -> String.valueOf(e.resultPath())));
        return new Outcome(entries);
    }

    private static int rank(Severity s) {
        return Severity.Violation.equals(s) ? 0 : Severity.Warning.equals(s) ? 1 : 2;
    }

    private static String severityName(Severity s) {
        Node level = s.level();
        String iri = level.isURI() ? level.getURI() : level.toString();
        return iri.substring(iri.lastIndexOf('#') + 1);
    }
}
