package org.diplograph.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplograph.rdf.Dip;
import org.junit.jupiter.api.Test;

class EventCodesTest {
    private static EventCodes fragment() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(EventCodesTest.class.getResourceAsStream("event-codes.ttl")).lang(org.apache.jena.riot.Lang.TURTLE).parse(g);
        return EventCodes.from(g);
    }

    @Test
    void a_class_with_its_own_codes_gives_them() {
        EventCodes codes = fragment();
        assertEquals(Optional.of("043"), codes.cameo(Dip.NS + "Meeting"));
        assertEquals(Optional.of("CONSULT"), codes.plover(Dip.NS + "Meeting"));
        assertFalse(codes.isEmpty());
    }

    @Test
    void a_class_without_codes_inherits_the_nearest_superclass_codes() {
        EventCodes codes = fragment();
        assertEquals(Optional.of("040"), codes.cameo(Dip.NS + "PhoneCall"));
        assertEquals(Optional.of("CONSULT"), codes.plover(Dip.NS + "PhoneCall"));
    }

    @Test
    void a_plover_type_given_as_an_iri_gives_its_local_name() {
        assertEquals(Optional.of("REJECT"), fragment().plover(Dip.NS + "Reject"));
    }

    @Test
    void an_unknown_class_has_no_codes() {
        assertTrue(fragment().cameo(Dip.NS + "Nothing").isEmpty());
        assertTrue(EventCodes.from(GraphFactory.createDefaultGraph()).isEmpty());
    }

    @Test
    void csv_quotes_what_needs_quoting_and_tsv_flattens_tabs_and_line_breaks() {
        List<String> cells = List.of("a", "b,c", "say \"no\"", "two\nlines", "tab\there");
        assertEquals("a,\"b,c\",\"say \"\"no\"\"\",\"two\nlines\",tab\there", EventTable.line(cells, EventTable.Separator.CSV));
        assertEquals("a\tb,c\tsay \"no\"\ttwo lines\ttab here", EventTable.line(cells, EventTable.Separator.TSV));
    }
}
