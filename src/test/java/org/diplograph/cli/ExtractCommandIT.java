package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product as a user runs it: {@code java -jar target/diplograph.jar extract --published 2021-05-20} on the
 * article the product was designed from prints Turtle with its key facts, conforming to the shapes.
 */
class ExtractCommandIT {
    static final Path ARTICLE_001 = Path.of("eval", "dev", "001-gaza-ceasefire-diplomacy.txt");
    static Model turtle;

    static Process start(Path workDir, String... args) throws IOException {
        String jar = System.getProperty("diplograph.jar", "target/diplograph.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(jar).toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile()).start();
    }

    @BeforeAll
    static void extract() throws Exception {
        Process p = start(Path.of("."), "extract", "--published", "2021-05-20", ARTICLE_001.toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        assertTrue(err.isBlank() || !err.contains("Exception"), err);
        turtle = ModelFactory.createDefaultModel();
        RDFParser.fromString(out, Lang.TURTLE).parse(turtle);
    }

    static boolean ask(String where) {
        String q = """
                PREFIX dip: <https://w3id.org/diplograph/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                ASK { %s }""".formatted(where);
        try (QueryExecution qe = QueryExecutionFactory.create(q, turtle)) {
            return qe.execAsk();
        }
    }

    @Test
    void the_ashkenazi_blinken_call_with_offices_countries_and_its_sentence() {
        assertTrue(ask("""
                ?call a dip:PhoneCall ; dip:agent ?a ; dip:target ?b ; dip:modality dip:Asserted ;
                      prov:wasDerivedFrom ?s .
                ?a rdfs:label "Gabi Ashkenazi" ; dip:office/dip:title "Foreign Minister" ; dip:country/rdfs:label "Israel" .
                ?b rdfs:label "Antony Blinken" ; dip:office/dip:title "Secretary of State" ;
                   dip:country/rdfs:label "United States" .
                ?s nif:anchorOf ?text ; nif:beginIndex ?begin ; nif:referenceContext ?article .
                FILTER(STRSTARTS(?text, "Israeli Foreign Minister Gabi Ashkenazi told"))"""));
    }

    @Test
    void the_biden_netanyahu_call() {
        assertTrue(ask("""
                ?call a dip:PhoneCall ; dip:agent/rdfs:label "Joe Biden" ; dip:target/rdfs:label "Benjamin Netanyahu" ."""));
    }

    @Test
    void the_united_states_blocks_the_french_initiative_at_the_security_council() {
        assertTrue(ask("""
                ?block a dip:Block ; dip:agent/rdfs:label "United States" ; dip:target/rdfs:label "France" ;
                       dip:object/rdfs:label "the French initiative" ;
                       dip:venue/rdfs:label "United Nations Security Council" ."""));
    }

    @Test
    void france_proposes_its_draft_on_wednesday_19_may() {
        assertTrue(ask("""
                ?p a dip:Propose ; dip:agent/rdfs:label "France" ; dip:date "2021-05-19"^^xsd:date ."""));
    }

    @Test
    void reporting_is_not_an_event_and_negated_support_is_not_a_fact() {
        assertTrue(!ask("?e dip:agent/rdfs:label \"Axios\" ."), "Axios reports: provenance, not an actor of an event");
        assertTrue(ask("?e a dip:Support ; dip:agent/rdfs:label \"United States\" ; dip:target/rdfs:label \"Israel\" ; "
                + "dip:modality dip:Negated ."));
    }

    @Test
    void the_output_conforms_to_the_shapes() {
        Graph shapesGraph = RDFParser.source(Path.of("ontology", "shapes.ttl")).toGraph();
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), turtle.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms());
    }

    @Test
    void every_syntax_of_the_contract_parses_back(@TempDir Path dir) throws Exception {
        for (String format : List.of("trig", "ntriples", "nquads", "jsonld")) {
            Process p = start(Path.of("."), "extract", "--published", "2021-05-20", "--format", format, ARTICLE_001.toString());
            byte[] out = p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), format);
            Path file = Files.write(dir.resolve("001." + format), out);
            Lang lang = switch (format) {
                case "trig" -> Lang.TRIG;
                case "ntriples" -> Lang.NTRIPLES;
                case "nquads" -> Lang.NQUADS;
                default -> Lang.JSONLD;
            };
            long quads = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(file.toString(), lang).stream().count();
            assertEquals(turtle.size(), quads, format + " holds the same statements as Turtle");
        }
    }

    @Test
    void a_missing_file_is_bad_usage_with_its_name() throws Exception {
        Process p = start(Path.of("."), "extract", "no-such-article.txt");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor());
        assertTrue(err.contains("no-such-article.txt"), err);
    }
}
