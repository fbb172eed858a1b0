package org.diplograph.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ParserLoaderTest {
    @Test
    void a_heap_too_small_for_the_parser_goes_on_without_it_and_never_tries_to_load() {
        ParserLoader loader = new ParserLoader(() -> {
            throw new AssertionError("must not load");
        }, 512L << 20);

        assertNull(loader.get());
        assertNull(loader.get());
        assertFalse(loader.loaded());
    }
}
