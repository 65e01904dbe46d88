package dev.agora.portal.ops.log;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/** The live message log: a filter form over the logger's search, refreshed by the page every few seconds. */
@Controller
@RequestMapping("/ops/log")
class LogController {

    private final LoggerClient logger;

    LogController(LoggerClient logger) {
        this.logger = logger;
    }

    @GetMapping
    String page(@ModelAttribute("filter") LogFilter filter, Model model) {
        search(filter, model);
        return "ops/log";
    }

    @GetMapping("/rows")
    String rows(@ModelAttribute("filter") LogFilter filter, Model model) {
        search(filter, model);
        return "ops/log :: rows";
    }

    /** A logger that is down or refuses a filter is said on the page, which keeps polling until it answers. */
    private void search(LogFilter filter, Model model) {
        try {
            model.addAttribute("entries", logger.search(filter));
        } catch (RestClientResponseException refused) {
            model.addAttribute("entries", List.of());
            var problem = refused.getResponseBodyAs(JsonNode.class);
            model.addAttribute(
                    "failure",
                    problem == null
                            ? refused.getMessage()
                            : problem.path("detail").asString());
        } catch (RestClientException unreachable) {
            model.addAttribute("entries", List.of());
            model.addAttribute("failure", "The main logger does not answer: " + unreachable.getMessage());
        }
    }

    @GetMapping("/{id}")
    String entry(@PathVariable long id, Model model) {
        var entry = logger.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No log entry has id " + id));
        model.addAttribute("entry", entry);
        model.addAttribute(
                "hops", entry.correlationId() == null ? java.util.List.of() : logger.hops(entry.correlationId()));
        return "ops/log-entry";
    }
}
