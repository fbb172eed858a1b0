package org.diplograph.cli;

import java.time.Duration;

import org.diplograph.source.ReadLimits;
import org.diplograph.store.Ingest;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The budgets that keep one hostile input from costing an ingest its memory or its time. */
public final class InputLimitOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--max-text", paramLabel = "CHARS", defaultValue = "" + ReadLimits.DEFAULT_MAX_TEXT_CHARS,
            description = "Longest article text, in characters (default: ${DEFAULT-VALUE}, about 15,000 words); a longer one is a "
                    + "failure of that article (extraction time and memory grow with the text).")
    int maxText;

    @Option(names = "--max-record", paramLabel = "SIZE", defaultValue = "16m", converter = SizeConverter.class,
            description = "Largest record (a text file, a JSON record, a JSON Lines line, its metadata included) (default: ${DEFAULT-VALUE}); "
                    + "a larger one is skipped without being read into memory.")
    long maxRecord;

    @Option(names = "--article-timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "Longest extraction of one article (default: ${DEFAULT-VALUE}; 0 for no limit); an article over it is a "
                    + "failure and the run goes on (its extraction is left to finish on a spare thread).")
    Duration articleTimeout;

    /** The read limits, checked (bad values are usage errors). */
    ReadLimits readLimits() {
        if (maxText < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + maxText + "' for --max-text: give 1 or more characters");
        }
        if (maxRecord < 1 || maxRecord > Integer.MAX_VALUE - 8) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value '" + maxRecord
                    + "' for --max-record: give a size from 1 byte to 2g, e.g. 16m");
        }
        return new ReadLimits(maxText, (int) maxRecord, ReadLimits.DEFAULT_MAX_JSON_DEPTH);
    }

    /** Applies the time budget to an ingest. */
    Ingest.Builder apply(Ingest.Builder builder) {
        return builder.articleTimeout(articleTimeout);
    }
}
