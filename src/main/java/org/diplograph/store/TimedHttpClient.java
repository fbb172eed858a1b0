package org.diplograph.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * An {@link HttpClient} that gives every request a time limit for its answer, and remembers the status of the last
 * answer.
 *
 * Design decision: the JDK client has a connect timeout but no read timeout, and Jena's Graph Store Protocol
 * client builds its requests itself without one, so an endpoint that accepts the connection and never answers
 * held {@code ingest --endpoint} forever. Handing Jena this client (through {@code RDFConnectionRemote}) puts
 * {@link HttpRequest#timeout()} on each of its requests, without reimplementing the protocol. The last status
 * tells a created graph (201) from a replaced one (200, 204); the writer sends one request at a time.
 */
final class TimedHttpClient extends HttpClient {
    private volatile HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private volatile int lastStatus;

    /** @param readTimeout the longest wait for an answer; null or zero for none */
    TimedHttpClient(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.client = newClient(connectTimeout);
        this.readTimeout = readTimeout == null || readTimeout.isZero() ? null : readTimeout;
    }

    private static HttpClient newClient(Duration connectTimeout) {
        // the JDK's default version: forcing HTTP/1.1 loses the 401 a server sends before reading a request's body
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(Redirect.NORMAL);
        if (connectTimeout != null && !connectTimeout.isZero()) {
            b.connectTimeout(connectTimeout);
        }
        return b.build();
    }

    /** The status of the last answer, or 0 before any. */
    int lastStatus() {
        return lastStatus;
    }

    /**
     * The request with the time limit for its answer and, when it carries a body, {@code Expect: 100-continue}: a
     * server that refuses the request (401 before a login, 403) then answers before the body goes out. Without it
     * the server's answer and its close of the connection raced the client still sending a large body, and about
     * one refused request in twenty ended as "received no bytes" instead of its 401.
     */
    private HttpRequest timed(HttpRequest request) {
        boolean timeout = readTimeout != null && request.timeout().isEmpty();
        boolean expect = !request.expectContinue() && request.bodyPublisher().map(b -> b.contentLength() != 0).orElse(false);
        if (!timeout && !expect) {
            return request;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(request, (name, value) -> true);
        if (timeout) {
            b.timeout(readTimeout);
        }
        return b.expectContinue(expect || request.expectContinue()).build();
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<T> response;
        try {
            response = client.send(timed(request), handler);
        } catch (IOException e) {
            if (!closedUnanswered(e)) {
                throw e;
            }
            // the server closed a kept-alive connection as the request went out (after a 401 challenge to a request
            // with a body it did not read, or an idle close): nothing was done with it, so it is sent once more. The
            // pool may hold more connections the server has closed, so the retry goes through a new client and its
            // fresh connection, which later requests use too; Jena re-sends the same request after a challenge, so
            // its body can be sent again
            HttpClient fresh = newClient(connectTimeout);
            client = fresh;
            response = fresh.send(timed(request), handler);
        }
        lastStatus = response.statusCode();
        return response;
    }

    /** An exception that says the connection was closed before any answer came back. */
    static boolean closedUnanswered(IOException e) {
        String m = String.valueOf(e.getMessage());
        return e instanceof java.io.EOFException || m.contains("received no bytes") || m.contains("Connection reset");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return client.sendAsync(timed(request), handler).thenApply(this::remember);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        return client.sendAsync(timed(request), handler, push).thenApply(this::remember);
    }

    private <T> HttpResponse<T> remember(HttpResponse<T> response) {
        lastStatus = response.statusCode();
        return response;
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return client.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return client.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return client.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return client.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return client.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return client.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return client.authenticator();
    }

    @Override
    public Version version() {
        return client.version();
    }

    @Override
    public Optional<Executor> executor() {
        return client.executor();
    }

    @Override
    public void close() {
        client.close();
    }
}
