package org.diplograph.store;

import java.time.Duration;

/**
 * How an {@link ArticleStore} reaches and keeps its store.
 *
 * @param connectTimeout     remote: the longest wait for a connection
 * @param readTimeout        remote: the longest wait for the answer to a request (zero: none)
 * @param user               remote: the user name sent, or null; only for messages (the password is registered
 *                           with {@link StoreLocation#authenticate})
 * @param loginHint          remote: how the user supplies credentials, for the 401 and 403 messages
 * @param compactAfterGrowth local: compact the database whenever its files have grown by this many bytes, or its disk
 *                           has lost half its free space, since it was opened or last compacted (0: never during the
 *                           ingest)
 * @param batchUpdates       remote: store several graphs in one SPARQL update request (one transaction on the server),
 *                           for a diplograph server; else one Graph Store PUT per graph, which any Fuseki takes
 */
public record StoreSettings(Duration connectTimeout, Duration readTimeout, String user, String loginHint, long compactAfterGrowth,
                            boolean batchUpdates) {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    public static final long DEFAULT_COMPACT_AFTER_GROWTH = 2L * 1024 * 1024 * 1024;
    public static final StoreSettings DEFAULT = new StoreSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, null,
            "give a user and password", DEFAULT_COMPACT_AFTER_GROWTH, false);

    public StoreSettings withTimeouts(Duration connect, Duration read) {
        return new StoreSettings(connect, read, user, loginHint, compactAfterGrowth, batchUpdates);
    }

    public StoreSettings withLogin(String userName, String hint) {
        return new StoreSettings(connectTimeout, readTimeout, userName, hint, compactAfterGrowth, batchUpdates);
    }

    public StoreSettings withCompactAfterGrowth(long bytes) {
        return new StoreSettings(connectTimeout, readTimeout, user, loginHint, bytes, batchUpdates);
    }

    /** Several graphs in one SPARQL update request (a diplograph server takes it as one transaction). */
    public StoreSettings withBatchUpdates() {
        return new StoreSettings(connectTimeout, readTimeout, user, loginHint, compactAfterGrowth, true);
    }
}
