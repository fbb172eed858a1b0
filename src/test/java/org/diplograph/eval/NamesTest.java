package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void normalize_01() {
        assertEquals("u s", Names.normalize("the U.S."));
        assertEquals("security council", Names.normalize("The Security Council"));
        assertEquals("sergei lavrov", Names.normalize("Sergeï  Lavrov"));
        assertEquals("zelenskyy s", Names.normalize("Zelenskyy's"));
        assertEquals("theresa may", Names.normalize("Theresa May"));
    }

    @Test
    void match_01() {
        assertTrue(Names.match(List.of("United States"), List.of("US", "the United States")));
        assertTrue(Names.match(List.of("Anthony Blinken"), List.of("Antony Blinken")));
        assertFalse(Names.match(List.of("Blinken"), List.of("Antony Blinken")));
        assertFalse(Names.match(List.of("North Korea"), List.of("South Korea")));
        assertFalse(Names.match(List.of(), List.of("France")));
        assertTrue(Names.match(List.of("Ukraine", "Volodymyr Zelenskyy"), List.of("Volodymyr Zelenskyy")));
        // transliterations that change the surname do not match: the gazetteer must list them
        assertFalse(Names.match(List.of("Volodymyr Zelensky"), List.of("Volodymyr Zelenskyy")));
    }
}
