package org.diplograph.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.DatabaseConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where the graph lives: an embedded TDB2 database (a folder) or a remote Fuseki dataset (its URL, e.g.
 * {@code http://localhost:3030/diplomacy}). Both are reached through one {@link RDFConnection}, so every
 * command runs the same code against either.
 *
 * <pre>
 * try (RDFConnection conn = StoreLocation.database(Path.of("data/tdb2")).connect()) { ... }
 * </pre>
 */
public record StoreLocation(Path database, URI endpoint) {
    public static final Path DEFAULT_DATABASE = Path.of("data", "tdb2");
    /** The Graph Store endpoint of a Fuseki dataset that accepts writes (Fuseki's conventional name). */
    public static final String WRITE_ENDPOINT = "data";
    /** The SPARQL update endpoint of a diplograph dataset. */
    public static final String UPDATE_ENDPOINT = "update";
    /** The SPARQL query endpoint of a diplograph dataset. */
    public static final String QUERY_ENDPOINT = "sparql";

    public StoreLocation {
        if ((database == null) == (endpoint == null)) {
            throw new IllegalArgumentException("A store is either a TDB2 folder or a Fuseki endpoint URL, not both or neither");
        }
    }

    public static StoreLocation database(Path folder) {
        return new StoreLocation(folder, null);
    }

    public static StoreLocation endpoint(URI url) {
        return new StoreLocation(null, url);
    }

    public boolean isRemote() {
        return endpoint != null;
    }

    /**
     * Opens the TDB2 database, creating it first when the folder holds none. Only for the embedded store.
     * <p>
     * Design decision: TDB2 makes a new database in place, file by file, outside any transaction, and a database
     * whose making was cut short (a {@code kill -9} of the first ingest) never opens again ("Node block manager empty =
     * true // Records block manager empty = false"). So a new database is made in the folder {@value #NEW_DATABASE}
     * inside the database folder, under TDB2's own lock of the database folder, and its {@code Data-0001} is moved into
     * place in one atomic rename once TDB2 has made and synced it. The database folder therefore holds either no
     * {@code Data-NNNN} (no database yet: the next open makes one, and clears what the cut-short attempt left) or a whole
     * one; from then on TDB2's transactions (its journal) keep every commit whole, and its compaction has its own
     * temporary folder and rename.
     */
    public Dataset openDataset() {
        if (isRemote()) {
            throw new IllegalStateException("The store at " + endpoint + " is remote: use connect()");
        }
        boolean made = false;
        try {
            if (!isDatabase(database)) {
                create(database);
                made = true;
            }
            Dataset dataset = TDB2Factory.connectDataset(database.toString());
            // with the database open, this process holds TDB2's lock of the folder: nobody else is making it
            removeUnfinished(database);
            return dataset;
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains(LOCK_REFUSED)) {
                throw inUse(e);
            }
            if (!made && isDatabase(database)) {
                throw new StoreException(StoreException.Scope.STORE, "the TDB2 database in " + database + " does not open ("
                        + e.getMessage() + "): its files are damaged. If it was left by a first ingest that was stopped while "
                        + "it made the database (diplograph before this version), it holds nothing: delete the folder " + database
                        + " and run the ingest again. Otherwise restore the folder from a copy, or ingest the articles again into "
                        + "a new folder", e);
            }
            throw e;
        }
    }

    /** The folder, inside the database folder, in which a new database is made before it is moved into place. */
    public static final String NEW_DATABASE = ".new-database";
    /** How TDB2's message begins when another process holds the folder ("... held by process N"). */
    private static final String LOCK_REFUSED = "Failed to get a lock";
    /** TDB2's lock file of a database folder. */
    private static final String LOCK_FILE = "tdb.lock";
    /** The folders TDB2 opens a database from (Data-0001, Data-0002 after a compaction, ...). */
    private static final java.util.regex.Pattern STORAGE = java.util.regex.Pattern.compile("Data-\\d+");

    /** Whether the folder holds a TDB2 database: a {@code Data-NNNN} folder, which this class only ever puts there whole. */
    public static boolean isDatabase(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && STORAGE.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the folder is missing, empty, or holds only what a stopped attempt to make a database left there (TDB2's
     * lock file and {@value #NEW_DATABASE}): a folder in which a new database may be made.
     */
    public static boolean isNewOrUnfinished(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).allMatch(n -> n.equals(LOCK_FILE) || n.equals(NEW_DATABASE));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes a new, empty database in the folder unless it holds one already, as {@link #openDataset()} does, and lets it
     * go: for a server that opens the folder itself.
     */
    public void createDatabase() {
        if (isRemote()) {
            throw new IllegalStateException("The store at " + endpoint + " is remote: it is made on the server");
        }
        try {
            if (!isDatabase(database)) {
                create(database);
            }
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains(LOCK_REFUSED)) {
                throw inUse(e);
            }
            throw e;
        }
    }

    /**
     * Makes a new, empty database in the folder unless it holds one already, all at once: see {@link #openDataset()}.
     * Takes TDB2's lock of the folder for the time it takes, so that it fails, as an open would, while another
     * process has the folder open.
     */
    private static void create(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException(StoreException.Scope.STORE, "could not create the database folder " + folder + " (" + e
                    + "): check the path, and that you may write there", e);
        }
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(folder.toString()));
        try {
            lock.lockEx();
        } catch (RuntimeException e) {
            ProcessFileLock.release(lock);
            throw e;
        }
        try {
            if (isDatabase(folder)) {
                return; // another process made it between the check and the lock
            }
            Path work = folder.resolve(NEW_DATABASE);
            deleteTree(work);
            Files.createDirectory(work);
            Dataset made = TDB2Factory.connectDataset(work.toString());
            TDBInternal.expel(made.asDatasetGraph());
            Path storage;
            try (Stream<Path> entries = Files.list(work)) {
                storage = entries.filter(p -> STORAGE.matcher(p.getFileName().toString()).matches()).findFirst()
                        .orElseThrow(() -> new IOException("TDB2 made no Data-NNNN folder in " + work));
            }
            syncTree(storage);
            Files.move(storage, folder.resolve(storage.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            sync(folder);
            deleteTree(work);
        } catch (IOException | RuntimeException e) {
            throw new StoreException(StoreException.Scope.STORE, "could not create a TDB2 database in " + folder + " (" + e
                    + "): check that the disk has room and that you may write there, then run the command again", e);
        } finally {
            lock.unlock();
            ProcessFileLock.release(lock);
        }
    }

    /** Removes what an attempt to make the database that was stopped left; best effort (it is cleared next time). */
    private static void removeUnfinished(Path folder) {
        try {
            deleteTree(folder.resolve(NEW_DATABASE));
        } catch (IOException e) {
            // left for the next open; it is never read
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Forces the folder's files and then the folder itself to the disk, so that a power cut after the rename loses none. */
    private static void syncTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ)) {
                    c.force(true);
                }
            }
        }
        sync(folder);
    }

    /** Forces a folder's entries to the disk, where the system allows it (Linux and macOS do; Windows does not). */
    private static void sync(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException e) {
            // not supported for folders here: the rename is still atomic, only not yet on the disk
        }
    }

    private StoreException inUse(RuntimeException e) {
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("process (\\d+)").matcher(e.getMessage());
        return new StoreException(StoreException.Scope.STORE, "the database " + database + " is in use by "
                + (pid.find() ? "process " + pid.group(1) : "another process")
                + " (an ingest still running, or a server other than 'diplograph serve'); TDB2 lets one process open it. "
                + "Wait for that process to end and run this again, or start 'diplograph serve --db " + database
                + "', through which every command can share the database", e);
    }

    /** A connection to the store: the embedded dataset, or the remote one over SPARQL and the Graph Store Protocol. */
    public RDFConnection connect() {
        if (isRemote()) {
            // a connect timeout, so that an address that drops packets does not hang a query command
            return RDFConnectionRemote.newBuilder().destination(base())
                    .httpClient(new TimedHttpClient(StoreSettings.DEFAULT_CONNECT_TIMEOUT, null)).build();
        }
        return RDFConnection.connect(openDataset());
    }

    /**
     * A connection for replacing graphs: locally the dataset, remotely the dataset's {@value #WRITE_ENDPOINT}
     * endpoint, since a Fuseki dataset URL itself is usually read-only.
     */
    public RDFConnection connectForWriting() {
        return connectForWriting(new TimedHttpClient(StoreSettings.DEFAULT_CONNECT_TIMEOUT, StoreSettings.DEFAULT_READ_TIMEOUT));
    }

    /** {@link #connectForWriting()} through this HTTP client (timeouts, proxies); the client is ignored locally. */
    public RDFConnection connectForWriting(HttpClient client) {
        if (isRemote()) {
            return RDFConnectionRemote.newBuilder().destination(base()).gspEndpoint(WRITE_ENDPOINT).updateEndpoint(UPDATE_ENDPOINT)
                    .queryEndpoint(QUERY_ENDPOINT).httpClient(client).build();
        }
        return connect();
    }

    /** The URL graphs are written to: the dataset's {@value #WRITE_ENDPOINT} endpoint. */
    public String writeUrl() {
        if (!isRemote()) {
            throw new IllegalStateException("The store at " + database + " is a local folder: it has no URL");
        }
        return base() + "/" + WRITE_ENDPOINT;
    }

    /** The URL SPARQL updates go to. */
    public String updateUrl() {
        if (!isRemote()) {
            throw new IllegalStateException("The store at " + database + " is a local folder: it has no URL");
        }
        return base() + "/" + UPDATE_ENDPOINT;
    }

    /** Sends this user name and password with every request to the remote store (HTTP basic or digest). */
    public void authenticate(String user, String password) {
        if (!isRemote()) {
            throw new IllegalStateException("The store at " + database + " is a local folder: it takes no login");
        }
        AuthEnv.get().registerUsernamePassword(base(), user, password);
    }

    private String base() {
        return endpoint.toString().replaceAll("/+$", "");
    }

    @Override
    public String toString() {
        return isRemote() ? endpoint.toString() : database.toString();
    }
}
