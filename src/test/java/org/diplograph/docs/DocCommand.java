package org.diplograph.docs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of a {@code sh} code block of README.md or docs/*.md, as a reader would paste it (continuation
 * lines joined), with where it was written.
 */
record DocCommand(String file, int line, String text) {
    private static final Pattern PROGRAM = Pattern.compile("(?:\\./diplograph\\s+([a-z-]+)|\\bcurl\\b)");
    private static final Pattern SIZE = Pattern.compile("--(articles|batch-1-articles|heap-articles|runs|samples|burst) (\\d+)");
    private static final Pattern OUTPUT = Pattern.compile("(?:>|\\s-o)\\s*([^\\s|&;>]+)");

    String where() {
        return file + ":" + line;
    }

    /** The README's build-and-serve command and its test command. */
    boolean isRunSh() {
        return text.startsWith("./run.sh") && !isRunShTest() && !text.startsWith("./run.sh build");
    }

    boolean isRunShTest() {
        return text.startsWith("./run.sh test");
    }

    /** A command that starts a server and runs until stopped. */
    boolean serves() {
        return isRunSh() || text.matches("(?s).*\\./diplograph\\s+serve\\b.*");
    }

    /** A command that asks the server of an earlier command (or of ./run.sh) over HTTP. */
    boolean usesServer() {
        return text.contains("localhost:3030") && !serves();
    }

    /** The benchmarks, which take minutes each. */
    boolean isLong() {
        return text.matches("(?s).*\\./diplograph\\s+bench.*");
    }

    /**
     * The benchmark with its sizes cut to a few articles or runs, so that the test checks that it runs as documented
     * (every option taken, figures printed) in seconds instead of the documented run's minutes.
     */
    DocCommand scaledDown() {
        Matcher m = SIZE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long cap = m.group(1).equals("runs") || m.group(1).equals("samples") ? 3 : 40;
            m.appendReplacement(out, "--" + m.group(1) + " " + Math.min(cap, Long.parseLong(m.group(2))));
        }
        m.appendTail(out);
        return new DocCommand(file, line, out.toString());
    }

    /** The last program of the line that prints data: the diplograph command's name, "curl", or "" for none. */
    String dataCommand() {
        Matcher m = PROGRAM.matcher(text);
        String last = "";
        while (m.find()) {
            last = m.group(1) != null ? m.group(1) : "curl";
        }
        return last;
    }

    /** The file the line's data goes to ({@code > FILE} or {@code -o FILE} after its last program), or null for stdout. */
    String outputFile() {
        Matcher p = PROGRAM.matcher(text);
        int from = 0;
        while (p.find()) {
            from = p.start();
        }
        String withoutComment = text.replaceFirst("\\s+#\\s.*$", "");
        Matcher m = OUTPUT.matcher(withoutComment);
        String file = null;
        while (m.find()) {
            if (m.start() >= from) {
                file = m.group(1);
            }
        }
        return file;
    }
}
