package org.diplograph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code diplograph} command: news articles in, a diplomacy knowledge graph out. */
@Command(name = "diplograph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Builds a knowledge graph of diplomatic relations from news articles: who called, met, held talks",
                "with, supported, blocked, condemned or sanctioned whom, and when, as RDF under the diplomacy",
                "ontology (https://w3id.org/diplograph/ontology#), stored in TDB2 and served by Apache Jena Fuseki.",
                "",
                "Standard output carries data only; logs and progress go to standard error.",
                "Exit status: 0 success, 1 bad input or partial failure, 2 bad usage."},
        subcommands = {
                ExtractCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                ForgetCommand.class,
                CompactCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                EventsCommand.class,
                ValidateCommand.class,
                NetworkCommand.class,
                EvalCommand.class,
                TrainConfidenceCommand.class,
                BenchExtractCommand.class,
                BenchCommand.class,
                BenchFeedCommand.class,
                BenchParseCommand.class,
                BenchServeCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Diplograph implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The command line with its subcommands, as the jar runs it (tests use it too). */
    public static CommandLine newCommandLine() {
        // picocli warns on stderr about a --param value with an odd number of quotes, which is a value like any
        // other here (it is bound as one literal); -Dpicocli.trace=WARN brings its tracing back
        if (System.getProperty("picocli.trace") == null) {
            CommandLine.tracer().setLevel(CommandLine.TraceLevel.OFF);
        }
        CommandLine cl = new CommandLine(new Diplograph());
        // the descriptions are written in lines of up to 110 characters; don't fold them again at 80
        cl.setUsageHelpWidth(120);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("diplograph: " + ex.getMessage());
            String refused = RemoteRefusal.afterRead(ex);
            if (refused != null) {
                commandLine.getErr().println(refused);
            }
            return 1;
        });
        cl.setParameterExceptionHandler(new UsageErrors());
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: say which one, e.g. diplograph extract FILE");
    }
}
