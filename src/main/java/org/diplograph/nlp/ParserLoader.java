package org.diplograph.nlp;

import java.util.function.Supplier;

/**
 * The dependency parser, loaded the first time a sentence needs it and then shared by every thread. An article
 * with no sentence worth parsing (sport, business) never pays for the parser's models.
 */
public final class ParserLoader implements Supplier<DependencyParser> {
    private final Supplier<DependencyParser> load;
    private volatile DependencyParser parser;

    public ParserLoader(Supplier<DependencyParser> load) {
        this.load = load;
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

    @Override
    public DependencyParser get() {
        DependencyParser p = parser;
        if (p == null) {
            synchronized (this) {
                p = parser;
                if (p == null) {
                    parser = p = load.get();
                }
            }
        }
        return p;
    }

    /** True once the models are in memory. */
    public boolean loaded() {
        return parser != null;
    }
}
