package dev.agora.logger.traffic;

import dev.agora.web.security.ApiAccess;
import dev.agora.web.security.Scope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The message log holds every message's body, people's e-mail addresses included: only operators read it
 * (docs/security.md). The default rule says the same; this one says it where the API is.
 */
@Configuration(proxyBeanMethods = false)
class LogAccess {

    @Bean
    ApiAccess logApiAccess() {
        return rules -> rules.requestMatchers("/api/log", "/api/log/**").access(Scope.anyOf(Scope.OPS));
    }
}
