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
        return TDB2Factory.connectDataset(database.toString());
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
            return RDFConnectionRemote.newBuilder().destination(base()).gspEndpoint(WRITE_ENDPOINT).httpClient(client).build();
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
