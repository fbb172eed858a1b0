package org.diplograph.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Decides when a query runs: admission to the engine (at most {@link ServerLimits#maxQueries()}, a bounded queue
 * for the rest), and turns for long queries (at most {@link ServerLimits#longQueries()} run past
 * {@link ServerLimits#longAfter()} at once).
 *
 * Design decision: the server cannot tell a cheap query from a heavy one before running it, and a plain bound on
 * running queries makes a cheap query wait behind heavy ones for as long as they run (with 32 heavy queries, 18 s
 * at p95 in bench-serve). So every admitted query starts at once, and a query that has run past the threshold
 * continues only with a turn: the others wait, holding no processor, until a long query ends (or their own time
 * limit stops them). A cheap query, done before the threshold, never waits for a turn and shares the processors
 * with only as many long queries as there are turns. The query's thread checks its turn between the solutions the
 * operators hand each other ({@link TurnTakingExecutor}); Fuseki runs each query on its request's thread, which
 * is how the check finds its query ({@link #current()}).
 */
final class QueryScheduler {
    /** One admitted query: when it started, and whether it holds a turn to run long. */
    final class Ticket {
        private final long start = System.nanoTime();
        private int calls;
        private boolean longTurn;

        /**
         * Called between solutions: returns at once while the query is short or has its turn; past the threshold,
         * waits for a turn, giving up when {@code cancelled} (its time limit) says so.
         */
        void checkpoint(BooleanSupplier cancelled) {
            if (longTurn || (++calls & 15) != 0 || System.nanoTime() - start < longAfterNanos) {
                return;
            }
            waitingForTurn.incrementAndGet();
            try {
                while (!turns.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    if (cancelled.getAsBoolean()) {
                        return;
                    }
                }
                longTurn = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waitingForTurn.decrementAndGet();
            }
        }

        private void release() {
            if (longTurn) {
                longTurn = false;
                turns.release();
            }
        }
    }

    /** Why a request was not admitted. */
    record Refusal(String message) {
    }

    private final ServerLimits limits;
    private final long longAfterNanos;
    private final Semaphore places;
    private final Semaphore turns;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger waitingForTurn = new AtomicInteger();
    private final ThreadLocal<Ticket> current = new ThreadLocal<>();

    QueryScheduler(ServerLimits limits) {
        this.limits = limits;
        this.longAfterNanos = limits.longAfter().toNanos();
        this.places = new Semaphore(limits.maxQueries(), true);
        this.turns = new Semaphore(limits.longQueries(), true);
    }

    /**
     * Admits the calling thread's request: returns null once it has a place (then {@link #leave()} must follow), or
     * why it has none.
     */
    Refusal enter() throws InterruptedException {
        if (!places.tryAcquire()) {
            if (queued.incrementAndGet() > limits.maxQueued()) {
                queued.decrementAndGet();
                return new Refusal("The server is busy: " + limits.maxQueries() + " queries are running and " + limits.maxQueued()
                        + " are waiting, its limits. Try again in a few seconds.");
            }
            try {
                if (!places.tryAcquire(limits.queueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                    return new Refusal("The server is busy: the query waited " + limits.queueTimeout().toSeconds()
                            + " s for one of its " + limits.maxQueries() + " places. Try again in a few seconds.");
                }
            } finally {
                queued.decrementAndGet();
            }
        }
        current.set(new Ticket());
        return null;
    }

    /** The request of the calling thread is over: its place and its turn are free. */
    void leave() {
        Ticket t = current.get();
        current.remove();
        if (t != null) {
            t.release();
        }
        places.release();
    }

    /** The calling thread's admitted query, or null when it is not running one of the gated requests. */
    Ticket current() {
        return current.get();
    }

    ServerLimits limits() {
        return limits;
    }
}
