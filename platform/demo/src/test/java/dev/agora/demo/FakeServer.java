package dev.agora.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/** A tiny HTTP server on a free port for the tests: routes by path prefix, records the requests. */
final class FakeServer implements AutoCloseable {

    interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    /** Method, path and body of each request, in order. */
    record Request(String method, String path, String body) {}

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    FakeServer on(String pathPrefix, Handler handler) {
        server.createContext(pathPrefix, exchange -> {
            try (exchange) {
                var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                requests.add(new Request(
                        exchange.getRequestMethod(), exchange.getRequestURI().toString(), body));
                handler.handle(exchange);
            } catch (IOException clientGone) {
                // the client hung up: nothing to answer
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return this;
    }

    /** Blocks a handler until the server closes: a stream that says nothing more. */
    void stayQuiet() throws InterruptedException {
        closing.await();
    }

    static void json(HttpExchange exchange, int status, String json) throws IOException {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    /** Starts a text/event-stream answer; write events with {@link #event}. */
    static void startStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
    }

    static void event(HttpExchange exchange, String status, String at, String reason) throws IOException {
        var data = "{\"orderId\":\"x\",\"status\":\"" + status + "\",\"at\":\"" + at + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        var text = "event:status\nid:" + status + "\ndata:" + data + "\n\n";
        exchange.getResponseBody().write(text.getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
