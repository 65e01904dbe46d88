package dev.agora.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a real Tomcat answers is an RFC 9457 problem: those of Spring MVC, of the container's error page and
 * of Tomcat itself, which refuses some requests before any application code runs. MockMvc does not go through
 * Tomcat, hence raw sockets against a started server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorBodiesIT.Failing.class)
class ErrorBodiesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void errorAskedForDirectlyIsANotFoundProblem() throws IOException {
        var answer = new RawHttp(port).get("/error");

        assertProblem(answer, 404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            encoded dot-dot-slash       | GET /%2e%2e%2fetc/passwd HTTP/1.1                 | 400
            encoded NUL in the path     | GET /fail%00 HTTP/1.1                             | 400
            encoded backslash           | GET /a%5Cb HTTP/1.1                               | 400
            encoded slash               | GET /a%2Fb HTTP/1.1                               | 400
            malformed percent-encoding  | GET /a%zz HTTP/1.1                                | 400
            overlong UTF-8              | GET /a%C0%AF HTTP/1.1                             | 400
            bracket in the query        | GET /fail?limit=[1] HTTP/1.1                      | 400
            invalid method              | G(T /fail HTTP/1.1                                | 400
            unknown HTTP version        | GET /fail HTTP/9.9                                | 505
            """)
    void aRequestTomcatRefusesIsAProblem(String what, String requestLine, int status) throws IOException {
        var answer =
                new RawHttp(port).send(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);

        assertProblem(answer, status);
    }

    @Test
    void anOverlongUrlIsAProblem() throws IOException {
        var answer = new RawHttp(port).get("/fail?x=" + "a".repeat(20_000));

        assertProblem(answer, 400);
    }

    @Test
    void anOverlongHeaderIsAProblem() throws IOException {
        var answer = new RawHttp(port)
                .send(
                        "GET /fail HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "a".repeat(20_000)
                                + "\r\nConnection: close\r\n\r\n",
                        new byte[0]);

        assertProblem(answer, 400);
    }

    @Test
    void aParameterThatIsNotUtf8IsAProblem() throws IOException {
        var answer = new RawHttp(port).get("/fail?x=%ED%A0%80");

        assertProblem(answer, 400);
    }

    @Test
    void aMethodNotAllowedIsAProblem() throws IOException {
        var answer = new RawHttp(port)
                .send("TRACE /fail HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);

        assertProblem(answer, 405);
    }

    @Test
    void aFailureIsAProblemThatKeepsItsCauseToTheLog() throws IOException {
        var answer = new RawHttp(port).get("/fail");

        var problem = assertProblem(answer, 500);
        assertThat(answer.body()).doesNotContain("secret", "IllegalStateException");
        assertThat(problem.path("detail").asString()).contains("log");
    }

    @Test
    void aFailureIsAProblemEvenForABrowser() throws IOException {
        var answer = new RawHttp(port)
                .send(
                        "GET /fail HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n",
                        new byte[0]);

        assertProblem(answer, 500);
    }

    private static JsonNode assertProblem(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.head()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.head()).startsWith("application/problem+json");
        var problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.has("timestamp")).as("Boot's error body").isFalse();
        return problem;
    }

    @RestController
    static class Failing {
        @GetMapping("/fail")
        String fail() {
            throw new IllegalStateException("secret internals");
        }
    }
}
