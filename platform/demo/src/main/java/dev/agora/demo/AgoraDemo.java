package dev.agora.demo;

import dev.agora.shop.testing.ClientCredentials;
import dev.agora.shop.testing.ShopService;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./agora demo}: a guided scenario against a running platform ({@code ./agora up}), each step printed as
 * it happens. Exit code 0 when everything went as expected, 1 otherwise (a service down included), 2 for a bad
 * command line.
 */
@Command(
        name = "agora demo",
        mixinStandardHelpOptions = true,
        version = "agora demo 0.1.0",
        sortOptions = false,
        usageHelpWidth = 120,
        description = {
            "A guided tour of the shop on a running platform (./agora up): demo users and products, a SYNC order, an"
                    + " ASYNC order followed live, an order whose payment fails, one for more than the stock, one"
                    + " nobody pays in time, and the order history from the read model. Takes about 30 s.",
            "The payment-provider sandbox is changed for two steps and restored afterwards. The demo's tokens are made"
                    + " for the agora-cli client, whose secret is AGORA_CLIENT_SECRET (./agora demo sets it).",
            ""
        })
public final class AgoraDemo implements Callable<Integer> {

    /** The secret of the agora-cli client, which the demo's tokens are made for. */
    static final String CLIENT_SECRET_VARIABLE = "AGORA_CLIENT_SECRET";

    @Option(
            names = "--rabbitmq-url",
            defaultValue = "http://127.0.0.1:15672",
            paramLabel = "<url>",
            description = "RabbitMQ management, linked in the summary (default: ${DEFAULT-VALUE})")
    URI rabbitUrl;

    @Option(
            names = "--slow-payment",
            defaultValue = "30s",
            paramLabel = "<duration>",
            converter = DurationConverter.class,
            description = "the payment provider's latency while an order is left to expire: longer than the order"
                    + " service's payment timeout, PT20S under ./agora up (default: ${DEFAULT-VALUE})")
    Duration slowPayment;

    @Option(
            names = "--expiry-wait",
            defaultValue = "90s",
            paramLabel = "<duration>",
            converter = DurationConverter.class,
            description = "how long to wait for that order to expire (default: ${DEFAULT-VALUE})")
    Duration expiryWait;

    @Option(
            names = "--plain",
            description = "no colours and no spinner; also so when the output is not a terminal or NO_COLOR is set")
    boolean plain;

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final boolean terminal;

    /**
     * @param terminal whether {@code out} is an interactive terminal (colours, a spinner)
     */
    AgoraDemo(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        var console = System.console();
        boolean terminal = console != null && console.isTerminal() && !"dumb".equals(System.getenv("TERM"));
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(execute(out, err, terminal && System.getenv("NO_COLOR") == null, args));
    }

    /** Runs the demo as {@code main} does, without exiting: the exit code. */
    static int execute(PrintStream out, PrintStream err, boolean terminal, String... args) {
        var commandLine = new CommandLine(new AgoraDemo(out, terminal));
        ServiceUrlOptions.addTo(commandLine.getCommandSpec());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        var platform = platform();
        boolean live = terminal && !plain;
        var display = new Display(out, live ? Style.COLOURED : Style.PLAIN, live);
        return new DemoRun(
                        platform,
                        display,
                        clients(operatorTokens(platform)),
                        new DemoScenario.Settings(slowPayment, expiryWait, DemoData.newSuffix()))
                .run();
    }

    private Platform platform() {
        var urls = new LinkedHashMap<ShopService, String>();
        ShopService.values().forEach(service -> urls.put(service, url(service.serviceName())));
        return new Platform(urls, url("auth"), url("logger"), url("portal"), url("--rabbitmq-url", rabbitUrl));
    }

    private String url(String service) {
        return url(ServiceUrlOptions.option(service), ServiceUrlOptions.valueOf(spec, service));
    }

    private String url(String option, URI url) {
        var scheme = url.getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    option + " must be an http URL such as http://127.0.0.1:8106, not '" + url + "'");
        }
        return url.toString();
    }

    /**
     * The tokens of the demo's client, as an operator who also shops for the demo's users; none without its secret
     * (the platform then refuses the demo's calls, which the run reports).
     */
    private @Nullable ClientCredentials operatorTokens(Platform platform) {
        var secret = System.getenv(CLIENT_SECRET_VARIABLE);
        if (secret == null || secret.isBlank()) {
            out.println("! " + CLIENT_SECRET_VARIABLE + " is not set, so the demo's calls carry no token: run it with"
                    + " ./agora demo, which gives it the secret of the " + ClientCredentials.CLI_CLIENT + " client");
            return null;
        }
        return ClientCredentials.operator(platform.auth(), secret);
    }

    /** HTTP clients without tokens: for a platform that asks for none (tests of the demo's parts). */
    static DemoRun.Clients clients() {
        return clients(null);
    }

    /**
     * HTTP clients: for calls (a read timeout), for status streams (none: the follower ends them), for health; calls
     * and streams carry the tokens, if any.
     */
    static DemoRun.Clients clients(@Nullable ClientCredentials tokens) {
        var jdk = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        var calls = new JdkClientHttpRequestFactory(jdk);
        calls.setReadTimeout(Duration.ofSeconds(30));
        var health = new JdkClientHttpRequestFactory(jdk);
        health.setReadTimeout(Duration.ofSeconds(5));
        return new DemoRun.Clients(
                withTokens(RestClient.builder().requestFactory(calls), tokens),
                withTokens(RestClient.builder().requestFactory(new JdkClientHttpRequestFactory(jdk)), tokens),
                RestClient.builder().requestFactory(health).build(),
                JsonMapper.builder().build());
    }

    private static RestClient withTokens(RestClient.Builder client, @Nullable ClientCredentials tokens) {
        if (tokens != null) client.requestInterceptor(tokens.bearer());
        return client.build();
    }
}
