package org.diplograph.cli;

import java.time.Duration;

import org.diplograph.server.DiplomacyServer;
import org.diplograph.server.ServerLimits;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How much query work the server takes on at once; each option overrides the same setting in fuseki-config.ttl. */
public final class ServerLimitOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--max-queries", paramLabel = "N",
            description = "Requests inside the dataset's endpoints at once, running or waiting for a turn (configuration: dgs:maxQueries; "
                    + "default " + 64 + ").")
    Integer maxQueries;

    @Option(names = "--max-queued", paramLabel = "N",
            description = "Requests waiting for one of those places; past that the server answers 503 at once (dgs:maxQueued; default 256).")
    Integer maxQueued;

    @Option(names = "--queue-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long a request waits for a place before 503 (dgs:queueTimeout; default 10s).")
    Duration queueTimeout;

    @Option(names = "--long-queries", paramLabel = "N",
            description = "Queries that may run past 1 s at the same time; other long ones wait for a turn, holding no processor, so that "
                    + "short queries stay fast (dgs:longQueries; default: one per processor).")
    Integer longQueries;

    @Option(names = "--query-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop a query running longer than this, with an error the client sees (replaces arq:queryTimeout of the "
                    + "configuration: 30 s to the first result, 60 s in all).")
    Duration queryTimeout;

    /** Applies the options given to a server's settings; bad values are usage errors. */
    DiplomacyServer.Builder apply(DiplomacyServer.Builder builder) {
        positive(maxQueries, "--max-queries", 1);
        positive(maxQueued, "--max-queued", 0);
        positive(longQueries, "--long-queries", 1);
        if (queryTimeout != null && queryTimeout.isZero()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '0' for --query-timeout: a served query needs a time limit");
        }
        if (queryTimeout != null) {
            builder.queryTimeout(queryTimeout);
        }
        return builder.limits((ServerLimits l) -> l.with(maxQueries, maxQueued, queueTimeout, longQueries));
    }

    private void positive(Integer value, String option, int least) {
        if (value != null && value < least) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + value + "' for " + option + ": give " + least + " or more");
        }
    }
}
