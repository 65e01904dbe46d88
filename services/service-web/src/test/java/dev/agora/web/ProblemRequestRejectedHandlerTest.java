package dev.agora.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/** What Spring Security's firewall refuses is a 400 problem with a body, not a bare status. */
class ProblemRequestRejectedHandlerTest {

    /** The firewall checks names as a filter reads them, as Spring Security's CSRF filter does. */
    @Test
    void aParameterNameTheFirewallRefusesIsABadRequestProblem() throws Exception {
        Filter readsParameters = (request, response, chain) -> {
            request.getParameterMap();
            chain.doFilter(request, response);
        };
        var security =
                new FilterChainProxy(new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE, readsParameters));
        security.setRequestRejectedHandler(new ProblemRequestRejectedHandler());
        var request = new MockHttpServletRequest("GET", "/api/things");
        request.setParameter("\0", "1");
        var response = new MockHttpServletResponse();

        security.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        var problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).contains("parameter name");
    }

    @Test
    void everyServiceWithSpringSecurityHasIt() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AgoraWebAutoConfiguration.class))
                .run(context -> assertThat(context.getBean(RequestRejectedHandler.class))
                        .isInstanceOf(ProblemRequestRejectedHandler.class));
    }
}
