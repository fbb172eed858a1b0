package org.diplograph.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that extract articles, with a way to give up on one that takes too long.
 *
 * Design decision: Java cannot stop a thread, and the extraction code (OpenNLP and ours) does not look at
 * interrupts, so an article over its time budget cannot be cut short. Instead it is abandoned: the writer reports
 * it and moves on, the pool gets one more thread so that extraction of the other articles keeps its speed, and the
 * abandoned thread leaves the pool when its extraction finally returns. At most as many threads as the pool has
 * are added this way, so a stream of hostile articles slows the run but cannot make it spawn threads without end.
 */
final class ExtractionPool {
    /** One article's extraction: its result, and when a thread started on it. */
    static final class Task {
        final CompletableFuture<Object> result = new CompletableFuture<>();
        private volatile long startedAt;
        private volatile Thread thread;
        private boolean finished;
        private boolean abandoned;

        /** Nanoseconds since a thread took the task up, or -1 while it waits for one. */
        long runningNanos() {
            long t = startedAt;
            return t == 0 ? -1 : System.nanoTime() - t;
        }
    }

    private final int threads;
    private final ThreadPoolExecutor executor;
    private int extra;

    ExtractionPool(int threads, String name) {
        this.threads = threads;
        AtomicInteger number = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + "-" + number.incrementAndGet());
            t.setDaemon(true); // an abandoned extraction must not keep the JVM alive
            return t;
        });
    }

    /** Starts the work when a thread is free; the task's result completes with its value or its exception. */
    <T> Task submit(Callable<T> work) {
        Task task = new Task();
        executor.execute(() -> {
            task.thread = Thread.currentThread();
            task.startedAt = System.nanoTime();
            try {
                task.result.complete(work.call());
            } catch (Throwable t) {
                task.result.completeExceptionally(t);
            } finally {
                boolean wasAbandoned;
                synchronized (task) {
                    task.finished = true;
                    wasAbandoned = task.abandoned;
                }
                if (wasAbandoned) {
                    resize(-1);
                }
            }
        });
        return task;
    }

    /** Gives up on a running task: a new thread takes its place until it finishes. */
    void abandon(Task task) {
        synchronized (task) {
            if (task.finished || task.abandoned) {
                return;
            }
            task.abandoned = true;
        }
        Thread t = task.thread;
        if (t != null) {
            t.interrupt(); // in case the extraction ever learns to look
        }
        resize(+1);
    }

    /** Counts the abandoned tasks still running, and sizes the pool to make up for them, up to twice its size. */
    private synchronized void resize(int by) {
        extra += by;
        int size = threads + Math.max(0, Math.min(threads, extra));
        int current = executor.getCorePoolSize();
        if (size > current) {
            executor.setMaximumPoolSize(size);
            executor.setCorePoolSize(size);
        } else if (size < current) {
            executor.setCorePoolSize(size);
            executor.setMaximumPoolSize(size);
        }
    }

    void shutdownNow() {
        executor.shutdownNow();
    }
}
