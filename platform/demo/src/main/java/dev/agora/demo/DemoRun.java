package dev.agora.demo;

import dev.agora.shop.testing.ShopApi;
import dev.agora.shop.testing.ShopService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** One run of the demo: the platform checked, the scenario, the summary; gives the exit code. */
final class DemoRun {

    static final int AS_EXPECTED = 0;
    static final int NOT_AS_EXPECTED = 1;

    /**
     * @param http calls, with a read timeout
     * @param streams status streams, without one
     * @param health health probes, with a short one
     */
    record Clients(RestClient http, RestClient streams, RestClient health, JsonMapper json) {}

    private final Platform platform;
    private final Display display;
    private final Clients clients;
    private final DemoScenario.Settings settings;
    private final Style style;

    DemoRun(Platform platform, Display display, Clients clients, DemoScenario.Settings settings) {
        this.platform = platform;
        this.display = display;
        this.clients = clients;
        this.settings = settings;
        this.style = display.style();
    }

    int run() {
        long started = System.nanoTime();
        display.raw(style.bold("Agora demo · the shop, step by step") + style.dim(" · run " + settings.suffix()));
        display.blank();
        display.heading("The platform");
        var health = new HealthCheck(clients.health()).check(platform.endpoints());
        var down = new ArrayList<String>();
        for (var result : health) {
            var endpoint = result.endpoint();
            var line = Format.pad(endpoint.name(), 11) + Format.pad(endpoint.url(), 26) + "  ";
            if (result.up()) {
                display.raw("  " + style.green(Display.OK) + " " + line + style.dim(result.detail()));
            } else if (endpoint.required()) {
                display.raw("  " + style.red(Display.FAILED) + " " + line + style.red(result.detail()));
                down.add(endpoint.name());
            } else {
                display.raw("  " + style.dim("–") + " " + line
                        + style.dim(result.detail() + " (only " + endpoint.role() + " need it)"));
            }
        }
        if (!down.isEmpty()) {
            display.blank();
            display.raw(style.red(Display.FAILED) + " "
                    + notUp(
                            down,
                            platform.endpoints().stream()
                                    .filter(Endpoint::required)
                                    .count()));
            display.raw("  Start the platform with ./agora up; ./agora status shows what runs, ./agora logs <service>"
                    + " why one stopped.");
            return NOT_AS_EXPECTED;
        }
        boolean portalUp = isUp(health, "portal");
        boolean loggerUp = isUp(health, "logger");

        var api = new ShopApi(platform, clients.http());
        var follower = new OrderFollower(
                platform.url(ShopService.ORDER),
                clients.streams(),
                clients.http(),
                clients.json(),
                Duration.ofMillis(250));
        var stage = DemoStage.empty(
                api,
                new OrderDesk(platform, clients.http(), clients.json()),
                follower,
                new SandboxGuard(api),
                display,
                settings,
                clients.json());
        var scenario = new DemoScenario(platform, stage);
        boolean ok;
        ServiceDownException serviceDown = null;
        try {
            ok = scenario.run();
        } catch (ServiceDownException e) {
            serviceDown = e;
            ok = false;
        }
        var summary = new Summary(display);
        summary.steps(scenario.summary(), Duration.ofNanos(System.nanoTime() - started));
        if (serviceDown != null) {
            display.blank();
            display.raw(style.red(Display.FAILED + " The demo stopped: " + serviceDown.getMessage() + "."));
            display.raw("  ./agora status shows what runs; ./agora logs " + serviceDown.service()
                    + " shows why it stopped.");
            return NOT_AS_EXPECTED;
        }
        summary.whereToLook(platform, scenario.placed(), scenario.shopper(), portalUp, loggerUp);
        display.blank();
        if (ok) {
            display.raw(style.green(Display.OK) + " " + style.bold("The demo went as expected."));
            return AS_EXPECTED;
        }
        display.raw(style.red(Display.FAILED) + " " + style.bold("Some steps did not go as expected: see above."));
        return NOT_AS_EXPECTED;
    }

    /** Which required services are not up, in a sentence. */
    static String notUp(List<String> down, long required) {
        if (down.size() == required) {
            return "The platform is not running: none of the " + required
                    + " services the demo needs (the shop's and the authorization server) is up.";
        }
        var names = down.size() == 1
                ? down.getFirst()
                : String.join(", ", down.subList(0, down.size() - 1)) + " and " + down.getLast();
        return "The demo needs the whole shop and the authorization server, but " + names
                + (down.size() == 1 ? " is" : " are") + " not up.";
    }

    private static boolean isUp(List<HealthCheck.Result> health, String name) {
        return health.stream().anyMatch(result -> result.endpoint().name().equals(name) && result.up());
    }
}
