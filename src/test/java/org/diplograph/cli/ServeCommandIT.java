package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.diplograph.analysis.SavedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command, run as users run it: serve --ingest examples/, then a query from a script. */
class ServeCommandIT {
    @TempDir
    Path dir;

    @Test
    void serve_ingest_examples_prints_url_and_answers_the_first_query() throws Exception {
        Path examples = Path.of("examples").toAbsolutePath();
        // an empty working directory: the configuration comes from the jar, the database goes to ./data/tdb2
        try (ChildProcess child = ChildProcess.diplograph(dir, "serve", "--port", "0", "--ingest", examples.toString())) {
            String summary = child.awaitLine(l -> l.startsWith("Ingested "), 180);
            String ui = child.awaitLine(l -> l.contains("web UI:"), 60);
            child.awaitLine(l -> l.startsWith("Stop the server"), 30);

            assertTrue(summary.startsWith("Ingested 5 articles into " + dir.resolve("data/tdb2").toRealPath()), summary);
            String base = ui.substring(ui.indexOf("http://")).strip();
            assertTrue(base.matches("http://127\\.0\\.0\\.1:\\d+/"), base);
            // the query printed is the saved query who-talked-to-whom, whole: one text for the UI and for query
            List<String> seen = child.seen();
            int from = seen.indexOf(seen.stream().filter(l -> l.startsWith("# who-talked-to-whom:")).findFirst().orElseThrow());
            int to = from;
            while (to < seen.size() && !seen.get(to).startsWith("While it runs") && !seen.get(to).startsWith("Stop the server")) {
                to++;
            }
            String query = String.join("\n", seen.subList(from, to));
            assertTrue(seen.stream().anyMatch(l -> l.startsWith("While it runs, ingest, forget, query")), seen.toString());
            assertEquals(SavedQuery.load("who-talked-to-whom").text().strip(), query.strip());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "diplomacy/sparql"))
                    .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            List<String> rows = r.body().lines().toList();
            assertEquals("date,class,agentName,targetName,modality,article,agent,target,event", rows.get(0));
            // dated events first, in date order; days as plain text
            assertTrue(rows.get(1).startsWith("2018-03-13,PhoneCall,Theresa May,Donald Trump,"), r.body());
            assertTrue(rows.size() > 5, r.body());

            child.process().destroy();
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("data")), files.toList(), "serve left files in the working directory");
        }
    }
}
