package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compact on a real database, and serve refusing a folder with no database in it. */
class CompactCommandIT {
    @TempDir
    Path dir;

    @Test
    void compact_gives_back_space_and_keeps_every_quad() throws Exception {
        Path db = dir.resolve("tdb2");
        assertEquals(0, Cli.run("ingest", "--no-compact", "--db", db.toString(), "examples").exit());
        String before = Cli.run("export", "--format", "nquads", "--db", db.toString()).out();

        Cli.Run run = Cli.run("compact", "--db", db.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("Compacted " + db + " in "), run.err());
        assertTrue(run.err().contains(": its files went from "), run.err());
        try (var entries = Files.list(db)) {
            assertEquals(List.of("Data-0002"), entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(before.lines().sorted().toList(),
                Cli.run("export", "--format", "nquads", "--db", db.toString()).out().lines().sorted().toList());
    }

    @Test
    void compact_and_serve_refuse_a_folder_without_a_database() {
        Path missing = dir.resolve("typo");

        Cli.Run compact = Cli.run("compact", "--db", missing.toString());
        Cli.Run serve = Cli.run("serve", "--port", "0", "--db", missing.toString());

        assertEquals(1, compact.exit());
        assertTrue(compact.err().contains("No TDB2 database at '" + missing + "'"), compact.err());
        assertEquals(1, serve.exit());
        assertTrue(serve.err().contains("No TDB2 database at '" + missing.toAbsolutePath() + "': serving it would show an empty store"), serve.err());
        assertTrue(serve.err().contains("or give --create to start with an empty database there"), serve.err());
        assertFalse(Files.exists(missing), "serve created the folder it refused");
    }
}
