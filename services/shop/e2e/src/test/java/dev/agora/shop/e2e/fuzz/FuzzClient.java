package dev.agora.shop.e2e.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Sends cases byte for byte as they are: the target unencoded again, headers as strings (no client-side parsing of
 * a content type), the body with its exact length; with the operator's token or without.
 */
final class FuzzClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final RestClient withToken;
    private final RestClient withoutToken;

    FuzzClient(ClientHttpRequestInterceptor bearer) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT)
                .build());
        factory.setReadTimeout(TIMEOUT);
        this.withoutToken = RestClient.builder().requestFactory(factory).build();
        this.withToken = withoutToken.mutate().requestInterceptor(bearer).build();
    }

    Answer send(String serviceUrl, FuzzCase fuzz) {
        var body = fuzz.body();
        var request = (fuzz.token() ? withToken : withoutToken)
                .method(HttpMethod.valueOf(fuzz.operation().method()))
                .uri(URI.create(serviceUrl + fuzz.target()))
                .headers(headers -> {
                    fuzz.headers().forEach(headers::set);
                    if (body.length > 0) headers.setContentLength(body.length);
                });
        if (body.length > 0) {
            request = request.body(out -> out.write(body));
        }
        return request.exchange((sent, response) -> new Answer(
                response.getStatusCode().value(),
                response.getHeaders().getFirst("Content-Type"),
                readQuietly(response.getBody())));
    }

    private static byte[] readQuietly(InputStream body) {
        try {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response: its status, its {@code Content-Type} as sent (null when none) and its body. */
    record Answer(int status, @Nullable String contentType, byte[] body) {}
}
