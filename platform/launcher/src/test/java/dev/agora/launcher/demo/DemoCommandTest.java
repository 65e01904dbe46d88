package dev.agora.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.Agora;
import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path root;

    @Test
    void demoGetsEveryServiceUrlThenItsOwnArgumentsWhichReplaceOurs() {
        var env = Map.of("AGORA_RABBITMQ_MANAGEMENT_URL", "https://mq.local:15671");
        var commandLine = Agora.commandLine(new AgoraHome(root), env, ServiceCatalog.standard());

        commandLine.parseArgs("demo", "--speed", "fast", "--portal-url=http://other:8080");
        var demo = (DemoCommand) commandLine.getSubcommands().get("demo").getCommand();

        assertThat(demo.arguments())
                .startsWith(
                        "--auth-url=http://127.0.0.1:8070",
                        "--logger-url=http://127.0.0.1:8090",
                        "--user-url=http://127.0.0.1:8101")
                .contains("--query-url=http://127.0.0.1:8107", "--rabbitmq-url=https://mq.local:15671")
                .doesNotContain("--portal-url=http://127.0.0.1:8080")
                .endsWith("--speed", "fast", "--portal-url=http://other:8080")
                .hasSize(ServiceCatalog.standard().services().size() + 3);
    }

    @Test
    void withoutARunningShopItSaysToStartThePlatformAndBuildsNothing() throws IOException {
        int port = freePort(); // nobody listens, whatever runs on this machine
        var catalog = new ServiceCatalog(List.of(
                new AgoraService("user", "services/shop/user", "services/shop/user/target/agora-user.jar", port, "")));
        var err = new StringWriter();
        var commandLine = Agora.commandLine(new AgoraHome(root), Map.of(), catalog);
        commandLine.setErr(new PrintWriter(err));

        int exitCode = commandLine.execute("demo");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString())
                .isEqualTo(
                        "agora: the platform is not running and healthy (user unreachable): run ./agora up -d first\n");
        assertThat(root.resolve(".agora/logs/build.log")).doesNotExist();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
