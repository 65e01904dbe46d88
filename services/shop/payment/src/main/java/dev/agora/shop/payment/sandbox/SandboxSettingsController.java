package dev.agora.shop.payment.sandbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runtime control of the sandbox, for tests, the demo and the benchmark. */
@RestController
@RequestMapping("/api/sandbox/settings")
@Tag(
        name = "Payment-provider sandbox",
        description = "The SANDBOX payment provider inside the platform: simulated charges, no real money")
class SandboxSettingsController {

    private final SandboxSettings settings;
    private final SandboxProperties properties;

    SandboxSettingsController(SandboxSettings settings, SandboxProperties properties) {
        this.settings = settings;
        this.properties = properties;
    }

    @GetMapping
    @Operation(summary = "The sandbox's current latency, failure rate and decline rule")
    SandboxSettingsView show() {
        return view(settings.current());
    }

    @PutMapping
    @Operation(summary = "Change the sandbox's latency and/or failure rate (fields left out are kept)")
    SandboxSettingsView change(@RequestBody SandboxSettingsChange change) {
        var errors = change.errors();
        if (!errors.isEmpty()) throw new InvalidSandboxSettingsException(errors);
        return view(settings.change(change.parsedLatency(), change.failureRate()));
    }

    private SandboxSettingsView view(Simulation simulation) {
        return SandboxSettingsView.of(SandboxPaymentProvider.NAME, simulation, properties.declinedCents());
    }
}
