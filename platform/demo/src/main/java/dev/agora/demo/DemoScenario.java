package dev.agora.demo;

import dev.agora.demo.DemoData.Order;
import dev.agora.demo.DemoData.User;
import dev.agora.shop.testing.ShopApi.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;

/**
 * The guided scenario: the {@link Steps} in their order, each marked as it went. A step that does not go as
 * expected is marked and the next one runs (unless the others need it); a service that stops answering ends the
 * demo.
 */
final class DemoScenario {

    /**
     * @param slowPayment the provider's latency while the demo waits for an order to expire
     * @param expiryWait how long to wait for that order to expire
     * @param suffix makes this run's names unique
     */
    record Settings(Duration slowPayment, Duration expiryWait, String suffix) {}

    private final Platform platform;
    private final DemoStage stage;
    private final List<Steps.Entry> steps;
    private final Display display;
    private final Style style;
    private final List<StepReport> reports = new ArrayList<>();

    DemoScenario(Platform platform, DemoStage stage) {
        this.platform = platform;
        this.stage = stage;
        this.steps = Steps.of(stage);
        this.display = stage.display();
        this.style = stage.style();
    }

    /** The user whose sign-in the summary offers: the first one, who places most of the demo's orders. */
    User shopper() {
        return stage.users().getFirst();
    }

    List<Order> placed() {
        return List.copyOf(stage.placed());
    }

    /**
     * Runs every step.
     *
     * @return whether every step went as expected
     * @throws ServiceDownException when a service stopped answering, after the sandbox was restored if it can be
     */
    boolean run() {
        var sandbox = stage.sandbox();
        try {
            var original = sandbox.remember();
            if (!original.equals(Sandbox.PROMPT)) {
                display.info(style.dim("The payment sandbox is set to " + Format.sandbox(original)
                        + ": the demo runs with a prompt, reliable provider and puts yours back at the end."));
                sandbox.use(Sandbox.PROMPT);
            }
            for (int n = 1; n <= steps.size(); n++) {
                var entry = steps.get(n - 1);
                if (!step(n, entry) && entry.neededBecause() != null) {
                    display.failed(entry.neededBecause() + ": stopping here.");
                    return false;
                }
            }
            return reports.stream().allMatch(StepReport::succeeded);
        } catch (ResourceAccessException unreachable) {
            throw down(unreachable);
        } finally {
            try {
                sandbox.close();
            } catch (ResourceAccessException | RestClientResponseException e) {
                display.failed("Could not restore the payment sandbox (" + e.getMessage() + ")");
            }
        }
    }

    /** The steps so far, and the ones that did not run. */
    List<StepReport> summary() {
        var all = new ArrayList<>(reports);
        for (int n = all.size() + 1; n <= steps.size(); n++) {
            all.add(StepReport.notRun(n, steps.get(n - 1).name()));
        }
        return all;
    }

    private boolean step(int number, Steps.Entry entry) {
        display.step(number, steps.size(), entry.title());
        long started = System.nanoTime();
        boolean ok;
        String outcome;
        try {
            outcome = entry.step().run();
            ok = true;
        } catch (UnexpectedOutcome unexpected) {
            outcome = unexpected.getMessage();
            ok = false;
        } catch (RestClientResponseException refused) {
            outcome = "a service answered " + refused.getStatusCode().value() + ": " + problem(refused);
            ok = false;
        } catch (ResourceAccessException unreachable) {
            var down = down(unreachable);
            display.failed(down.getMessage());
            reports.add(new StepReport(number, entry.name(), false, down.service() + " not answering", took(started)));
            throw down;
        } catch (RuntimeException unforeseen) { // such as an answer without a field the demo reads
            outcome = "unexpected " + unforeseen.getClass().getSimpleName() + ": " + unforeseen.getMessage();
            ok = false;
        }
        var took = took(started);
        if (ok) {
            display.ok(style.bold("as expected") + style.dim(" · " + Format.duration(took)));
        } else {
            display.failed(style.red("not as expected: ") + outcome + style.dim(" · " + Format.duration(took)));
        }
        reports.add(new StepReport(number, entry.name(), ok, outcome, took));
        return ok;
    }

    private static Duration took(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private ServiceDownException down(ResourceAccessException unreachable) {
        var url = failedUrl(unreachable.getMessage());
        var service = url == null ? null : platform.nameOf(url);
        return new ServiceDownException(
                service == null ? "?" : service,
                url == null ? "?" : url.replaceFirst("(https?://[^/]+).*", "$1"),
                unreachable);
    }

    /** Spring's message names the request: {@code I/O error on GET request for "http://…": Connection refused}. */
    static @Nullable String failedUrl(@Nullable String message) {
        if (message == null) {
            return null;
        }
        var matcher = java.util.regex.Pattern.compile("\"(https?://[^\"]+)\"").matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A refusal in a line: its problem's detail (RFC 9457), or what HTTP calls its status. */
    private String problem(RestClientResponseException refused) {
        try {
            var problem = stage.json().readValue(refused.getResponseBodyAsByteArray(), Problem.class);
            return problem.detail() == null ? refused.getStatusText() : problem.detail();
        } catch (JacksonException notAProblem) {
            return refused.getStatusText();
        }
    }
}
