package org.diplograph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in three parts, instead of picocli's whole help (40 lines in which the error scrolls away): what
 * was wrong, the one option or parameter concerned with its description, and where the rest is.
 *
 * <pre>
 * diplograph query: Invalid value for option '--format': expected one of [table, csv, tsv, json] ... but was 'xml'
 *   --format=FORMAT  Output: table, csv, tsv, json (default: table).
 * See 'diplograph query --help' for every option, with examples.
 * </pre>
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String command = cl.getCommandSpec().qualifiedName();
        err.println(command + ": " + ex.getMessage());
        if (ex instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && !arg.hidden()) {
            err.println("  " + synopsis(arg) + "  " + String.join(" ", arg.description()).strip()
                    .replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()))
                    .replace("${COMPLETION-CANDIDATES}", candidates(arg)));
        }
        err.println("See '" + command + " --help' for every option, with examples.");
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String synopsis(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            String names = String.join(", ", option.names());
            return option.typeInfo().isBoolean() ? names : names + "=" + option.paramLabel();
        }
        return ((PositionalParamSpec) arg).paramLabel();
    }

    private static String candidates(ArgSpec arg) {
        Iterable<String> values = arg.completionCandidates();
        return values == null ? "" : String.join(", ", values);
    }
}
