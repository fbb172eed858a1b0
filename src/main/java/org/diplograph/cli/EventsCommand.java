package org.diplograph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.diplograph.analysis.EventCodes;
import org.diplograph.analysis.EventTable;
import org.diplograph.store.StoreLocation;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code events}: the events table, one row per event, as CSV or TSV. */
@Command(name = "events",
        header = "The events table, one row per event, as CSV or TSV.",
        mixinStandardHelpOptions = true,
        description = {
                "Writes the events table: one row per event, the shape in which event data is loaded into pandas",
                "or R. Column names follow GDELT and ICEWS where they mean the same: Source is the agent (who",
                "acted), Target the party acted towards.",
                "",
                "Columns: Event_ID, Event_Date, Event_Type (the ontology class, e.g. PhoneCall), CAMEO_Code,",
                "PLOVER_Type, PLOVER_Mode, PLOVER_Context (the event's own codes, as knowledge/event-codes.tsv",
                "gives them: 163 for sanctions, 043 for a host receiving a visitor; a store written before events",
                "carried codes gets its class's), Source_Name, Source_Country, Source_CAMEO (GDELT's Actor1Code:",
                "USA, USAGOV, IGOWSTNAT), Source_IRI, Target_Name, Target_Country, Target_CAMEO, Target_IRI, Object,",
                "Venue, Modality (Asserted, Expected, Negated, Hypothetical), Trigger (the words read as the event),",
                "Sentence, Article_Title, Article_Date, Article_URL, Article_IRI.",
                "",
                "CAMEO codes keep their leading zeros (010, 042): read CAMEO_Code as text (pandas:",
                "dtype={'CAMEO_Code': str}).",
                "",
                "Event_Date is empty when the text does not fix the day. An event with several agents or targets",
                "is one row; their names, countries, codes and IRIs are joined with '; ' in the same order."},
        footer = {"",
                "Examples:",
                "  ./diplograph events > events.csv",
                "  ./diplograph events --format tsv -o events.tsv",
                "  python3 -c \"import pandas as pd; print(pd.read_csv('events.csv', dtype={'CAMEO_Code': str}).head())\"",
                "  Rscript -e \"e <- read.csv('events.csv'); table(e\\$Event_Type)\""})
public final class EventsCommand implements Callable<Integer> {
    public enum Format { csv, tsv }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "10m", converter = DurationConverter.class,
            description = "Stop if the table takes longer than this, e.g. 30s, 10m; 0 for no limit (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        StoreLocation where = store.existing();
        EventCodes codes = EventCodes.fromClasspath();
        if (codes.isEmpty()) {
            spec.commandLine().getErr().println("diplograph events: the ontology (" + EventCodes.ONTOLOGY_RESOURCE
                    + ") gives no dip:cameoCode or dip:ploverType; CAMEO_Code and PLOVER_Type stay empty.");
        }
        EventTable.Separator sep = format == Format.tsv ? EventTable.Separator.TSV : EventTable.Separator.CSV;
        int rows;
        try (RDFConnection conn = where.connect();
             PrintStream out = output != null ? new PrintStream(Files.newOutputStream(output), false, StandardCharsets.UTF_8)
                     : new PrintStream(org.apache.commons.io.output.CloseShieldOutputStream.wrap(System.out), false, StandardCharsets.UTF_8)) {
            rows = new EventTable(codes).write(where, conn, sep, out, timeout);
        } catch (QueryCancelledException ex) {
            spec.commandLine().getErr().println("diplograph events: the table took longer than " + timeout.toSeconds()
                    + "s and was stopped; raise --timeout.");
            return 1;
        }
        spec.commandLine().getErr().println("diplograph events: " + rows + " events" + (output != null ? " written to " + output : ""));
        return CommandLine.ExitCode.OK;
    }
}
