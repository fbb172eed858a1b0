package org.diplograph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.diplograph.analysis.ExampleStore;
import org.diplograph.analysis.SavedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same commands over a Fuseki endpoint (port 0, union default graph as serve sets it up) give what they give
 * on the embedded database; the saved queries also answer over plain HTTP, as with curl.
 */
class RemoteEndpointIT {
    static FusekiServer server;
    static String endpoint;

    @BeforeAll
    static void start() {
        Dataset ds = TDB2Factory.connectDataset(ExampleStore.database().toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        server = FusekiServer.create().port(0).loopback(true).add("/diplomacy", ds.asDatasetGraph()).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/diplomacy";
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void every_saved_query_gives_the_same_rows_remotely() throws Exception {
        for (SavedQuery q : SavedQuery.catalog()) {
            Cli.Run local = Cli.run("query", q.name(), "--db", ExampleStore.database().toString(), "--format", "csv");
            Cli.Run remote = Cli.run("query", q.name(), "--endpoint", endpoint, "--format", "csv");
            assertEquals(0, remote.exit(), remote.err());
            assertEquals(local.out(), remote.out(), q.name());
        }
    }

    @Test
    void a_saved_query_answers_over_plain_http_as_with_curl() throws Exception {
        String text = SavedQuery.load("who-talked-to-whom").text();
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), resp.body());
        assertTrue(resp.body().contains("PhoneCall,Gabi Ashkenazi,Antony Blinken"), resp.body());
    }

    @Test
    void exports_and_events_are_the_same_remotely() {
        Cli.Run local = Cli.run("export", "--db", ExampleStore.database().toString(), "--format", "nquads");
        Cli.Run remote = Cli.run("export", "--endpoint", endpoint, "--format", "nquads");
        assertEquals(0, remote.exit(), remote.err());
        assertEquals(quads(local.out()), quads(remote.out()));
        Cli.Run turtle = Cli.run("export", "--endpoint", endpoint, "--format", "turtle");
        assertEquals(0, turtle.exit(), turtle.err());
        assertEquals(Cli.run("export", "--db", ExampleStore.database().toString(), "--format", "turtle").err(), turtle.err(),
                "same number of triples");
        Cli.Run jsonld = Cli.run("export", "--endpoint", endpoint, "--format", "jsonld");
        assertEquals(0, jsonld.exit(), jsonld.err());
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(jsonld.out(), Lang.JSONLD).parse(back);
        assertEquals(quads(local.out()).size(), back.stream().count());
        assertEquals(Cli.run("events", "--db", ExampleStore.database().toString()).out(), Cli.run("events", "--endpoint", endpoint).out());
    }

    @Test
    void network_and_validate_work_remotely() {
        assertEquals(Cli.run("network", "--db", ExampleStore.database().toString(), "--format", "graphml").out(),
                Cli.run("network", "--endpoint", endpoint, "--format", "graphml").out());
        assertEquals(0, Cli.run("validate", "--endpoint", endpoint, "--shapes", AnalystCommandsIT.SHAPES).exit());
    }

    @Test
    void an_unreachable_endpoint_exits_1() {
        Cli.Run run = Cli.run("query", "who-talked-to-whom", "--endpoint", "http://localhost:9/diplomacy");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("diplograph:"), run.err());
    }

    static Set<Quad> quads(String nquads) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dsg);
        Set<Quad> set = new HashSet<>();
        dsg.find().forEachRemaining(set::add);
        return set;
    }
}
