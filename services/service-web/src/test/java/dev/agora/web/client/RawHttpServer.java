package dev.agora.web.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on a bare socket, for what a real one does only by chance: it closes every connection right
 * after its answer (without saying so, as a keep-alive timeout does), or hangs up on the first request.
 */
final class RawHttpServer implements AutoCloseable {

    enum Behaviour {
        /** Answers 200 {@code {}}, then closes the connection as if it had been idle too long. */
        ANSWER_THEN_CLOSE,
        /** Closes the first connection on its request without answering, then answers like ANSWER_THEN_CLOSE. */
        HANG_UP_FIRST
    }

    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    RawHttpServer(Behaviour behaviour) {
        this.behaviour = behaviour;
        try {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int requests() {
        return requests.get();
    }

    int connections() {
        return connections.get();
    }

    /** Connections this server has closed. */
    int closed() {
        return closed.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                var connection = socket.accept();
                connections.incrementAndGet();
                threads.execute(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            readRequest(connection.getInputStream());
            var number = requests.incrementAndGet();
            if (behaviour == Behaviour.HANG_UP_FIRST && number == 1) return;
            connection
                    .getOutputStream()
                    .write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
                            .getBytes(StandardCharsets.US_ASCII));
            connection.getOutputStream().flush();
        } catch (IOException clientGone) {
            // nothing to answer
        }
        closed.incrementAndGet();
    }

    /** Reads the head and a Content-Length body. */
    private static void readRequest(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) return;
            head.append((char) b);
        }
        for (var line : head.toString().split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                in.readNBytes(
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).strip()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        threads.shutdownNow();
    }
}
