package dev.agora.web;

import dev.agora.web.security.ApiAccess;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The configuration slice tests of this library start from: its web conventions, with every endpoint open. */
@SpringBootApplication
class WebTestApplication {

    /** These tests are about the HTTP conventions; the resource server's own rules have tests of their own. */
    @Bean
    ApiAccess everythingOpen() {
        return rules -> rules.requestMatchers("/**").permitAll();
    }
}
