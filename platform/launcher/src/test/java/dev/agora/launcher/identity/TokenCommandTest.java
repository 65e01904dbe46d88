package dev.agora.launcher.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.agora.launcher.Agora;
import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./agora token} against a stand-in token endpoint: what it sends, what it prints, how it fails. */
class TokenCommandTest {

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> form = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void printsOnlyTheAccessTokenOfAgoraCliAskingForOpsByDefault() throws IOException {
        String secret = secretOfAgoraCli();
        String url = tokenEndpoint(200, "{\"access_token\":\"eyJ.token.sig\",\"scope\":\"ops\",\"expires_in\":3599}");

        int exitCode = run(Map.of("AGORA_AUTH_URL", url), "token");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).isEqualTo("eyJ.token.sig\n");
        assertThat(authorization.get())
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString(("agora-cli:" + secret).getBytes(StandardCharsets.UTF_8)));
        assertThat(URLDecoder.decode(form.get(), StandardCharsets.UTF_8))
                .isEqualTo("grant_type=client_credentials&scope=ops");
    }

    @Test
    void asksForTheScopesGiven() throws IOException {
        secretOfAgoraCli();
        String url = tokenEndpoint(200, "{\"access_token\":\"t\"}");

        run(Map.of("AGORA_AUTH_URL", url), "token", "--scope", "shop", "--scope", "ops");

        assertThat(URLDecoder.decode(form.get(), StandardCharsets.UTF_8)).endsWith("&scope=shop ops");
    }

    @Test
    void aRefusedScopeSaysWhatTheServerSaid() throws IOException {
        secretOfAgoraCli();
        String url = tokenEndpoint(400, "{\"error\":\"invalid_scope\"}");

        int exitCode = run(Map.of("AGORA_AUTH_URL", url), "token", "--scope", "accounts.write");

        assertThat(exitCode).isOne();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("refused the token for scope 'accounts.write': invalid_scope");
    }

    @Test
    void aSecretTheServerDoesNotKnowSaysToRestartIt() throws IOException {
        secretOfAgoraCli();
        String url = tokenEndpoint(401, "{\"error\":\"invalid_client\"}");

        assertThat(run(Map.of("AGORA_AUTH_URL", url), "token")).isOne();
        assertThat(err.toString()).contains("invalid_client", "./agora down, then ./agora up -d");
    }

    @Test
    void withoutARunningAuthorizationServerItSaysToStartThePlatform() throws IOException {
        secretOfAgoraCli();
        String nobody = "http://127.0.0.1:" + freePort();

        int exitCode = run(Map.of("AGORA_AUTH_URL", nobody), "token");

        assertThat(exitCode).isOne();
        assertThat(err.toString())
                .isEqualTo("agora: the authorization server is not running at " + nobody
                        + ": start the platform with ./agora up -d\n");
    }

    @Test
    void withoutSecretsItSaysThatUpMakesThemAndMakesNone() {
        int exitCode = run(Map.of(), "token");

        assertThat(exitCode).isOne();
        assertThat(err.toString()).contains("no secret for agora-cli in .agora/client-secrets: ./agora up makes it");
        assertThat(root.resolve(".agora/client-secrets")).doesNotExist();
    }

    private String secretOfAgoraCli() {
        return new ClientSecrets(root.resolve(".agora/client-secrets"), new SecureRandom())
                .ensureFor(List.of("agora-cli"))
                .get("agora-cli");
    }

    private String tokenEndpoint(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            form.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int run(Map<String, String> env, String... args) {
        var commandLine = Agora.commandLine(new AgoraHome(root), env, ServiceCatalog.standard());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
