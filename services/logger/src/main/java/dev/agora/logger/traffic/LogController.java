package dev.agora.logger.traffic;

import dev.agora.logger.contracts.LogApi;
import dev.agora.logger.contracts.LogEntryDetails;
import dev.agora.logger.contracts.LogEntrySummary;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Searches the logged traffic. Unreadable parameters ({@code from=yesterday}, answered by service-web) and
 * senseless ones ({@code limit=0}) are answered with a 400 problem naming the parameter.
 */
@RestController
class LogController {

    private final LoggedMessageRepository repository;

    LogController(LoggedMessageRepository repository) {
        this.repository = repository;
    }

    /**
     * @param routingKey an exact routing key or an AMQP topic pattern such as {@code order.*} or {@code #.failed}
     * @param from ISO-8601 instant, inclusive
     * @param to ISO-8601 instant, exclusive
     */
    @GetMapping(LogApi.ENTRIES)
    List<LogEntrySummary> search(
            @RequestParam(required = false) @Nullable String eventUuid,
            @RequestParam(required = false) @Nullable String routingKey,
            @RequestParam(required = false) @Nullable String sender,
            @RequestParam(required = false) @Nullable String correlationId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "" + LogQuery.DEFAULT_LIMIT) int limit) {
        return repository.find(LogQuery.of(eventUuid, routingKey, sender, correlationId, from, to, limit));
    }

    @GetMapping(LogApi.ENTRY)
    LogEntryDetails show(@PathVariable long id) {
        return repository
                .findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No log entry has id " + id));
    }
}
