package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.server.DiplomacyServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remote store that refuses (401, 403): the message says which options supply the credentials. */
class RemoteRefusalIT {
    @TempDir
    Path dir;

    @Test
    void an_ingest_refused_for_want_of_a_login_points_at_user_and_the_password_variable() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords.txt"), "curator: s3cret\n");
        FusekiServer server = DiplomacyServer.create().database(dir.resolve("tdb2")).port(0).passwordFile(passwords).build().start();
        try {
            String endpoint = "http://127.0.0.1:" + server.getHttpPort() + "/diplomacy";
            Cli.Run run = Cli.run("ingest", "--endpoint", endpoint, "examples/001-gaza-ceasefire-diplomacy.json");
            assertEquals(1, run.exit(), run.err());
            assertTrue(run.err().contains("401 Unauthorized: " + endpoint + "/data requires a login: give --user NAME"), run.err());
            assertTrue(run.err().contains("DIPLOGRAPH_PASSWORD"), run.err());
        } finally {
            server.stop();
        }
    }

    @Test
    void a_read_refused_says_the_read_commands_send_no_login() {
        String hint = RemoteRefusal.afterRead(new RuntimeException("query failed", HttpException.create(401)));
        assertTrue(hint.startsWith("The server refused to answer (401). The read commands send no login"), hint);
        assertTrue(hint.contains("ingest --endpoint URL --user NAME"), hint);
        assertNull(RemoteRefusal.afterRead(HttpException.create(500)));
    }
}
