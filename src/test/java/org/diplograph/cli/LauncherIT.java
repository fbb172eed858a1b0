package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./diplograph: what it says when there is no Java 21+, or no jar yet, and that it passes its arguments on. */
class LauncherIT {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    /** Runs a script with PATH set to {@code path} only, no JAVA_HOME, and nowhere else to look for a JDK. */
    private static Run run(Path workDir, String path, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", path);
        pb.environment().put("DIPLOGRAPH_JDK_DIRS", workDir.resolve("no-jdks-here").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    /** A folder with the shell tools the launcher uses and a java that reports version 17, as Debian 12's does. */
    private Path toolsWithJava17() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        // small scripts rather than links, which JUnit would warn about when it deletes the folder
        for (String tool : List.of("bash", "sed", "head", "dirname", "readlink")) {
            Path real = Files.exists(Path.of("/usr/bin", tool)) ? Path.of("/usr/bin", tool) : Path.of("/bin", tool);
            Path wrapper = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec " + real + " \"$@\"\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/bash\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void without_a_java_21_it_says_what_it_found_and_what_to_install() throws Exception {
        Path bin = toolsWithJava17();
        Run run = run(Path.of("").toAbsolutePath(), bin.toString(), "bash", "diplograph", "--version");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().startsWith("diplograph: no Java 21 or newer found"), run.err());
        assertTrue(run.err().contains("java on PATH (" + bin.resolve("java") + "): Java 17, older than 21"), run.err());
        assertTrue(run.err().contains("Install a JDK 21 or newer"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void before_the_build_it_says_to_run_run_sh() throws Exception {
        Path clone = Files.createDirectories(dir.resolve("clone/scripts"));
        Files.copy(Path.of("diplograph"), clone.getParent().resolve("diplograph"));
        Files.copy(Path.of("scripts/jdk.sh"), clone.resolve("jdk.sh"));
        Run run = run(clone.getParent(), System.getenv("PATH"), "bash", "diplograph", "query", "--list");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("target/diplograph.jar is not built yet. Run ./run.sh"), run.err());
    }

    @Test
    void it_runs_the_jar_with_every_argument_as_given() throws Exception {
        Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
        String path = String.join(":", List.of(System.getenv("PATH").split(":")).stream().filter(d -> !d.equals(jdkBin.toString())).toList());
        // the JDK is found in a JDK folder (here the one this test runs on), not on PATH
        ProcessBuilder pb = new ProcessBuilder("bash", "diplograph", "query", "--param", "actor=Antony Blinken", "--format", "xml", "x")
                .directory(Path.of("").toAbsolutePath().toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", path);
        pb.environment().put("DIPLOGRAPH_JDK_DIRS", Path.of(System.getProperty("java.home")).getParent().toString());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        // the value with a space arrived whole: the error is about --format, not about a stray "Blinken"
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.startsWith("diplograph query: Invalid value for option '--format'"), err);
    }
}
