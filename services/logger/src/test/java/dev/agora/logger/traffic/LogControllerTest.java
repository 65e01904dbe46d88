package dev.agora.logger.traffic;

import static dev.agora.shop.testing.ProblemAnswers.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.agora.logger.contracts.LogEntryDetails;
import dev.agora.logger.contracts.LogEntryDetails.BodyFormat;
import dev.agora.logger.contracts.LogEntrySummary;
import dev.agora.shop.testing.OperatorCaller;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(LogController.class)
@Import({LogAccess.class, OperatorCaller.class})
class LogControllerTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T12:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JsonMapper json;

    @MockitoBean
    LoggedMessageRepository repository;

    @Test
    void searchPassesEveryFilterToTheRepositoryAndListsTheEntries() {
        given(repository.find(any()))
                .willReturn(List.of(new LogEntrySummary(
                        7, RECEIVED, "log", "order.created", "m-1", "u-1", "order.created", "shop", "c-1", 0)));

        var result = mvc.get()
                .uri("/api/log")
                .param("eventUuid", "u-1")
                .param("routingKey", "order.*")
                .param("sender", "shop")
                .param("correlationId", "c-1")
                .param("from", "2026-03-01T00:00:00Z")
                .param("to", "2026-03-02T00:00:00Z")
                .param("limit", "5");

        assertThat(result).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                [{"id": 7, "receivedAt": "2026-03-01T12:00:00Z", "routingKey": "order.created", "sender": "shop"}]
                """);
        verify(repository)
                .find(new LogQuery(
                        "u-1",
                        new TopicPattern("order.*"),
                        "shop",
                        "c-1",
                        Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-03-02T00:00:00Z"),
                        5));
    }

    @Test
    void searchWithoutParametersListsTheNewestHundredEntries() {
        given(repository.find(any())).willReturn(List.of());

        assertThat(mvc.get().uri("/api/log")).hasStatusOk().bodyJson().isEqualTo("[]");
        verify(repository).find(new LogQuery(null, null, null, null, null, null, 100));
    }

    @Test
    void unreadableFromIsAProblemNamingTheParameter() {
        var result = mvc.get().uri("/api/log").param("from", "yesterday");

        assertProblem(result, HttpStatus.BAD_REQUEST, """
                        {"status": 400, "instance": "/api/log", "parameter": "from",
                         "detail": "'from' must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"}
                        """);
        verifyNoInteractions(repository);
    }

    @Test
    void unreadableLimitIsAProblemNamingTheParameter() {
        assertThat(mvc.get().uri("/api/log").param("limit", "ten"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("limit");
    }

    @Test
    void limitAboveOneThousandIsAProblemNamingTheParameter() {
        var result = mvc.get().uri("/api/log").param("limit", "1001");

        assertProblem(result, HttpStatus.BAD_REQUEST, """
                        {"status": 400, "parameter": "limit", "detail": "'limit' must be between 1 and 1000"}
                        """);
        verifyNoInteractions(repository);
    }

    @Test
    void limitBelowOneIsAProblemNamingTheParameter() {
        assertThat(mvc.get().uri("/api/log").param("limit", "0"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("limit");
    }

    @Test
    void timeRangeEndingBeforeItStartsIsAProblemNamingTo() {
        var result =
                mvc.get().uri("/api/log").param("from", "2026-03-02T00:00:00Z").param("to", "2026-03-01T00:00:00Z");

        assertThat(result)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("to");
    }

    @Test
    void showReturnsTheFullEntryWithHeadersAndJsonBody() {
        given(repository.findById(7))
                .willReturn(Optional.of(new LogEntryDetails(
                        7,
                        RECEIVED,
                        "log",
                        "order.created",
                        "m-1",
                        null,
                        null,
                        "u-1",
                        "order.created",
                        "shop",
                        null,
                        null,
                        0,
                        json.readTree("{\"x-attempt\": 1}"),
                        BodyFormat.JSON,
                        json.readTree("{\"event_name\": \"order.created\"}"))));

        assertThat(mvc.get().uri("/api/log/7")).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": 7, "headers": {"x-attempt": 1}, "bodyFormat": "JSON",
                 "body": {"event_name": "order.created"}}
                """);
    }

    @Test
    void unreadableIdIsAProblemNamingIt() {
        assertThat(mvc.get().uri("/api/log/latest"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.parameter")
                .isEqualTo("id");
    }

    @Test
    void unknownIdIsANotFoundProblem() {
        given(repository.findById(404)).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/log/404"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("No log entry has id 404");
    }
}
