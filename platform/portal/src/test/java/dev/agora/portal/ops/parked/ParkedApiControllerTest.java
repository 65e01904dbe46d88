package dev.agora.portal.ops.parked;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.agora.messaging.ParkedMessage;
import dev.agora.portal.security.People;
import dev.agora.portal.security.SecurityConfiguration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(
        controllers = {ParkedApiController.class, ParkedPagesController.class},
        properties = "agora.portal.sign-in.client-secret=secret")
@Import(SecurityConfiguration.class)
class ParkedApiControllerTest {

    static final ParkedMessage PARKED = new ParkedMessage(
            "p-1", "order.created", "invalid envelope", Instant.parse("2026-11-30T10:00:00Z"), 1, Map.of(), "{}");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ParkingLots lots;

    @Test
    void theApiAnswersAVisitor401AsAProblemAskingForABearerTokenNotAPassword() throws Exception {
        mvc.perform(get("/ops/api/services/order/parked"))
                .andExpect(status().isUnauthorized())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getHeader("WWW-Authenticate"))
                        .startsWith("Bearer"))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getContentType())
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void theConsolePagesSendAVisitorToSignInAtTheAuthorizationServer() throws Exception {
        mvc.perform(get("/ops/parked/order").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/agora"));
    }

    @Test
    void aSignedInShopperGets403AsAProblemFromTheApi() throws Exception {
        mvc.perform(get("/ops/api/services/order/parked")
                        .accept(MediaType.TEXT_HTML)
                        .with(People.shopper(UUID.randomUUID())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aScriptWithAnOpsTokenListsParkedMessages() throws Exception {
        given(lots.list("order")).willReturn(List.of(PARKED));

        mvc.perform(get("/ops/api/services/order/parked").with(opsToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("p-1"))
                .andExpect(jsonPath("$[0].reason").value("invalid envelope"));
    }

    @Test
    void aTokenWithoutTheOpsScopeIsRefused() throws Exception {
        mvc.perform(get("/ops/api/services/order/parked")
                        .with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_shop"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aScriptWithAnOpsTokenReplaysWithoutACsrfToken() throws Exception {
        given(lots.replay("order", "p-1")).willReturn(true);

        mvc.perform(post("/ops/api/services/order/parked/p-1/replay").with(opsToken()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("replayed"))
                .andExpect(jsonPath("$.queue").value("order_job_q"));
    }

    @Test
    void aSignedInOperatorsBrowserMustSendTheCsrfTokenToReplay() throws Exception {
        given(lots.replay("order", "p-1")).willReturn(true);

        mvc.perform(post("/ops/api/services/order/parked/p-1/replay").with(People.operator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ops/api/services/order/parked/p-1/replay")
                        .with(People.operator())
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void discardingAMessageThatIsNotParkedIsA404Problem() throws Exception {
        given(lots.discard("order", "gone")).willReturn(false);

        mvc.perform(delete("/ops/api/services/order/parked/gone").with(opsToken()))
                .andExpect(status().isNotFound())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getContentType())
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void anInvalidServiceNameIsA400NamingTheField() throws Exception {
        willThrow(new InvalidServiceNameProblem("Order!")).given(lots).list("Order!");

        mvc.perform(get("/ops/api/services/Order!/parked").with(opsToken()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("service"));
    }

    @Test
    void aServiceWithoutAParkingQueueIsA404() throws Exception {
        willThrow(new UnknownServiceProblem("ghost")).given(lots).list("ghost");

        mvc.perform(get("/ops/api/services/ghost/parked").with(opsToken()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.service").value("ghost"));
    }

    /** What {@code ./agora token} prints: a client-credentials token of agora-cli with the ops scope. */
    private static JwtRequestPostProcessor opsToken() {
        return jwt().jwt(token -> token.subject("agora-cli")).authorities(new SimpleGrantedAuthority("SCOPE_ops"));
    }
}
