package dev.agora.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: what {@code java.net.http} and MockMvc refuse to send
 * (a {@code [} in the query, {@code %00}, an unknown version) still reaches Tomcat.
 */
final class RawHttp {

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /**
     * Sends the request head and body and reads one answer, by its length or its chunks: a server that refuses a
     * body may answer without reading it, and wait for the rest before it closes.
     */
    Answer send(String head, byte[] body) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            writeQuietly(socket.getOutputStream(), head.getBytes(StandardCharsets.ISO_8859_1), body);
            return read(socket.getInputStream());
        }
    }

    Answer get(String target) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    /** The server may answer and close before it has read all of a body it refuses: the answer is still there. */
    private static void writeQuietly(OutputStream out, byte[] head, byte[] body) {
        try {
            out.write(head);
            out.write(body);
            out.flush();
        } catch (IOException closedByTheServer) {
            // the answer is read next
        }
    }

    private static Answer read(InputStream in) throws IOException {
        var head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) throw new IOException("the connection closed within the answer's head: " + head);
            head.append((char) b);
        }
        var answer = new Answer(
                Integer.parseInt(head.substring(9, 12)), head.toString().strip(), "");
        var length = answer.header("content-length");
        byte[] body;
        if (!length.isEmpty()) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if (answer.header("transfer-encoding").equalsIgnoreCase("chunked")) {
            body = unchunk(in);
        } else {
            body = in.readAllBytes();
        }
        return new Answer(answer.status(), answer.head(), new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        var body = new ByteArrayOutputStream();
        while (true) {
            var sizeLine = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new IOException("the connection closed within a chunk");
                sizeLine.append((char) b);
            }
            int size = Integer.parseInt(sizeLine.toString().strip(), 16);
            if (size == 0) return body.toByteArray();
            body.write(in.readNBytes(size));
            in.readNBytes(2);
        }
    }

    record Answer(int status, String head, String body) {

        String contentType() {
            return header("content-type");
        }

        /** The value of a header, or "" when the answer has none. */
        String header(String name) {
            var prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst()
                    .orElse("");
        }
    }
}
