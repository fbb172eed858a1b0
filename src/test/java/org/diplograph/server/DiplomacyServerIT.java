package org.diplograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.diplograph.analysis.SavedQuery;
import org.diplograph.source.ArticleFiles;
import org.eclipse.jetty.security.PropertyUserStore;
import org.diplograph.store.ArticleStore;
import org.diplograph.store.Ingest;
import org.diplograph.store.IngestListener;
import org.diplograph.store.IngestReport;
import org.diplograph.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Fuseki on a free port over a TDB2 database in a temporary folder, with a password file: the UI, the
 * SPARQL protocol, ingest over the Graph Store Protocol, and what anonymous users may not do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiplomacyServerIT {
    private static final String PREFIX = "PREFIX dip: <https://w3id.org/diplograph/ontology#>\n";

    @TempDir
    static Path dir;
    private static FusekiServer server;
    private static String base;
    private static Ingest ingest;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path passwords = Files.writeString(dir.resolve("passwords.txt"), "curator: s3cret\n");
        server = DiplomacyServer.create().database(dir.resolve("tdb2")).port(0).passwordFile(passwords).build().start();
        base = "http://127.0.0.1:" + server.getHttpPort();
        ingest = Ingest.create().threads(2).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void ui_page_and_its_assets_are_served() throws Exception {
        HttpResponse<String> page = get("/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Apache Jena Fuseki"), page.body());
        Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(page.body());
        Matcher style = Pattern.compile("href=\"\\./(static/[^\"]+\\.css)\"").matcher(page.body());
        assertTrue(script.find() && style.find(), page.body());
        HttpResponse<String> js = get("/" + script.group(1), "*/*");
        HttpResponse<String> css = get("/" + style.group(1), "*/*");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 1000);
        assertEquals(200, css.statusCode());
        // the UI draws its dataset pages from the server description and polls ping
        HttpResponse<String> server = get("/$/server", "application/json");
        assertEquals(200, server.statusCode());
        assertTrue(server.body().contains("/diplomacy"), server.body());
        assertEquals(200, get("/$/ping", "*/*").statusCode());
        assertEquals(200, get("/$/stats/diplomacy", "application/json").statusCode());
        // and checks query syntax without touching the data
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(base + "/$/validate/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode("SELECT * { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, check.statusCode(), check.body());
    }

    @Test
    @Order(2)
    void ingest_over_http_then_query_json_and_csv_over_the_union_graph() throws Exception {
        IngestReport report = ingestExamples();
        assertEquals(5, report.articles(), report.summary(base));
        assertTrue(report.failures().isEmpty(), report.failures().toString());

        // JSON results, default graph = union of the article graphs
        HttpResponse<String> json = query(PREFIX + "SELECT (COUNT(?a) AS ?n) { ?a a dip:Article }", "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        JsonObject results = JSON.parse(json.body());
        assertEquals("5", results.get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject().get("n").getAsObject().get("value").getAsString().value());
        // the same articles, each in its own named graph
        assertEquals(List.of("graphs", "5"), csv(PREFIX + "SELECT (COUNT(DISTINCT ?g) AS ?graphs) { GRAPH ?g { ?a a dip:Article } }"));
        // CSV results of the first query shown by serve, the saved who-talked-to-whom, run as it is
        HttpResponse<String> who = query(SavedQuery.load("who-talked-to-whom").text(), "text/csv");
        assertEquals(200, who.statusCode());
        List<String> lines = who.body().lines().toList();
        assertEquals("date,class,agentName,targetName,modality,article,agent,target,event", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",PhoneCall,Gabi Ashkenazi,Antony Blinken,Asserted,")), who.body());
        // in JSON (what the Fuseki UI reads) a day is a plain literal, shown as 2023-06-19, not as a typed xsd:date
        HttpResponse<String> whoJson = query(SavedQuery.load("who-talked-to-whom").text(), "application/sparql-results+json");
        assertTrue(whoJson.body().contains("\"value\": \"2023-06-19\""), whoJson.body());
        assertFalse(whoJson.body().contains("XMLSchema#date"), whoJson.body());
    }

    @Test
    @Order(3)
    void reingest_over_http_leaves_the_same_store() throws Exception {
        List<String> before = csv("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        ingestExamples();
        List<String> after = csv("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

        assertTrue(Long.parseLong(before.get(1)) > 500, before.toString());
        assertEquals(before, after);
    }

    @Test
    @Order(4)
    void anonymous_writes_are_refused() throws Exception {
        String turtle = "<urn:x:s> <urn:x:p> <urn:x:o> .";
        assertEquals(401, send("PUT", "/diplomacy/data?graph=urn:x:g", "text/turtle", turtle));
        assertEquals(405, send("PUT", "/diplomacy?graph=urn:x:g", "text/turtle", turtle));
        assertEquals(405, send("PUT", "/diplomacy/get?graph=urn:x:g", "text/turtle", turtle));
        assertEquals(401, send("POST", "/diplomacy/update", "application/sparql-update", "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"));
        assertEquals(403, send("POST", "/$/datasets?dbName=other&dbType=mem", "text/plain", ""));
        assertEquals(403, send("DELETE", "/$/datasets/diplomacy", "text/plain", ""));
        assertEquals(List.of("n", "0"), csv("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:g> { ?s ?p ?o } }"));
    }

    @Test
    @Order(4)
    void a_page_of_another_site_cannot_write_with_the_login_a_browser_keeps() throws Exception {
        String login = "Basic " + java.util.Base64.getEncoder().encodeToString("curator:s3cret".getBytes(StandardCharsets.UTF_8));
        String form = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:x:csrf> { <urn:x:s> <urn:x:p> <urn:x:o> } }", StandardCharsets.UTF_8);
        HttpRequest.Builder forged = HttpRequest.newBuilder(URI.create(base + "/diplomacy/update"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", login)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        assertEquals(403, http.send(forged.copy().header("Origin", "https://attacker.example").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(403, http.send(forged.copy().header("Origin", "http://127.0.0.1:1").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(List.of("n", "0"), csv("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:csrf> { ?s ?p ?o } }"));
        // the UI of the server itself, and a script that names no origin, still write
        assertEquals(200, http.send(forged.copy().header("Origin", base).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(List.of("n", "1"), csv("SELECT (COUNT(*) AS ?n) { GRAPH <urn:x:csrf> { ?s ?p ?o } }"));
        HttpRequest drop = HttpRequest.newBuilder(URI.create(base + "/diplomacy/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", login)
                .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <urn:x:csrf>")).build();
        assertEquals(204, http.send(drop, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    @Order(5)
    void without_a_password_file_nobody_writes() throws Exception {
        FusekiServer open = DiplomacyServer.create().database(dir.resolve("tdb2-other")).port(0).build().start();
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.getHttpPort() + "/diplomacy/data?graph=urn:x:g"))
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."))
                    .header("Content-Type", "text/turtle").build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(403, r.statusCode());
        } finally {
            open.stop();
        }
    }

    @Test
    @Order(5)
    void stopping_the_server_stops_its_password_file_watcher() throws Exception {
        Path passwords = Files.writeString(dir.resolve("other-passwords.txt"), "editor: pw\n");
        FusekiServer other = DiplomacyServer.create().database(dir.resolve("tdb2-watched")).port(0).passwordFile(passwords).build().start();
        assertTrue(watcherThreads() > 0, "Jetty re-reads the password file from a thread named Scanner-*");
        long before = watcherThreads();
        Collection<PropertyUserStore> stores = other.getJettyServer().getContainedBeans(PropertyUserStore.class);
        assertEquals(1, stores.size());
        other.stop();
        assertTrue(stores.iterator().next().isStopped(), "the password file is still watched after the server stopped");
        // the watcher thread ends soon after its scheduler is stopped
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (watcherThreads() >= before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(before - 1, watcherThreads(), "the stopped server's password file watcher is still running");
    }

    private static long watcherThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && t.getName().startsWith("Scanner-")).count();
    }

    @Test
    @Order(6)
    void no_spelling_of_a_management_path_creates_deletes_backs_up_or_compacts() throws Exception {
        List<String[]> operations = List.of(
                new String[] {"POST", "datasets?dbName=evil&dbType=mem"},
                new String[] {"POST", "datasets?dbName=evil2&dbType=tdb2"},
                new String[] {"DELETE", "datasets/diplomacy"},
                new String[] {"POST", "backup/diplomacy"},
                new String[] {"POST", "compact/diplomacy?deleteOld=true"},
                new String[] {"POST", "sleep?interval=1"});
        List<String> spellings = List.of("/$/%s", "/$/validate/../%s", "/$/validate/%%2e%%2e/%s", "/$/validate/%%2E%%2E/%s",
                "/$/validate%%2F..%%2F%s", "/$/validate/..%%2F%s", "/$//%s", "//$/%s", "/$/./%s", "/$/validate/./../%s",
                "/diplomacy/../$/%s", "/%%24/%s", "/$/validate/..;/%s", "/$/ping/../%s", "/$/validate/query/../../%s",
                "/$/validate/%%2e%%2e%%2f%s");
        for (String[] op : operations) {
            for (String spelling : spellings) {
                String path = String.format(spelling, op[1]);
                for (boolean withCredentials : new boolean[] {false, true}) {
                    int status = sendRaw(op[0], path, withCredentials);
                    assertTrue(status == 400 || status == 403 || status == 404,
                            op[0] + " " + path + (withCredentials ? " (logged in)" : "") + " answered " + status);
                }
            }
        }
        // the served dataset is still there and still holds the articles; nothing else was created
        assertEquals(List.of("n", "5"), csv(PREFIX + "SELECT (COUNT(?a) AS ?n) { ?a a dip:Article }"));
        HttpResponse<String> server = get("/$/server", "application/json");
        assertTrue(server.body().contains("/diplomacy") && !server.body().contains("evil"), server.body());
        assertEquals(404, get("/evil/sparql?query=ASK%7B%7D", "*/*").statusCode());
    }

    @Test
    @Order(7)
    void management_reads_other_than_the_uis_are_refused() throws Exception {
        for (String path : List.of("/$/datasets", "/$/datasets/diplomacy", "/$/stats", "/$/tasks",
                "/$/backup", "/$/backups-list", "/$/metrics", "/$/logs", "/$/compact/diplomacy")) {
            int status = get(path, "application/json").statusCode();
            assertTrue(status == 403 || status == 404, "GET " + path + " answered " + status);
        }
    }

    /** A request sent with its path exactly as written (no client-side normalisation). */
    private static int sendRaw(String method, String path, boolean withCredentials) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.getHttpPort())) {
            socket.setSoTimeout(10_000);
            String auth = withCredentials ? "Authorization: Basic "
                    + java.util.Base64.getEncoder().encodeToString("curator:s3cret".getBytes(StandardCharsets.UTF_8)) + "\r\n" : "";
            String request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + auth
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 "), method + " " + path + ": " + statusLine);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static IngestReport ingestExamples() {
        StoreLocation remote = StoreLocation.endpoint(URI.create(base + "/diplomacy"));
        remote.authenticate("curator", "s3cret");
        try (ArticleStore store = ArticleStore.open(remote)) {
            return ingest.run(ArticleFiles.of(List.of("examples"), System.in), store, IngestListener.NONE);
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(String sparql, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/diplomacy/sparql"))
                .header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> csv(String sparql) throws Exception {
        HttpResponse<String> r = query(sparql, "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().toList();
    }

    private static int send(String method, String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
