package org.diplograph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The built jar run as a separate JVM, its standard error read line by line, for tests that kill or stop it. */
final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private volatile boolean readerDone;

    private ChildProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            } finally {
                readerDone = true;
            }
        }, "child-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs {@code java -jar target/diplograph.jar args...} in {@code workingDir}. */
    static ChildProcess diplograph(Path workingDir, String... args) throws IOException {
        return diplograph(workingDir, List.of(), List.of(), args);
    }

    /**
     * Runs {@code prefix... java jvmOptions... -jar target/diplograph.jar args...} in {@code workingDir}; the prefix
     * runs java another way (as another user, in another namespace).
     */
    static ChildProcess diplograph(Path workingDir, List<String> prefix, List<String> jvmOptions, String... args) throws IOException {
        String jar = System.getProperty("diplograph.jar", "target/diplograph.jar");
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ChildProcess(new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Waits for a line of standard error matching {@code test}; fails after {@code seconds}. */
    String awaitLine(Predicate<String> test, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                if (test.test(line)) {
                    return line;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("No such line from the child process in " + seconds + " s; it wrote:\n" + String.join("\n", seen));
    }

    /** Waits for the process to end and for all of its standard error; fails after {@code seconds}. */
    int awaitExit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("The child process is still running after " + seconds + " s; it wrote:\n" + String.join("\n", seen));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
            } else if (readerDone) {
                break;
            }
        }
        return process.exitValue();
    }

    /** The standard error lines read so far. */
    List<String> seen() {
        return List.copyOf(seen);
    }

    Process process() {
        return process;
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            // the test is being stopped: leave the killed child to the system
            Thread.currentThread().interrupt();
        }
    }
}
