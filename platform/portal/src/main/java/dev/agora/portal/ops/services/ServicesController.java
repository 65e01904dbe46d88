package dev.agora.portal.ops.services;

import dev.agora.portal.ServiceClients;
import dev.agora.portal.ops.parked.ParkingLots;
import dev.agora.web.catalog.ServiceUrls;
import java.util.List;
import java.util.concurrent.Executors;
import org.springframework.http.HttpStatus;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * The console's front page: every service's health, messaging role, restarts, parked messages and API documents;
 * every service of the catalogue, at the address {@link ServiceUrls} has for it.
 */
@Controller
class ServicesController {

    private final ServiceUrls services;
    private final ServiceHealth health;
    private final ServiceClients clients;
    private final ParkingLots parked;
    private final ServiceRoles roles;

    ServicesController(
            ServiceUrls services,
            ServiceHealth health,
            ServiceClients clients,
            ParkingLots parked,
            ServiceRoles roles) {
        this.services = services;
        this.health = health;
        this.clients = clients;
        this.parked = parked;
        this.roles = roles;
    }

    @GetMapping("/ops")
    String overview(Model model) {
        model.addAttribute("services", statuses());
        return "ops/services";
    }

    /** The front page's table for scripts: {@code curl -H "Authorization: Bearer $(./agora token)" …}. */
    @GetMapping("/ops/api/services")
    @ResponseBody
    List<ServiceStatus> overview() {
        return statuses();
    }

    @GetMapping("/ops/services/{service}/asyncapi")
    String asyncApi(@PathVariable String service, Model model) {
        var url = services.find(service)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown service " + service));
        try {
            var document = clients.of(service).get().uri("/asyncapi").retrieve().body(JsonNode.class);
            model.addAttribute("document", AsyncApiSummary.of(document));
        } catch (RestClientException unreachable) {
            model.addAttribute("failure", unreachable.getMessage());
        }
        model.addAttribute("service", service);
        model.addAttribute("url", url + "/asyncapi");
        return "ops/asyncapi";
    }

    /**
     * One virtual thread per service: a service that does not answer costs its timeout once, not once per row. Each
     * runs with the operator's security context, so its calls carry the operator's token.
     */
    private List<ServiceStatus> statuses() {
        try (var executor = new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor())) {
            var futures = services.names().stream()
                    .map(name -> executor.submit(() -> new ServiceStatus(
                            name,
                            services.require(name),
                            health.of(name),
                            parked.count(name),
                            roles.of(name),
                            health.restarts(name))))
                    .toList();
            return futures.stream()
                    .map(future -> {
                        try {
                            return future.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
    }
}
