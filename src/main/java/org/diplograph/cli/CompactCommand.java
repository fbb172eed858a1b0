package org.diplograph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplograph.store.ArticleStore;
import org.diplograph.store.StoreException;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code compact}: gives back the disk space a TDB2 database keeps from its past transactions. */
@Command(name = "compact",
        header = "Gives back the disk space the TDB2 database keeps from its past transactions.",
        mixinStandardHelpOptions = true,
        description = {
                "TDB2 never writes over a committed block, so every transaction leaves the database larger, whatever it",
                "changed: 20,000 articles ingested 100 per transaction once took 34 GB, 1.8 GB after compaction. Ingest",
                "compacts as it goes (ingest --compact-every) and at its end; this command does it on demand, e.g. after",
                "an ingest run with --no-compact or stopped by a full disk. It writes a compacted copy beside the",
                "database (room for the live data is needed), switches to it and deletes the old one. The database must",
                "not be open elsewhere (stop 'diplograph serve' first). Prints the sizes before and after."},
        footer = {"",
                "Example:",
                "  ./diplograph compact --db /srv/diplo/tdb2"})
public final class CompactCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database folder (default: data/tdb2).")
    Path database;

    @Override
    public Integer call() {
        Path db = database != null ? database : StoreLocation.DEFAULT_DATABASE;
        if (!StoreOptions.isDatabase(db)) {
            throw new IllegalStateException("No TDB2 database at '" + db + "': give --db the folder that 'diplograph ingest' filled");
        }
        org.diplograph.store.LiveServer.find(db).ifPresent(running -> {
            throw new IllegalStateException("'" + db + "' is being served by " + running + ": a database is compacted with no "
                    + "server on it; stop the server (Ctrl-C in its terminal), run this again, then serve again");
        });
        try (ArticleStore store = ArticleStore.open(StoreLocation.database(db))) {
            spec.commandLine().getErr().println(store.compact());
            return CommandLine.ExitCode.OK;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("diplograph compact: " + e.getMessage() + "; the database is as it was, whole.");
            return 1;
        } finally {
            spec.commandLine().getErr().flush();
        }
    }
}
