package dev.agora.shop.order.checkout;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for inventory, pricing or payment at its real HTTP interface: a JDK HttpServer that records each
 * call and answers as the test says. It can be stopped (connections refused) and started again on its port.
 */
final class FakeService implements AutoCloseable {

    /** @param authorization the request's Authorization header, if it had one */
    record Call(
            String method,
            String path,
            JsonNode body,
            @Nullable String authorization) {}

    /** @param status the status to answer with, or {@link #HANG_UP} to close the connection without an answer */
    record Reply(int status, String body, Duration delay) {

        static final int HANG_UP = 0;

        static Reply json(int status, String body) {
            return new Reply(status, body, Duration.ZERO);
        }

        static Reply noContent() {
            return new Reply(204, "", Duration.ZERO);
        }

        /** The connection breaks off before any answer, as when a server closes it under the request. */
        static Reply hangUp() {
            return new Reply(HANG_UP, "", Duration.ZERO);
        }

        Reply after(Duration wait) {
            return new Reply(status, body, wait);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Function<Call, Reply> standard;
    private volatile Function<Call, Reply> behaviour;
    private final int port;
    private HttpServer server;

    FakeService(Function<Call, Reply> standard) {
        this.standard = standard;
        this.behaviour = standard;
        this.server = start(0);
        this.port = server.getAddress().getPort();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    void answer(Function<Call, Reply> replies) {
        this.behaviour = replies;
    }

    /** Back to the standard answers, with no calls recorded. */
    void reset() {
        behaviour = standard;
        calls.clear();
        if (server == null) server = start(port);
    }

    List<Call> calls(String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    List<Call> calls(String method, String path) {
        return calls(method).stream().filter(call -> call.path().equals(path)).toList();
    }

    void stop() {
        server.stop(0);
        server = null;
    }

    @Override
    public void close() {
        if (server != null) stop();
    }

    private HttpServer start(int onPort) {
        try {
            var started = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
            started.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            started.createContext("/", this::handle);
            started.start();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var call = new Call(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    text.isEmpty() ? JSON.nullNode() : JSON.readTree(text),
                    exchange.getRequestHeaders().getFirst("Authorization"));
            calls.add(call);
            var reply = behaviour.apply(call);
            Thread.sleep(reply.delay());
            if (reply.status() == Reply.HANG_UP)
                return; // closing an exchange that sent no headers drops the connection
            var bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .set("Content-Type", reply.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the caller timed out and hung up: nothing to answer
        }
    }
}
