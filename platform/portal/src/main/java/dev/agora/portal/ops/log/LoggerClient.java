package dev.agora.portal.ops.log;

import dev.agora.logger.contracts.LogApi;
import dev.agora.logger.contracts.LogEntryDetails;
import dev.agora.logger.contracts.LogEntrySummary;
import dev.agora.portal.ServiceClients;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.util.UriBuilder;

/** The main logger's search API. */
@Component
class LoggerClient {

    private static final ParameterizedTypeReference<List<LogEntrySummary>> ENTRIES =
            new ParameterizedTypeReference<>() {};
    private static final int HOPS_LIMIT = 200;

    private final ServiceClients clients;

    LoggerClient(ServiceClients clients) {
        this.clients = clients;
    }

    List<LogEntrySummary> search(LogFilter filter) {
        var entries = clients.of("logger")
                .get()
                .uri(uri -> filter.applyTo(uri.path(LogApi.ENTRIES)).build())
                .retrieve()
                .body(ENTRIES);
        return entries == null ? List.of() : entries;
    }

    Optional<LogEntryDetails> find(long id) {
        try {
            return Optional.ofNullable(
                    clients.of("logger").get().uri(LogApi.ENTRY, id).retrieve().body(LogEntryDetails.class));
        } catch (HttpClientErrorException.NotFound unknown) {
            return Optional.empty();
        }
    }

    /** Every logged message that carries the correlation id, oldest first: the hops of one conversation. */
    List<LogEntrySummary> hops(String correlationId) {
        var entries = clients.of("logger")
                .get()
                .uri((UriBuilder uri) -> uri.path(LogApi.ENTRIES)
                        .queryParam("correlationId", correlationId)
                        .queryParam("limit", HOPS_LIMIT)
                        .build())
                .retrieve()
                .body(ENTRIES);
        return entries == null
                ? List.of()
                : entries.stream()
                        .sorted(Comparator.comparing(LogEntrySummary::receivedAt))
                        .toList();
    }
}
