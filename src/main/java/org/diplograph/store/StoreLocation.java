package org.diplograph.store;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;

import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.tdb2.TDB2Factory;

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

    /** Opens (or creates) the TDB2 database. Only for the embedded store. */
    public Dataset openDataset() {
        if (isRemote()) {
            throw new IllegalStateException("The store at " + endpoint + " is remote: use connect()");
        }
        try {
            return TDB2Factory.connectDataset(database.toString());
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                java.util.regex.Matcher pid = java.util.regex.Pattern.compile("process (\\d+)").matcher(e.getMessage());
                throw new StoreException(StoreException.Scope.STORE, "the database " + database + " is in use by "
                        + (pid.find() ? "process " + pid.group(1) : "another process")
                        + " (an ingest still running, or a server other than 'diplograph serve'); TDB2 lets one process open it. "
                        + "Wait for that process to end and run this again, or start 'diplograph serve --db " + database
                        + "', through which every command can share the database", e);
            }
            throw e;
        }
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
