package org.diplograph.extract.confidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.diplograph.model.EventFrame;
import org.diplograph.model.Extraction;
import org.diplograph.model.Modality;
import org.diplograph.pipeline.Pipeline;
import org.diplograph.rdf.Dip;
import org.diplograph.source.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled confidence model judges the asserted events the rules find: each kept one carries its confidence, at
 * or above the threshold, into the RDF as dip:confidence; events told as not done are never judged.
 */
class EventConfidenceIT {
    static Pipeline pipeline;
    static EventConfidence bundled;

    static final String TEXT = "Ministers meet in Oslo\n"
            + "OSLO, June 12, 2024 - Norway's foreign minister telephoned his Finnish counterpart on Tuesday.\n"
            + "Finnish Foreign Minister Elina Valtonen held talks with Norwegian Foreign Minister Espen Barth Eide in Oslo "
            + "on Wednesday.\n"
            + "Sweden did not sign the declaration.\n"
            + "Denmark condemned the missile test and urged North Korea to return to negotiations.\n";

    @BeforeAll
    static void load() {
        pipeline = Pipeline.bundled();
        bundled = EventConfidence.bundled();
    }

    static Article article() {
        return new Article(null, null, null, LocalDate.parse("2024-06-12"), null, TEXT, "test");
    }

    @Test
    void the_jar_bundles_a_model_with_a_threshold_between_zero_and_one() {
        assertNotNull(bundled, "no event-confidence model on the classpath: run train-confidence --out");
        assertTrue(bundled.threshold() > 0 && bundled.threshold() < 1, "threshold " + bundled.threshold());
    }

    @Test
    void kept_asserted_events_carry_their_confidence_and_modal_ones_none() {
        Extraction x = pipeline.extract(article());
        List<EventFrame> asserted = x.events().stream().filter(e -> e.modality() == Modality.ASSERTED).toList();
        List<EventFrame> modal = x.events().stream().filter(e -> e.modality() != Modality.ASSERTED).toList();
        assertTrue(asserted.size() >= 3, x.events().toString());
        for (EventFrame e : asserted) {
            assertNotNull(e.confidence(), e.toString());
            assertTrue(e.confidence() >= bundled.threshold() && e.confidence() <= 1, e.toString());
        }
        assertEquals(1, modal.size(), x.events().toString());
        assertEquals(Modality.NEGATED, modal.get(0).modality());
        assertNull(modal.get(0).confidence());
    }

    @Test
    void a_threshold_above_one_drops_every_asserted_event_and_keeps_the_negated_one() {
        Extraction every = pipeline.withoutConfidence().extract(article());
        Extraction none = bundled.withThreshold(1.01).keep(every);
        assertEquals(List.of(Modality.NEGATED), none.events().stream().map(EventFrame::modality).toList());
    }

    @Test
    void every_event_keeps_what_the_rules_found_each_asserted_one_judged() {
        Extraction every = pipeline.withoutConfidence().extract(article());
        Extraction kept = pipeline.extract(article());
        assertTrue(every.events().size() >= kept.events().size());
        assertTrue(every.events().stream().filter(e -> e.modality() == Modality.ASSERTED).allMatch(e -> e.confidence() != null));
        // judging is the same either way: the kept events are the judged ones at or above the threshold
        assertEquals(every.events().stream().filter(e -> e.confidence() == null || e.confidence() >= bundled.threshold()).toList(),
                kept.events());
    }

    @Test
    void the_confidence_is_written_as_a_decimal_of_at_most_three_places_in_canonical_form() {
        Extraction x = pipeline.extract(article());
        Graph g = pipeline.graph(x);
        List<Triple> confidences = g.find(Node.ANY, Dip.CONFIDENCE, Node.ANY).toList();
        long asserted = x.events().stream().filter(e -> e.modality() == Modality.ASSERTED).count();
        assertEquals(asserted, confidences.size());
        for (Triple t : confidences) {
            assertEquals(XSDDatatype.XSDdecimal.getURI(), t.getObject().getLiteralDatatypeURI());
            assertTrue(t.getObject().getLiteralLexicalForm().matches("0\\.\\d{0,2}[1-9]|0\\.0|1\\.0"), t.toString());
        }
    }

    @Test
    void the_features_say_whether_the_parse_gives_the_trigger_a_subject_and_a_direct_object() {
        // "Denmark condemned the missile test": the parser's labels (nsubj, dobj) reach the model
        Extraction x = pipeline.withoutConfidence().extract(article());
        EventFrame condemned = x.events().stream().filter(e -> e.trigger().equals("condemned")).findFirst().orElseThrow();
        List<String> features = new EventFeatures().of(x, condemned);
        assertTrue(features.contains("subject=true"), features.toString());
        assertTrue(features.contains("object-arc=true"), features.toString());
    }
}
