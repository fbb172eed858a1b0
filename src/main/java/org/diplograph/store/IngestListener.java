package org.diplograph.store;

/** Hears how an ingest goes, as it goes: for progress bars and logs. Called from the writing thread. */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
    };

    /** The run starts; {@code inputs} is the number of files to read, or -1 when unknown. */
    default void started(long inputs) {
    }

    /** An input has been read (its articles may still be on their way to the store). */
    default void inputRead(String origin) {
    }

    /** An article's graph has been committed. */
    default void stored(StoredArticle article) {
    }

    default void failed(IngestFailure failure) {
    }

    /** Something the store did on the way, such as compacting the database. */
    default void note(String message) {
    }
}
