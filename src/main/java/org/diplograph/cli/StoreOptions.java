package org.diplograph.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.diplograph.store.LiveServer;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --db} and {@code --endpoint} options of the commands that read the store. */
public final class StoreOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR",
            description = "The TDB2 database folder (default: data/tdb2). When 'diplograph serve' runs on it, the command goes "
                    + "through that server.")
    Path database;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A Fuseki dataset instead of the database, e.g. http://localhost:3030/diplomacy.")
    URI endpoint;

    private Optional<LiveServer> served = Optional.empty();

    /** Where the store is, as given (the default database when neither option is). */
    public StoreLocation location() {
        if (database != null && endpoint != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Give either --db DIR or --endpoint URL, not both (got --db " + database + " and --endpoint " + endpoint + ").");
        }
        if (endpoint != null) {
            String scheme = endpoint.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + endpoint
                        + "' for option '--endpoint': expected the http(s) URL of a Fuseki dataset, e.g. http://localhost:3030/diplomacy.");
            }
            return StoreLocation.endpoint(endpoint);
        }
        Path folder = database != null ? database : StoreLocation.DEFAULT_DATABASE;
        served = LiveServer.find(folder);
        if (served.isPresent()) {
            spec.commandLine().getErr().println("diplograph: " + folder + " is being served by " + served.get()
                    + " (diplograph serve): going through it");
            spec.commandLine().getErr().flush();
            return served.get().location();
        }
        return StoreLocation.database(folder);
    }

    /** The server found running on the database by the last {@link #location()}, if any. */
    public Optional<LiveServer> served() {
        return served;
    }

    /**
     * The store, which must already exist: reading must never create an empty database where the user
     * mistyped a folder.
     *
     * @throws IllegalStateException (exit status 1) when the database folder holds no TDB2 database
     */
    public StoreLocation existing() {
        StoreLocation where = location();
        if (!where.isRemote() && !isDatabase(where.database())) {
            throw new IllegalStateException("No TDB2 database at '" + where.database() + "'. Run 'diplograph ingest --db "
                    + where.database() + " ARTICLES...' first, or point --db at a database folder or --endpoint at a Fuseki dataset.");
        }
        return where;
    }

    static boolean isDatabase(Path folder) {
        return StoreLocation.isDatabase(folder);
    }
}
