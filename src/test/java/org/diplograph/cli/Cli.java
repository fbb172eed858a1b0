package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Runs the diplograph command line in this JVM and captures what it writes. */
public final class Cli {
    private Cli() {
    }

    public record Run(int exit, String out, String err) {
    }

    /** Runs the command; standard output and error are captured (the commands write data to System.out). */
    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(outStream);
            CommandLine cl = Diplograph.newCommandLine();
            cl.setErr(new PrintWriter(errStream, true));
            cl.setOut(new PrintWriter(outStream, true));
            int exit = cl.execute(args);
            outStream.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
        }
    }
}
