package org.diplograph.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command shown in README.md and docs/*.md, run as written, as a newcomer runs them: in a fresh copy of the
 * repository (its tracked and new files, nothing built), with the environment's JAVA_HOME removed and the JDK this
 * test runs on taken off PATH, so that {@code java} is the machine's default one (Java 17 on the project's
 * machines): {@code ./run.sh} builds and serves, then each command runs in the order the docs give them. Each
 * must exit 0, and a command that prints data must print some (a query at least one row).
 *
 * <p>Servers: a {@code serve} command (or {@code ./run.sh}) runs until the next command that does not ask a
 * server; a command that asks {@code http://localhost:3030/...} with no server running gets {@code ./diplograph
 * serve}, as the docs say. When port 3030 (or a port a command names) is taken on this machine, another free port
 * is put in its place, and the test says so. {@code ./run.sh test} is the command CI runs, so it is checked to be
 * in .ci/run rather than run again here. The benchmarks (minutes each) run with their sizes cut to a few articles
 * or runs ({@link DocCommand#scaledDown()}: they must still take every documented option and print their figures),
 * and as written with -Ddocs.long=true.
 */
class DocumentedCommandsIT {
    private static final Pattern ROWS = Pattern.compile("^\\((\\d+) rows?\\)$", Pattern.MULTILINE);
    private static final Pattern PORT = Pattern.compile("--port (\\d+)");

    @TempDir
    static Path clone;
    @TempDir
    static Path logs;

    private final List<String> report = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private Process server;
    private int serverPort;

    @Test
    void every_documented_command_runs_as_written_from_a_fresh_clone() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        copyWorkingTree(repo, clone);
        Map<String, String> env = newcomersEnvironment();
        report.add("java on the newcomer's PATH: " + javaVersion(env));
        boolean runLong = Boolean.getBoolean("docs.long");

