package dev.agora.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code agora.web.max-request-body} (1 MB by default), declared or counted, against a real Tomcat. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RequestBodyLimitIT.Echo.class)
class RequestBodyLimitIT {

    private static final int LIMIT = 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsSent() throws IOException {
        var answer = new RawHttp(port).send(head("Content-Length: " + (20 * LIMIT)), new byte[0]);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains(String.valueOf(LIMIT));
    }

    @Test
    void aChunkedBodyIsRefusedOnceItGrowsPastTheLimit() throws IOException {
        var answer = new RawHttp(port).send(head("Transfer-Encoding: chunked"), chunked(jsonString(2 * LIMIT)));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aBodyWithinTheLimitIsRead() throws IOException {
        var body = jsonString(LIMIT - 100);
        var answer = new RawHttp(port).send(head("Content-Length: " + body.length), body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(String.valueOf(LIMIT - 100));
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws IOException {
        var answer = new RawHttp(port).send(head("Transfer-Encoding: chunked"), chunked(jsonString(1000)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("1000");
    }

    private static String head(String length) {
        return "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + length
                + "\r\nConnection: close\r\n\r\n";
    }

    /** A JSON string of this many bytes, quotes included (the echo counts them too). */
    private static byte[] jsonString(int bytes) {
        return ("\"" + "a".repeat(bytes - 2) + "\"").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunked(byte[] body) {
        var out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int size = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, size);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @RestController
    static class Echo {
        @PostMapping("/echo")
        int length(@RequestBody String text) {
            return text.length();
        }
    }
}
