package dev.agora.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.shop.testing.ClientCredentials;
import dev.agora.shop.testing.RunningShop;
import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopApi.Sandbox;
import dev.agora.shop.testing.ShopService;
import dev.agora.shop.testing.TestShop;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The demo's jar, run as {@code ./agora demo} runs it, against the seven shop services as processes on a vhost and
 * database of their own, with a short payment timeout so that the expiring order does not take long.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DemoIT {

    // short, but long enough that seven services on a loaded machine still confirm the orders meant to be paid
    private static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(15);

    static RunningShop shop;

    @BeforeAll
    static void startShop() {
        shop = TestShop.start("", TestShop.quickOrders(PAYMENT_TIMEOUT));
    }

    @AfterAll
    static void stopShop() {
        if (shop != null) {
            shop.close();
        }
    }

    @Test
    void theWholeScenarioGoesAsExpected() throws Exception {
        var nothing = "http://127.0.0.1:" + freePort(); // no logger or portal: only linked in the summary

        var run = demo(
                "--auth-url=" + shop.auth().url(),
                "--logger-url=" + nothing,
                "--portal-url=" + nothing,
                "--slow-payment=" + PAYMENT_TIMEOUT.plusSeconds(4).toSeconds() + "s",
                "--expiry-wait=60s");

        assertThat(run.exitCode()).as(run.output()).isZero();
        var output = run.output();
        assertThat(output).doesNotContain("✗").doesNotContain("\u001b[");
        assertThat(step(output, 1)).contains("✓ user     Ada Lovelace (demo ").contains("✓ stock set on inventory");
        assertThat(step(output, 2)).contains("201 Created").contains("CONFIRMED, total 25.32 EUR");
        assertThat(statuses(step(output, 3))).startsWith("PENDING").endsWith("CONFIRMED");
        assertThat(step(output, 3))
                .contains("→ 202 Accepted")
                .contains("✓ CONFIRMED")
                .contains("47.48 EUR");
        assertThat(statuses(step(output, 4))).startsWith("PENDING").endsWith("CANCELLED");
        assertThat(step(output, 4))
                .contains("✓ CANCELLED: payment failed")
                .contains("✓ stock of Desk lamp back to 19")
                .contains("Payment sandbox back to latency 0 s, failure rate 0 %");
        assertThat(step(output, 5))
                .contains("409 Conflict")
                .contains("naming inventory")
                .contains("REJECTED");
        assertThat(statuses(step(output, 6))).startsWith("PENDING").endsWith("EXPIRED");
        assertThat(step(output, 6))
                .contains("not paid within " + PAYMENT_TIMEOUT)
                .contains("✓ stock of The Little Prince back to 48");
        assertThat(step(output, 7))
                .containsPattern("SYNC +CONFIRMED")
                .containsPattern("ASYNC +CANCELLED")
                .containsPattern("ASYNC +EXPIRED")
                .contains("The REJECTED order is not there");
        assertThat(output)
                .contains("Summary: 7 of 7 steps as expected")
                .contains("4 orders in the read model")
                .contains(nothing + "/orders/")
                .contains("Ada Lovelace's orders: sign in as ada.lovelace.")
                .contains("✓ The demo went as expected.");
        var api = new ShopApi(shop, shop.operatorClient());
        assertThat(api.sandbox()).as("the sandbox as it was").isEqualTo(Sandbox.PROMPT);
        assertThat(run.took()).isLessThan(Duration.ofSeconds(60));
    }

    private record Run(int exitCode, String output, Duration took) {}

    /** Runs the jar with the shop's URLs and these options, as the launcher does (but with the output captured). */
    private static Run demo(String... options) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(System.getProperty("demo.jar"));
        for (var service : ShopService.values()) {
            command.add("--" + service.serviceName() + "-url=" + shop.url(service));
        }
        command.addAll(List.of(options));
        var log = Path.of(System.getProperty("shop.logs")).resolve("demo.out");
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // as ./agora demo does: the demo's client secret, the demo asks for its tokens itself
        builder.environment().put(AgoraDemo.CLIENT_SECRET_VARIABLE, shop.auth().secret(ClientCredentials.CLI_CLIENT));
        var process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        var output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        return new Run(process.exitValue(), output, took);
    }

    /** The lines of step n. */
    private static String step(String output, int n) {
        int start = output.indexOf("[" + n + "/7]");
        int end = n < 7 ? output.indexOf("[" + (n + 1) + "/7]") : output.indexOf("Summary:");
        assertThat(start).as("step " + n + " printed").isNotNegative();
        return output.substring(start, end < 0 ? output.length() : end);
    }

    /** The statuses a step showed as they came, in order: the lines such as {@code +41 ms  PRICED  …}. */
    private static List<String> statuses(String step) {
        return step.lines()
                .filter(line -> line.strip().startsWith("+"))
                .map(line -> line.strip().split(" +")[2])
                .toList();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