        List<DocCommand> commands = MarkdownCommands.of(clone);
        assertTrue(commands.size() > 30, "too few commands found in the docs: " + commands);
        assertTrue(commands.get(0).isRunSh(), "README's first command is ./run.sh, which builds: " + commands.get(0));
        try {
            for (DocCommand c : commands) {
                if (c.isRunShTest()) {
                    assertTrue(Files.readString(repo.resolve(".ci/run")).contains("exec ./run.sh test"), ".ci/run runs ./run.sh test");
                    report.add("CI runs   " + c.where() + "  " + c.text() + "  (.ci/run)");
                    continue;
                }
                if (c.isLong() && !runLong) {
                    c = c.scaledDown();
                }
                if (c.serves()) {
                    stopServer();
                    startServer(c, env);
                } else if (c.usesServer()) {
                    if (server == null) {
                        startServer(new DocCommand(c.file(), c.line(), "./diplograph serve"), env);
                    }
                    run(c, c.text().replace("localhost:3030", "localhost:" + serverPort), env);
                } else {
                    stopServer();
                    run(c, c.text(), env);
                }
            }
        } finally {
            stopServer();
            System.out.println(String.join("\n", report));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " documented command(s) failed:\n\n" + String.join("\n\n", failures));
        }
    }

    /** Runs one command with bash in the clone and checks its exit status and output. */
    private void run(DocCommand c, String command, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile(logs, "command-", ".out");
        Path err = Files.createTempFile(logs, "command-", ".err");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -o pipefail; " + command).directory(clone.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().clear();
        pb.environment().putAll(env);
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            failures.add(c.where() + ": " + command + "\n  still running after 20 minutes");
            return;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        // a speed gate's verdict ("ratio 2.61 is above --max-ratio 2.5") is a measurement of this machine at this
        // moment, not a fault of the docs: the command ran and printed its figures, which the report keeps (speed is
        // judged from benchmark figures, never by a timed test)
        boolean gateVerdict = p.exitValue() == 1 && stderr.contains("is above --max-ratio");
        if (gateVerdict) {
            report.add("gate      " + c.where() + "  " + command + "  (" + tail(stderr).strip() + ")");
        }
        String problem = p.exitValue() != 0 && !gateVerdict ? "exit status " + p.exitValue() : outputProblem(c, stdout);
        if (problem != null) {
            failures.add(c.where() + ": " + command + "\n  " + problem + "\n  stdout: " + tail(stdout) + "\n  stderr: " + tail(stderr));
            report.add("FAILED    " + c.where() + "  " + command + "  (" + problem + ")");
        } else {
            report.add("ran " + String.format("%4d s", seconds) + c.where().replaceFirst("^", "  ") + "  " + command);
        }
    }

    /** Null when the command printed what the docs promise: data where it prints data, rows where it queries. */
    private String outputProblem(DocCommand c, String stdout) throws IOException {
        String kind = c.dataCommand();
        if (!List.of("extract", "query", "export", "events", "network", "eval", "bench-extract", "bench", "curl").contains(kind)
                || c.text().contains("--help")) {
            return null;
        }
        String file = c.outputFile();
        String data = file == null ? stdout : Files.isRegularFile(clone.resolve(file)) ? Files.readString(clone.resolve(file), StandardCharsets.ISO_8859_1) : "";
        if (data.isBlank()) {
            return "printed no data" + (file != null ? " into " + file : "");
        }
        if ((kind.equals("query") && !c.text().contains("--list")) || kind.equals("curl") || kind.equals("events")) {
            long rows = rows(c.text(), data);
            if (rows < 1) {
                return "printed no rows";
            }
        }
        return null;
    }

    /** The result rows of a query's output, in whichever format it was asked for. */
    static long rows(String command, String data) {
        if (command.contains("--format json")) {
            return JSON.parse(data).get("results").getAsObject().get("bindings").getAsArray().size();
        }
        if (command.contains("--format csv") || command.contains("--format tsv") || command.contains("text/csv")
                || command.contains("./diplograph events")) {
            return data.lines().filter(l -> !l.isBlank()).count() - 1;
        }
        Matcher m = ROWS.matcher(data);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private void startServer(DocCommand c, Map<String, String> env) throws Exception {
        String command = c.text();
        Matcher named = PORT.matcher(command);
        int wanted = named.find() ? Integer.parseInt(named.group(1)) : 3030;
        serverPort = isFree(wanted) ? wanted : freePort();
        if (serverPort != wanted) {
            report.add("note      port " + wanted + " is taken on this machine: " + c.where() + " serves on " + serverPort);
            if (named.reset().find()) {
                command = named.replaceFirst("--port " + serverPort);
            } else {
                command = c.isRunSh() ? "./run.sh serve --port " + serverPort : command.replaceFirst("(\\./diplograph serve)", "$1 --port " + serverPort);
            }
        }
        Path log = Files.createTempFile(logs, "server-", ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "exec " + command).directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        long start = System.nanoTime();
        server = pb.start();
        long deadline = start + TimeUnit.MINUTES.toNanos(c.isRunSh() ? 15 : 3);
        while (!Files.readString(log).contains("Stop the server with Ctrl-C.")) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                String written = Files.readString(log);
                stopServer();
                failures.add(c.where() + ": " + command + "\n  never reached 'Fuseki is serving'; it wrote:\n" + tail(written));
                report.add("FAILED    " + c.where() + "  " + command + "  (no server)");
                return;
            }
            Thread.sleep(250);
        }
        HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + serverPort + "/$/ping")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ping.statusCode(), c.where() + ": the server of '" + command + "' does not answer /$/ping");
        report.add("served " + String.format("%3d s", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start))
                + "  " + c.where() + "  " + command);
    }

    private void stopServer() throws InterruptedException {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                server.waitFor(30, TimeUnit.SECONDS);
            }
            server = null;
        }
    }

    /** The environment of a newcomer's shell: no JAVA_HOME, and not the JDK running this test first on PATH. */
    private static Map<String, String> newcomersEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(System.getenv());
        List<String> jdkBins = new ArrayList<>();
        jdkBins.add(Path.of(System.getProperty("java.home"), "bin").toString());
        if (env.get("JAVA_HOME") != null) {
            jdkBins.add(Path.of(env.get("JAVA_HOME"), "bin").toString());
        }
        env.remove("JAVA_HOME");
        List<String> path = new ArrayList<>();
        for (String dir : env.getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!jdkBins.contains(dir) && !jdkBins.contains(dir.replaceAll("/+$", ""))) {
                path.add(dir);
            }
        }
        env.put("PATH", String.join(":", path));
        return env;
    }

    private static String javaVersion(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "command -v java && java -version 2>&1 | head -1").redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().replace('\n', ' ');
        p.waitFor();
        return out.isEmpty() ? "none" : out;
    }

    /** The repository as a fresh clone has it: tracked and new (not ignored) files of the working tree. */
    static void copyWorkingTree(Path repo, Path to) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                .directory(repo.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), "git ls-files failed in " + repo + ": this test copies the repository's files as git lists them");
        for (String name : listing.split("\0")) {
            Path source = repo.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(source)) {
                continue;   // deleted in the working tree
            }
            Path target = to.resolve(name);
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static boolean isFree(int port) {
        try {
            new ServerSocket(port).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n    ", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
