package dev.agora.portal.ops.topology;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;
import org.springframework.web.server.ResponseStatusException;

/** Each service's exchanges, queues and bindings as a picture, with depths and rates; the page refreshes it. */
@Controller
@RequestMapping("/ops/topology")
class TopologyController {

    private final BrokerManagement management;

    TopologyController(BrokerManagement management) {
        this.management = management;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String service, Model model) {
        describe(service, model);
        return "ops/topology";
    }

    @GetMapping("/picture")
    String picture(@RequestParam(required = false) @Nullable String service, Model model) {
        describe(service, model);
        return "ops/topology :: picture";
    }

    private void describe(@Nullable String service, Model model) {
        try {
            var state = management.read();
            var services = TopologyGraph.services(state);
            if (service != null && !services.contains(service)) {
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No service '" + service + "' has a work queue on this broker");
            }
            var chosen = service != null ? service : services.isEmpty() ? null : services.getFirst();
            model.addAttribute("services", services);
            model.addAttribute("service", chosen);
            if (chosen != null) {
                model.addAttribute("picture", TopologyLayout.place(TopologyGraph.of(chosen, state)));
            }
        } catch (RestClientException unreachable) {
            model.addAttribute("failure", "RabbitMQ management API: " + unreachable.getMessage());
        }
    }
}
