package dev.agora.portal.ops.parked;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.agora.messaging.ParkedMessage;
import dev.agora.portal.security.SecurityConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(
        controllers = {ParkedApiController.class, ParkedPagesController.class},
        properties = "agora.portal.admin.password=secret")
@Import(SecurityConfiguration.class)
class ParkedApiControllerTest {

    static final ParkedMessage PARKED = new ParkedMessage(
            "p-1", "order.created", "invalid envelope", Instant.parse("2026-11-30T10:00:00Z"), 1, Map.of(), "{}");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ParkingLots lots;

    @Test
    void theApiAnswers401WithoutCredentialsAndNeverAsksABrowserForThem() throws Exception {
        mvc.perform(get("/ops/api/services/order/parked"))
                .andExpect(status().isUnauthorized())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getHeader("WWW-Authenticate"))
                        .isNull());
    }

    @Test
    void theConsolePagesSendAnAnonymousVisitorToTheLoginForm() throws Exception {
        mvc.perform(get("/ops/parked/order").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aScriptWithTheOperatorsCredentialsListsParkedMessages() throws Exception {
        given(lots.list("order")).willReturn(List.of(PARKED));

        mvc.perform(get("/ops/api/services/order/parked").with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("p-1"))
                .andExpect(jsonPath("$[0].reason").value("invalid envelope"));
    }

    @Test
    void aScriptWithTheOperatorsCredentialsReplaysWithoutACsrfToken() throws Exception {
        given(lots.replay("order", "p-1")).willReturn(true);

        mvc.perform(post("/ops/api/services/order/parked/p-1/replay").with(httpBasic("admin", "secret")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("replayed"))
                .andExpect(jsonPath("$.queue").value("order_job_q"));
    }

    @Test
    void aSignedInBrowserMustSendTheCsrfTokenToReplay() throws Exception {
        given(lots.replay("order", "p-1")).willReturn(true);

        mvc.perform(post("/ops/api/services/order/parked/p-1/replay").with(user("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ops/api/services/order/parked/p-1/replay")
                        .with(user("admin"))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void discardingAMessageThatIsNotParkedIsA404Problem() throws Exception {
        given(lots.discard("order", "gone")).willReturn(false);

        mvc.perform(delete("/ops/api/services/order/parked/gone").with(httpBasic("admin", "secret")))
                .andExpect(status().isNotFound())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getContentType())
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void anInvalidServiceNameIsA400NamingTheField() throws Exception {
        willThrow(new InvalidServiceNameProblem("Order!")).given(lots).list("Order!");

        mvc.perform(get("/ops/api/services/Order!/parked").with(httpBasic("admin", "secret")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("service"));
    }

    @Test
    void aServiceWithoutAParkingQueueIsA404() throws Exception {
        willThrow(new UnknownServiceProblem("ghost")).given(lots).list("ghost");

        mvc.perform(get("/ops/api/services/ghost/parked").with(httpBasic("admin", "secret")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.service").value("ghost"));
    }
}
