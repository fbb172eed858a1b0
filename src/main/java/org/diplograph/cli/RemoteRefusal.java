package org.diplograph.cli;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.atlas.web.HttpException;
import org.diplograph.store.IngestFailure;

/**
 * What to say when a remote store answers 401 (no or unknown login) or 403 (not allowed): which option supplies
 * the credentials, since the bare "403 - Forbidden" of the HTTP layer does not say.
 */
final class RemoteRefusal {
    private static final Pattern REFUSED = Pattern.compile("\\b(401|403)\\b");

    private RemoteRefusal() {
    }

    /** The hint for an ingest whose articles a remote store refused, if it refused any. */
    static Optional<String> afterIngest(List<IngestFailure> failures, String user, String endpoint) {
        if (failures.stream().noneMatch(f -> REFUSED.matcher(f.reason()).find())) {
            return Optional.empty();
        }
        if (user == null) {
            return Optional.of(endpoint + " refused to store the articles without a login. Give --user NAME (a user of the"
                    + " server's password file, e.g. of diplograph serve --passwd FILE) with the password in the environment"
                    + " variable " + IngestCommand.PASSWORD_VARIABLE + ", or typed when asked on a terminal.");
        }
        return Optional.of(endpoint + " refused to store the articles for --user " + user + ": check the password in "
                + IngestCommand.PASSWORD_VARIABLE + " and that " + user + " is a user of the server's password file"
                + " allowed to write (diplograph serve --passwd FILE).");
    }

    /** The hint for a read command (query, export, events, validate, network) refused by the server, or null. */
    static String afterRead(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && (http.getStatusCode() == 401 || http.getStatusCode() == 403)) {
                return "The server refused to answer (" + http.getStatusCode() + "). The read commands send no login:"
                        + " point --endpoint at a dataset open for reading (diplograph serve opens /diplomacy to everyone),"
                        + " or, to write, use ingest --endpoint URL --user NAME with the password in "
                        + IngestCommand.PASSWORD_VARIABLE + ".";
            }
        }
        return null;
    }
}
