package org.diplograph.nlp;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dependency parser, loaded the first time a sentence needs it and then shared by every thread. An article
 * with no sentence worth parsing (sport, business) never pays for the parser's models.
 *
 * <p>The parser's models take about 1.2 GB of heap. A process given less ({@code -Xmx512m} for a feed on a small
 * machine) goes on without it: {@link #get()} answers null, extraction reads the words around each trigger only,
 * and one warning says so.
 */
public final class ParserLoader implements Supplier<DependencyParser> {
    /** The heap the parser needs room for, beyond what the rest of an ingest uses. */
    public static final long NEEDED_HEAP = 1_500L << 20;

    private static final Logger LOG = LoggerFactory.getLogger(ParserLoader.class);

    private final Supplier<DependencyParser> load;
    private final long maxHeap;
    private volatile DependencyParser parser;
    private volatile boolean refused;
    /** When loading ended (System.nanoTime), Long.MAX_VALUE while it runs, Long.MIN_VALUE before it began. */
    private volatile long settledAt = Long.MIN_VALUE;

    public ParserLoader(Supplier<DependencyParser> load) {
        this(load, Runtime.getRuntime().maxMemory());
    }

    ParserLoader(Supplier<DependencyParser> load, long maxHeap) {
        this.load = load;
        this.maxHeap = maxHeap;
    }

    /**
     * Loads from the classpath on first use. The classpath's models are the same for the life of the process,
     * so every loader made here shares one copy (a lazily initialised constant, not state that changes).
     */
    public static ParserLoader fromClasspath() {
        return new ParserLoader(() -> ClasspathModels.PARSER);
    }

    /** Initialised by the JVM on first access, exactly once (the holder idiom). */
    private static final class ClasspathModels {
        static final DependencyParser PARSER = DependencyParser.fromClasspath();
    }

    /** The parser, or null when the heap is too small for it. */
    @Override
    public DependencyParser get() {
        DependencyParser p = parser;
        if (p == null && !refused) {
            synchronized (this) {
                p = parser;
                if (p == null && !refused) {
                    if (maxHeap < NEEDED_HEAP) {
                        refused = true;
                        settledAt = System.nanoTime();
                        LOG.warn("The dependency parser needs about {} MB of heap and this process may use {} MB: extracting "
                                + "without it (fewer events found). Give Java more memory, e.g. JAVA_OPTS=-Xmx2g.",
                                NEEDED_HEAP >> 20, maxHeap >> 20);
                        return null;
                    }
                    settledAt = Long.MAX_VALUE;
                    try {
                        parser = p = load.get();
                    } finally {
                        settledAt = System.nanoTime();
                    }
                }
            }
        }
        return p;
    }

    /**
     * True unless the parser is loading or finished loading less than {@code nanos} ago: a time budget per article
     * should not count the seconds the first article waited for the models.
     */
    public boolean settledFor(long nanos) {
        long s = settledAt;
        return s == Long.MIN_VALUE || s != Long.MAX_VALUE && System.nanoTime() - s > nanos;
    }

    /** True once the models are in memory. */
    public boolean loaded() {
        return parser != null;
    }
}
