package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code bench-extract} with the real models, on a tiny article so that it stays quick. */
class BenchExtractIT {
    @Test
    void bench_extract_01() {
        String[] args = {"bench-extract", "--from", EvalIT.GOLD.toString(), "--words", "40", "--warmup", "1", "--runs", "3"};
        EvalIT.Run r = EvalIT.run(args);
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("article     4"), r.out());
        Matcher ratio = Pattern.compile("ratio       (\\d+\\.\\d\\d) by CPU time").matcher(r.out());
        assertTrue(ratio.find(), r.out());
        // a measured figure, not a gate: timing on a shared CI machine varies, so only its presence is checked
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, r.out());
        assertTrue(r.out().contains("statements)"), r.out());

        String[] gated = {"bench-extract", "--from", EvalIT.GOLD.toString(), "--words", "40", "--warmup", "0", "--runs", "1",
                "--max-ratio", "0.01"};
        EvalIT.Run slow = EvalIT.run(gated);
        assertEquals(1, slow.exit());
        assertTrue(slow.err().contains("is above --max-ratio 0.01"), slow.err());
    }
}
