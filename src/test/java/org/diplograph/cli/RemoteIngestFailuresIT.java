package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.http.auth.AuthEnv;
import org.diplograph.server.DiplomacyServer;
import org.diplograph.source.ArticleFiles;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestListener;
import org.diplograph.store.IngestReport;
import org.diplograph.store.StoreLocation;
import org.diplograph.store.StoreSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest --endpoint against endpoints that fail in each way a real one does: nothing listening, a listener that
 * never answers, a real diplograph server that wants a login or refuses the user, a wrong dataset path. Each run
 * ends (the timeouts are liveness guards: without a read timeout the silent endpoint held ingest forever), names
 * the reason once, stores nothing wrong, and gives the command to resume.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RemoteIngestFailuresIT {
    @TempDir
    static Path dir;
    private static FusekiServer server;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        Path passwords = Files.writeString(dir.resolve("passwords.txt"), "curator: s3cret\nreader: r3ad\n");
        // the shipped configuration, except that only 'curator' may write
        String config = Files.readString(Path.of(DiplomacyServer.CONFIG_FILE)).replace("fuseki:allowedUsers \"*\"", "fuseki:allowedUsers \"curator\"");
        Path configFile = Files.writeString(dir.resolve("fuseki-config.ttl"), config);
        server = DiplomacyServer.create().config(configFile).database(dir.resolve("tdb2")).port(0).passwordFile(passwords).build().start();
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void nothing_listening_fails_n_times_with_the_reason_then_stops() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String endpoint = "http://127.0.0.1:" + port + "/diplomacy";

        Cli.Run run = Cli.run("ingest", "--endpoint", endpoint, "--give-up-after", "2", "examples");

        assertEquals(1, run.exit(), run.err());
        List<String> failures = run.err().lines().filter(l -> l.startsWith("diplograph ingest: examples/")).toList();
        assertEquals(2, failures.size(), run.err());
        assertTrue(failures.get(0).contains(": could not be stored in graph <https://w3id.org/diplograph/id/article/001-gaza-ceasefire-diplomacy>: "
                + "connection refused by 127.0.0.1:" + port + ": is the server running, on that port?"), failures.get(0));
        assertEquals("diplograph ingest: Stopped: the store failed 2 times in a row (--give-up-after 2); the last time: connection refused by 127.0.0.1:"
                + port + ": is the server running, on that port? 0 articles were stored before the stop, each whole. To complete the ingest, "
                + "fix that and run the same command again (stored articles are replaced, not duplicated): diplograph ingest --endpoint "
                + endpoint + " --give-up-after 2 examples", last(run.err()));
        assertTrue(run.err().lines().noneMatch(l -> l.startsWith("\tat ")), run.err());
    }

    @Test
    void an_endpoint_that_never_answers_times_out_and_stops() throws IOException {
        // accepts connections (the kernel completes them from the backlog) and never reads or answers
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String endpoint = "http://127.0.0.1:" + silent.getLocalPort() + "/diplomacy";

            Cli.Run run = Cli.run("ingest", "--endpoint", endpoint, "--read-timeout", "1s", "--give-up-after", "2", "examples");

            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("no answer from " + endpoint + "/data within 1 s (--read-timeout): the server accepted the "
                    + "connection but did not answer"), run.err());
            assertTrue(last(run.err()).startsWith("diplograph ingest: Stopped: the store failed 2 times in a row"), run.err());
        }
    }

    @Test
    void a_login_required_stops_at_once_naming_the_options() {
        Cli.Run run = Cli.run("ingest", "--endpoint", base + "/diplomacy", "examples");

        assertEquals(1, run.exit(), run.err());
        assertEquals("diplograph ingest: Stopped: 401 Unauthorized: " + base + "/diplomacy/data requires a login: give --user NAME, with the "
                + "password in the environment variable DIPLOGRAPH_PASSWORD. 0 articles were stored before the stop, each whole. To complete "
                + "the ingest, fix that and run the same command again (stored articles are replaced, not duplicated): diplograph ingest "
                + "--endpoint " + base + "/diplomacy examples", last(run.err()));
        assertTrue(run.err().lines().noneMatch(l -> l.startsWith("diplograph ingest: examples/")), "one line, not one per article:\n" + run.err());
    }

    @Test
    void a_wrong_password_and_a_user_who_may_not_write_stop_at_once() {
        IngestReport wrong = ingest("curator", "not-the-password");
        IngestReport reader = ingest("reader", "r3ad");

        assertEquals("401 Unauthorized: the user 'curator' was refused by " + loginBase() + "/diplomacy/data: check the password (set it in "
                + "the environment variable DIPLOGRAPH_PASSWORD)", wrong.stop());
        assertEquals(0, wrong.articles());
        assertEquals(0, wrong.failureCount());
        assertEquals("403 Forbidden: the user 'reader' may not write to " + loginBase() + "/diplomacy/data", reader.stop());
        assertEquals(0, reader.articles());
    }

    @Test
    void a_wrong_dataset_path_is_named() {
        Cli.Run run = Cli.run("ingest", "--endpoint", base + "/diplomcy", "examples");

        assertEquals(1, run.exit(), run.err());
        assertTrue(last(run.err()).matches("diplograph ingest: Stopped: 40[45] [A-Za-z ]+: no dataset takes Graph Store writes at "
                + java.util.regex.Pattern.quote(base + "/diplomcy/data: check the dataset path of --endpoint " + base
                + "/diplomcy (diplograph serve's dataset is /diplomacy)") + "\\. 0 articles were stored.*"), last(run.err()));
    }

    /** An ingest as the user, through the API: the password cannot be put in this JVM's environment. */
    private static IngestReport ingest(String user, String password) {
        // Jena keeps registered logins per URL for the whole JVM: use another spelling of the host than the
        // anonymous tests, and take the login back afterwards
        URI dataset = URI.create(loginBase() + "/diplomacy");
        StoreLocation remote = StoreLocation.endpoint(dataset);
        remote.authenticate(user, password);
        StoreSettings settings = StoreSettings.DEFAULT.withLogin(user, "set it in the environment variable DIPLOGRAPH_PASSWORD");
        try (ArticleStore store = ArticleStore.open(remote, settings)) {
            return Ingest.create().threads(2).build().run(ArticleFiles.of(List.of("examples"), System.in), store, IngestListener.NONE);
        } finally {
            AuthEnv.get().unregisterUsernamePassword(dataset);
        }
    }

    private static String loginBase() {
        return base.replace("127.0.0.1", "localhost");
    }

    private static String last(String err) {
        List<String> lines = err.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
