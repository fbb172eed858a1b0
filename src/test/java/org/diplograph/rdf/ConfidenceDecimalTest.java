package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** dip:confidence is written as TDB2 gives decimals back, so that a stored graph equals the graph extracted. */
class ConfidenceDecimalTest {

    @Test
    void three_places_at_most_rounded_half_up() {
        assertEquals("0.859", RdfMapper.decimal(0.8594));
        assertEquals("0.86", RdfMapper.decimal(0.8595));
    }

    @Test
    void trailing_zeros_dropped_and_one_place_kept() {
        assertEquals("0.85", RdfMapper.decimal(0.85));
        assertEquals("0.1", RdfMapper.decimal(0.1000001));
        assertEquals("1.0", RdfMapper.decimal(0.99999));
        assertEquals("0.0", RdfMapper.decimal(0.0001));
    }
}
