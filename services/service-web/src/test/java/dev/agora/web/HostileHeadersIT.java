package dev.agora.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Headers a client chooses freely (Accept, Content-Type) and the bodies they announce are input: whatever they
 * say, the answer is a 4xx problem, never a 5xx. Raw sockets, since ordinary clients refuse to send some of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(HostileHeadersIT.Resources.class)
class HostileHeadersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            garbage Accept                  | GET  | /things/1 | Accept: garbage                                  | ''
            Accept of unbalanced quotes     | GET  | /things/1 | Accept: text/"plain                              | ''
            Accept nobody serves            | GET  | /things/1 | Accept: image/png                                | ''
            garbage Accept on an error      | GET  | /things/x | Accept: garbage                                  | ''
            garbage Accept on no resource   | GET  | /nothing  | Accept: ;;;                                      | ''
            wildcard Content-Type           | POST | /things   | Content-Type: */*                                | {"name":"a"}
            wildcard subtype Content-Type   | POST | /things   | Content-Type: application/*                      | {"name":"a"}
            garbage Content-Type            | POST | /things   | Content-Type: garbage                            | {"name":"a"}
            Content-Type of bad charset     | POST | /things   | Content-Type: application/json;charset=nope      | {"name":"a"}
            multipart without a boundary    | POST | /things   | Content-Type: multipart/form-data                | --x
            multipart of a bad boundary     | POST | /things   | Content-Type: multipart/form-data; boundary=zz   | --x
            multipart cut short             | POST | /things   | Content-Type: multipart/form-data; boundary=x    | --x\\r\\nContent-Disposition: form-data; name="a"\\r\\n\\r\\nabc
            empty form field                | PUT  | /things/1 | Content-Type: application/x-www-form-urlencoded  | name
            empty form field name           | PUT  | /things/1 | Content-Type: application/x-www-form-urlencoded  | =a&&=
            empty form field on a post      | POST | /things   | Content-Type: application/x-www-form-urlencoded  | name&x=
            """)
    void aHostileHeaderIsAClientErrorProblem(String what, String method, String path, String header, String body)
            throws IOException {
        var bytes = body.replace("\\r\\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        var answer = new RawHttp(port)
                .send(
                        method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\nContent-Length: "
                                + bytes.length + "\r\nConnection: close\r\n\r\n",
                        bytes);

        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isBetween(400, 499);
        assertThat(answer.contentType()).as(answer.head()).startsWith("application/problem+json");
        assertThat(JSON.readTree(answer.body()).path("status").asInt()).isEqualTo(answer.status());
    }

    @RestController
    static class Resources {
        @GetMapping("/things/{id}")
        Map<String, Integer> thing(@PathVariable int id) {
            return Map.of("id", id);
        }

        @PostMapping("/things")
        Map<String, String> create(@RequestBody Map<String, String> thing) {
            return thing;
        }

        @PutMapping("/things/{id}")
        Map<String, String> replace(@PathVariable int id, @RequestBody Map<String, String> thing) {
            return thing;
        }
    }
}
