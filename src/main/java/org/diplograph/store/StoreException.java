package org.diplograph.store;

/**
 * A store that did not take an article, with the reason in words and how far the failure reaches, so that the
 * ingest can tell one bad article from a store that is gone.
 */
public final class StoreException extends RuntimeException {
    /** How far a failure reaches. */
    public enum Scope {
        /** This article only (the store refused its data): the next one may well go in. */
        ARTICLE,
        /** The store failed this time (no connection, no answer, an unexplained error): several in a row mean it is gone. */
        TRANSIENT,
        /** Every article would fail the same way (no such dataset, no permission, a full disk): stop now. */
        STORE
    }

    private final Scope scope;

    public StoreException(Scope scope, String message, Throwable cause) {
        super(message, cause);
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
