package dev.agora.shop.testing;

import dev.agora.catalog.CatalogEntry;
import dev.agora.messaging.test.TestServers;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.web.client.RestClient;

/**
 * The platform's authorization server ({@code platform/auth}) as a process on a free port, its schema in the given
 * database, with fresh secrets for the platform's clients and an operator account of its own.
 */
public final class RunningAuth implements AutoCloseable {

    /** The authorization server's name in the catalogue. */
    static final String SERVICE = "auth";

    /**
     * The clients the authorization server configures, each registered once it has a secret: the catalogue's
     * clients and the command line's.
     */
    public static final List<String> CLIENTS = Stream.concat(
                    ShopService.CATALOG.clients().stream().map(CatalogEntry::name),
                    Stream.of(ClientCredentials.CLI_CLIENT))
            .toList();

    public static final String OPERATOR = "admin";

    /** Where the authorization server sends a signed-in person back to when it is not told: its own default. */
    private static final String DEFAULT_PORTAL_URL = "http://localhost:8080";

    private final int port = ServiceProcess.freePort();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final String operatorPassword = randomSecret();
    private final String portalUrl;
    private final ServiceProcess process;

    private RunningAuth(Path authJar, Path logsDir, String jdbcUrl, Map<String, String> settings, List<String> jvm) {
        CLIENTS.forEach(client -> secrets.put(client, randomSecret()));
        var env = new LinkedHashMap<String, String>();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("AGORA_AUTH_URL", url());
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", TestServers.postgresUser());
        env.put("AGORA_ADMIN_USER", OPERATOR);
        env.put("AGORA_ADMIN_PASSWORD", operatorPassword);
        secrets.forEach((client, secret) -> env.put(secretVariable(client), secret));
        env.putAll(settings);
        this.portalUrl = env.getOrDefault("AGORA_PORTAL_URL", DEFAULT_PORTAL_URL);
        this.process = ServiceProcess.start("auth", authJar, env, jvm, logsDir);
    }

    /**
     * Starts the server without waiting for it; {@link #awaitHealthy()} does.
     *
     * @param settings more environment variables, e.g. {@code AGORA_PORTAL_URL} for the portal's sign-in
     */
    public static RunningAuth launch(
            Path authJar, Path logsDir, String jdbcUrl, Map<String, String> settings, List<String> jvmArgs) {
        return new RunningAuth(authJar, logsDir, jdbcUrl, Map.copyOf(settings), List.copyOf(jvmArgs));
    }

    public RunningAuth awaitHealthy() {
        process.awaitHealthy(url());
        return this;
    }

    /** The issuer, such as {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String secret(String clientId) {
        var secret = secrets.get(clientId);
        if (secret == null) throw new IllegalArgumentException("no client " + clientId);
        return secret;
    }

    public String operatorPassword() {
        return operatorPassword;
    }

    /** Tokens of one of {@link #CLIENTS} with some of its scopes. */
    public ClientCredentials client(String clientId, String... scopes) {
        return new ClientCredentials(url(), clientId, secret(clientId), List.of(scopes));
    }

    /** Tokens of {@code agora-cli} with {@code ops} and {@code shop}: what scripts, the demo and the benchmarks use. */
    public ClientCredentials operator() {
        return ClientCredentials.operator(url(), secret(ClientCredentials.CLI_CLIENT));
    }

    /** A person's account that can sign in, as the user service makes one for a shopper. */
    public void createAccount(String username, String password, UUID userId) {
        RestClient.builder()
                .baseUrl(url())
                .requestInterceptor(client("user", "accounts.write").bearer())
                .build()
                .post()
                .uri("/api/accounts")
                .body(Map.of("username", username, "password", password, "userId", userId.toString()))
                .retrieve()
                .toBodilessEntity();
    }

    /**
     * A person's access token, signed in with their password through the portal's client as a browser would: a
     * shopper's carries {@code shop} and their {@code user_id}, an operator's {@code ops} too.
     */
    public String signIn(String username, String password) {
        return new PersonSignIn(url(), portalUrl, secret("portal")).accessToken(username, password);
    }

    /**
     * The Spring properties that make a service in a test a resource server of this authorization server and give
     * its calls to other services the tokens of {@code clientId}.
     */
    public Map<String, String> serviceProperties(String clientId) {
        return Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", url(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", url() + "/oauth2/jwks",
                "agora.service-calls.token.issuer", url(),
                "agora.service-calls.token.client-id", clientId,
                "agora.service-calls.token.client-secret", secrets.getOrDefault(clientId, ""));
    }

    @Override
    public void close() {
        process.stop();
    }

    /** {@code agora-cli} → {@code AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET}, as the authorization server reads it. */
    private static String secretVariable(String clientId) {
        return "AGORA_AUTH_CLIENTS_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
    }

    private static String randomSecret() {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
