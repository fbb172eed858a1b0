package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpeedBenchmarkTest {
    @Test
    void compose_01() {
        List<String> texts = List.of("Head line\nPARIS, May 2 - One two three four.\n\n", "Five six seven.\nEight nine.\n");
        // whole lines until the count is reached: 2 + 8 + 3 = 13 words >= 11
        assertEquals("Head line\nPARIS, May 2 - One two three four.\nFive six seven.\n", SpeedBenchmark.compose(texts, 11));
        assertEquals(2, SpeedBenchmark.words("  Head\tline \n"));
    }
}
