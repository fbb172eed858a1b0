package org.diplograph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.analysis.ExampleStore;
import org.diplograph.cli.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pandas session of docs/analyst.md, run as written with Python and pandas on the events table of the bundled
 * examples' store: the CAMEO codes stay strings with their leading zeros, and the actor codes come through.
 *
 * <p>CI installs Debian's python3-pandas (.ci/run) when no Python on the machine has pandas, so there this test
 * always runs; elsewhere, without pandas, it is skipped and says why.
 */
class PandasSessionIT {
    static final Path DOC = Path.of("docs", "analyst.md");

    @TempDir
    Path dir;

    /** The ```python blocks of the doc, in order. */
    static List<String> pythonBlocks(String markdown) {
        Matcher m = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** A Python that imports pandas: python3 on PATH, else Debian's. */
    static Optional<String> pythonWithPandas() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import pandas").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // not on this machine: try the next
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Test
    void the_documented_pandas_session_runs_on_the_bundled_store() throws Exception {
        List<String> blocks = pythonBlocks(Files.readString(DOC));
        assertEquals(1, blocks.size(), DOC + " should hold one ```python session");
        Optional<String> python = pythonWithPandas();
        if (python.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("No Python with pandas on this CI machine: .ci/run installs Debian's python3-pandas; see its output");
            }
            Assumptions.abort("No Python with pandas here (apt-get install python3-pandas); CI installs it and runs this test");
        }
        Cli.Run events = Cli.run("events", "--db", ExampleStore.database().toString());
        assertEquals(0, events.exit(), events.err());
        Files.writeString(dir.resolve("events.csv"), events.out(), StandardCharsets.UTF_8);
        Path script = Files.writeString(dir.resolve("session.py"), blocks.get(0));

        Process p = new ProcessBuilder(python.get(), script.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the session did not end in 2 minutes: " + out);
        assertEquals(0, p.exitValue(), out);
        // the first line is the list of the first codes: Python's repr of strings, leading zeros kept
        String first = out.lines().findFirst().orElse("");
        assertTrue(first.matches("\\['\\d{2,4}', '\\d{2,4}', '\\d{2,4}'\\]"), first);
        assertTrue(first.contains("'0"), "a CAMEO code with its leading zero: " + first);
        assertFalse(out.contains("Traceback"), out);
        assertTrue(out.contains("ISRGOV") && out.contains("USAGOV"), "actor codes of the phone call in article 001: " + out);
    }
}
