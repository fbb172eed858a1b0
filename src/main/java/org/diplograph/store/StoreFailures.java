package org.diplograph.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import javax.net.ssl.SSLException;

import org.apache.jena.atlas.web.HttpException;

/**
 * Says in words why a store did not take an article, and how far the failure reaches ({@link StoreException.Scope}).
 *
 * Design decision: Jena reports a failed request as "PUT URL" or a bare status code; what a user needs is the reason
 * (refused, no answer in time, no login, no such dataset) and the option or step that fixes it, once, rather than
 * the same line for every remaining article.
 */
final class StoreFailures {
    private StoreFailures() {
    }

    /** A failed request to a remote dataset's Graph Store endpoint. */
    static StoreException remote(RuntimeException e, URI dataset, String writeUrl, StoreSettings settings) {
        if (e instanceof HttpException http && http.getStatusCode() > 0) {
            return status(http, dataset, writeUrl, settings);
        }
        String host = dataset.getHost() + (dataset.getPort() > 0 ? ":" + dataset.getPort() : "");
        Throwable cause = cause(e, HttpConnectTimeoutException.class);
        if (cause != null) {
            return new StoreException(StoreException.Scope.TRANSIENT, "no connection to " + host + " within "
                    + seconds(settings.connectTimeout()) + " (--connect-timeout): is the server up, and reachable from here?", e);
        }
        if (cause(e, HttpTimeoutException.class) != null) {
            return new StoreException(StoreException.Scope.TRANSIENT, "no answer from " + writeUrl + " within "
                    + seconds(settings.readTimeout()) + " (--read-timeout): the server accepted the connection but did not answer", e);
        }
        if (cause(e, UnresolvedAddressException.class) != null) {
            return new StoreException(StoreException.Scope.STORE, "the host '" + dataset.getHost()
                    + "' of --endpoint is unknown: check the URL", e);
        }
        if (cause(e, SSLException.class) != null) {
            return new StoreException(StoreException.Scope.STORE, "the TLS handshake with " + host + " failed: "
                    + cause(e, SSLException.class).getMessage(), e);
        }
        if (cause(e, ConnectException.class) != null) {
            return new StoreException(StoreException.Scope.TRANSIENT, "connection refused by " + host
                    + ": is the server running, on that port?", e);
        }
        Throwable io = cause(e, IOException.class);
        if (io != null) {
            return new StoreException(StoreException.Scope.TRANSIENT, "the connection to " + host + " failed: " + io, e);
        }
        return new StoreException(StoreException.Scope.TRANSIENT, "the request to " + writeUrl + " failed: " + e.getMessage(), e);
    }

    private static StoreException status(HttpException http, URI dataset, String writeUrl, StoreSettings settings) {
        int code = http.getStatusCode();
        String status = code + " " + reasonPhrase(code);
        String body = firstLine(http.getResponse());
        return switch (code) {
            case 401 -> new StoreException(StoreException.Scope.STORE, settings.user() == null
                    ? status + ": " + writeUrl + " requires a login: " + settings.loginHint()
                    : status + ": the user '" + settings.user() + "' was refused by " + writeUrl + ": check the password ("
                            + settings.loginHint() + ")", http);
            case 403 -> new StoreException(StoreException.Scope.STORE, status + ": "
                    + (settings.user() == null ? "anonymous users" : "the user '" + settings.user() + "'")
                    + " may not write to " + writeUrl + (settings.user() == null ? ": " + settings.loginHint() : ""), http);
            case 404, 405 -> new StoreException(StoreException.Scope.STORE, status + ": no dataset takes Graph Store writes at "
                    + writeUrl + ": check the dataset path of --endpoint " + dataset + " (diplograph serve's dataset is /diplomacy)", http);
            case 400, 413, 415, 422 -> new StoreException(StoreException.Scope.ARTICLE, "the server refused the graph: " + status
                    + (body.isEmpty() ? "" : ": " + body), http);
            default -> new StoreException(StoreException.Scope.TRANSIENT, "the server answered " + status
                    + (body.isEmpty() ? "" : ": " + body), http);
        };
    }

    /** A failed write to the local TDB2 database (an {@link Error} is not handled here: it stops the run). */
    static StoreException local(RuntimeException e, Path database) {
        Throwable io = cause(e, IOException.class);
        String message = String.valueOf(e.getMessage());
        if (io != null || message.contains("No space left")) {
            return new StoreException(StoreException.Scope.STORE, "cannot write the database at " + database + ": "
                    + (io != null ? io.toString() : message) + ": free disk space (or fix the cause)", e);
        }
        return new StoreException(StoreException.Scope.TRANSIENT, "could not be stored in " + database + ": " + e, e);
    }

    /** Why an {@link Error} stopped the store, and what to do about it. */
    static String explain(Throwable t) {
        String message = String.valueOf(t.getMessage());
        if (t instanceof InternalError && message.contains("unsafe memory access")) {
            return "the database files could not be written (" + t + "): the disk that holds the database is probably full; free space";
        }
        if (t instanceof OutOfMemoryError) {
            return "out of memory (" + t + "): give Java more memory (java -Xmx2g -jar ...) or store fewer articles at once (a smaller --batch)";
        }
        return t.toString();
    }

    private static Throwable cause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static String seconds(Duration d) {
        return d == null || d.isZero() ? "(no limit)" : String.format(Locale.ROOT, "%s s", d.toMillis() % 1000 == 0
                ? String.valueOf(d.toSeconds()) : String.valueOf(d.toMillis() / 1000.0));
    }

    private static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    private static String reasonPhrase(int code) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}
