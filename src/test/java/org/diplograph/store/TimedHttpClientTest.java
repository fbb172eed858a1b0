package org.diplograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** What the store's HTTP client does when a server drops a connection before answering. */
class TimedHttpClientTest {

    /** A server that reads the first request and closes its connection unanswered, then answers every other one. */
    private static Thread dropFirstThenAnswer(ServerSocket server, AtomicInteger connections) {
        Thread t = new Thread(() -> {
            try {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        int n = connections.incrementAndGet();
                        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                        String line;
                        while ((line = in.readLine()) != null && !line.isEmpty()) {
                            // the request head; these requests carry no body
                        }
                        if (n == 1) {
                            continue; // closed with no answer, as an idle-timed-out keep-alive connection is
                        }
                        OutputStream out = s.getOutputStream();
                        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                }
            } catch (java.io.IOException closed) {
                // the test is over
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void a_request_the_server_closed_unanswered_is_sent_once_more_on_a_fresh_connection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            dropFirstThenAnswer(server, connections);
            TimedHttpClient client = new TimedHttpClient(Duration.ofSeconds(5), Duration.ofSeconds(5));
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/ds")).GET().build();

            HttpResponse<String> response = client.send(get, HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode());
            assertEquals("ok", response.body());
            assertEquals(2, connections.get());
            assertEquals(200, client.lastStatus());
        }
    }

    @Test
    void a_refusal_sent_before_a_large_body_is_read_reaches_the_client_as_its_status() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            StringBuilder heads = new StringBuilder();
            Thread refuser = new Thread(() -> {
                try (Socket s = server.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                    String line;
                    while ((line = in.readLine()) != null && !line.isEmpty()) {
                        heads.append(line).append('\n');
                    }
                    // as a server wanting a login does: the refusal, then the connection closed, the body never read
                    OutputStream out = s.getOutputStream();
                    out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"ds\"\r\nContent-Length: 0\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException e) {
                    heads.append("server: ").append(e);
                }
            });
            refuser.start();
            TimedHttpClient client = new TimedHttpClient(Duration.ofSeconds(5), Duration.ofSeconds(5));
            HttpRequest put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/ds/data"))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[8 << 20])).build();

            HttpResponse<String> response = client.send(put, HttpResponse.BodyHandlers.ofString());
            refuser.join(5000);

            assertEquals(401, response.statusCode());
            assertEquals(true, heads.toString().toLowerCase(java.util.Locale.ROOT).contains("expect: 100-continue"), heads.toString());
        }
    }
}
