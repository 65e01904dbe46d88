package dev.agora.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The authorization server as {@code ./agora up} runs it, on a free port that its issuer URL names, with the
 * platform's clients' secrets and an operator. Use with a static {@code IsolatedServers.schemaOnly()} field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = WebEnvironment.DEFINED_PORT,
        properties = {
            "AGORA_AUTH_CLIENTS_PORTAL_SECRET=" + TestClients.PORTAL_SECRET,
            "AGORA_AUTH_CLIENTS_USER_SECRET=" + TestClients.USER_SECRET,
            "AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET=" + TestClients.CLI_SECRET,
            "AGORA_ADMIN_USER=" + TestClients.OPERATOR,
            "AGORA_ADMIN_PASSWORD=" + TestClients.OPERATOR_PASSWORD,
            "AGORA_PORTAL_URL=" + TestClients.PORTAL_URL,
            "spring.datasource.hikari.maximum-pool-size=3"
        })
@ContextConfiguration(initializers = AuthServerTest.OnAFreePort.class)
@DirtiesContext
public @interface AuthServerTest {

    /** Picks the port before the context starts, so the issuer can name it as it names the real one. */
    class OnAFreePort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            int port = freePort();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "free port", Map.of("server.port", port, "AGORA_AUTH_URL", "http://127.0.0.1:" + port)));
        }

        private static int freePort() {
            try (var socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
