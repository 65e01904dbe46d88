package dev.agora.portal.ops.topology;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.agora.portal.security.People;
import dev.agora.portal.security.SecurityConfiguration;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = TopologyController.class, properties = "agora.portal.sign-in.client-secret=secret")
@Import({SecurityConfiguration.class, dev.agora.portal.HtmlErrorPages.class})
class TopologyControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BrokerManagement management;

    @Test
    void aVisitorIsSentToSignInAtTheAuthorizationServer() throws Exception {
        mvc.perform(get("/ops/topology?service=order").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/oauth2/authorization/agora"));
    }

    @Test
    void aShopperGetsTheForbiddenPageNotTheConsole() throws Exception {
        mvc.perform(get("/ops/topology?service=order")
                        .accept(MediaType.TEXT_HTML)
                        .with(People.shopper(UUID.randomUUID())))
                .andExpect(status().isForbidden())
                .andExpect(forwardedUrl("/denied"));
    }

    @Test
    void aServiceTheBrokerDoesNotKnowIsA404PageForABrowserThatStillSaysWhoIsSignedIn() throws Exception {
        given(management.read()).willReturn(TopologyGraphTest.BROKER);

        mvc.perform(get("/ops/topology?service=nobody")
                        .accept(MediaType.TEXT_HTML)
                        .with(People.operator()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("No service &#39;nobody&#39; has a work queue")))
                .andExpect(content().string(Matchers.containsString("id=\"signed-in-as\"")));
    }

    @Test
    void anOperatorSeesTheChosenServicesPicture() throws Exception {
        given(management.read()).willReturn(TopologyGraphTest.BROKER);

        mvc.perform(get("/ops/topology?service=order")
                        .accept(MediaType.TEXT_HTML)
                        .with(People.operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-node=\"order_job_q\"")));
    }
}
