package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Help that can be pasted from, and usage errors that fit on a screen. */
class HelpTextTest {
    private static final Pattern IRI = Pattern.compile("https?://[^\\s'\"]+[^\\s'\".,;:)]");

    private static List<CommandLine> commands() {
        List<CommandLine> all = new ArrayList<>();
        CommandLine top = Diplograph.newCommandLine();
        all.add(top);
        all.addAll(top.getSubcommands().values());
        return all;
    }

    /** Every text the help of a command is made of, before picocli lays it out. */
    private static String sources(CommandSpec spec) {
        List<String> texts = new ArrayList<>();
        texts.addAll(List.of(spec.usageMessage().header()));
        texts.addAll(List.of(spec.usageMessage().description()));
        texts.addAll(List.of(spec.usageMessage().footer()));
        for (ArgSpec a : spec.args()) {
            texts.addAll(List.of(a.description()));
        }
        return String.join("\n", texts);
    }

    @Test
    void help_never_breaks_an_iri_across_lines() {
        List<String> broken = new ArrayList<>();
        for (CommandLine cl : commands()) {
            String help = cl.getUsageMessage();
            String sources = sources(cl.getCommandSpec());
            Matcher m = IRI.matcher(sources);
            while (m.find()) {
                // as many whole copies in the help as in what it is made of: one in an example does not excuse
                // a broken one in an option's description
                if (count(help, m.group()) < count(sources, m.group())) {
                    broken.add(cl.getCommandName() + ": " + m.group());
                }
            }
        }
        assertTrue(broken.isEmpty(), "IRIs broken across lines in --help:\n" + String.join("\n", broken));
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }

    @Test
    void help_names_no_file_outside_the_repository_and_runs_through_the_launcher() {
        for (CommandLine cl : commands()) {
            String help = cl.getUsageMessage();
            for (String bad : List.of("java -jar", "spec/", "../", "/usr/lib/jvm", "score.py eval")) {
                assertFalse(help.contains(bad), cl.getCommandName() + " --help says '" + bad + "':\n" + help);
            }
        }
    }

    @Test
    void a_bad_option_value_gives_the_error_the_option_and_where_help_is() {
        Cli.Run run = Cli.run("query", "who-talked-to-whom", "--format", "xml");
        assertEquals(2, run.exit());
        List<String> lines = run.err().lines().toList();
        assertEquals(3, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("diplograph query: Invalid value for option '--format'"), run.err());
        assertTrue(lines.get(0).contains("'xml'"), run.err());
        assertEquals("  --format=FORMAT  Output: table, csv, tsv, json (default: table).", lines.get(1));
        assertEquals("See 'diplograph query --help' for every option, with examples.", lines.get(2));
    }

    @Test
    void a_missing_parameter_names_it_and_an_unknown_option_suggests_the_near_ones() {
        Cli.Run missing = Cli.run("extract");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("diplograph extract: Missing required parameter: 'FILE"), missing.err());
        assertTrue(missing.err().lines().count() <= 4, missing.err());

        Cli.Run unknown = Cli.run("export", "--fromat", "trig");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("diplograph export: Unknown options: '--fromat'"), unknown.err());
        assertTrue(unknown.err().lines().count() <= 5, unknown.err());
        assertTrue(unknown.err().strip().endsWith("See 'diplograph export --help' for every option, with examples."), unknown.err());
    }

    @Test
    void an_error_raised_by_a_command_is_short_too() {
        Cli.Run run = Cli.run("eval", "--min-f1", "3", "eval/dev");
        assertEquals(2, run.exit());
        assertEquals(List.of("diplograph eval: Invalid threshold 3.0: --min-f1 and --min-recall take a value between 0 and 1, e.g. 0.8.",
                "See 'diplograph eval --help' for every option, with examples."), run.err().lines().toList());
    }
}
