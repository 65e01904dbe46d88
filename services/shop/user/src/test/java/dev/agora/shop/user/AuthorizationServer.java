package dev.agora.shop.user;

import dev.agora.messaging.test.TestServers;
import dev.agora.shop.testing.RunningAuth;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The platform's authorization server as a process, for one test class: on a database of its own (never the
 * platform's {@code platform_auth}), started when the class is loaded, stopped and its database dropped after it.
 */
public final class AuthorizationServer implements AfterAllCallback {

    /** The portal's address as the authorization server knows it: its sign-in redirects there, never followed. */
    static final String PORTAL_URL = "http://localhost:8080";

    private final String database =
            "agora_user_auth_" + UUID.randomUUID().toString().substring(0, 8);
    private final String serverUrl;
    private final RunningAuth auth;

    public AuthorizationServer() {
        var testUrl = TestServers.postgresUrl();
        this.serverUrl = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        execute("CREATE DATABASE " + database);
        this.auth = RunningAuth.launch(
                RunningAuth.jarBeside(Path.of("..")),
                Path.of("target", "auth-logs"),
                serverUrl + database,
                Map.of("AGORA_PORTAL_URL", PORTAL_URL, "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "3"),
                List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
    }

    public RunningAuth auth() {
        return auth;
    }

    /** The user service under test as a resource server of this server, its calls with the {@code user} client. */
    public void register(DynamicPropertyRegistry registry) {
        auth.awaitHealthy();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", auth::url);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> auth.url() + "/oauth2/jwks");
        registry.add("agora.service-calls.token.issuer", auth::url);
        registry.add("agora.service-calls.token.client-id", () -> "user");
        registry.add("agora.service-calls.token.client-secret", () -> auth.secret("user"));
    }

    /** A person's access token, signed in as the portal does it. */
    public String signIn(String username, String password) {
        return new ShopperSignIn(auth.url(), PORTAL_URL, auth.secret("portal")).accessToken(username, password);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        auth.close();
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(serverUrl + "postgres", TestServers.postgresUser(), "");
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }
}
