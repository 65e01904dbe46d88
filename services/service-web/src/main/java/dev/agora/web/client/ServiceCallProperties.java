package dev.agora.web.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service calls the others. The pool is sized for the concurrency of the callers; a pooled connection is
 * dropped or checked long before the called service's keep-alive timeout (Tomcat's, 60 s by default) can close
 * it under a request.
 *
 * @param connectTimeout how long to wait for a connection, new or from the pool: past it the service counts as
 *     unreachable
 * @param responseTimeout how long to wait for an answer (between two packets of it): past it the call counts as
 *     too slow
 * @param maxConnections connections open at once to all services together
 * @param maxConnectionsPerService connections open at once to one service (host and port): the calls that may be
 *     in flight to it together
 * @param validateAfterInactivity a pooled connection idle for longer is checked before it is used again, so one
 *     the service has closed meanwhile is never written to
 * @param idleTimeout a pooled connection idle for longer is closed
 * @param retries how many times a GET, PUT, DELETE, ... whose connection broke off before an answer is sent again
 *     (POSTs are not: a caller that knows its POST is idempotent retries it itself)
 */
@ConfigurationProperties("agora.service-calls")
public record ServiceCallProperties(
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("200") int maxConnections,
        @DefaultValue("100") int maxConnectionsPerService,
        @DefaultValue("1s") Duration validateAfterInactivity,
        @DefaultValue("20s") Duration idleTimeout,
        @DefaultValue("1") int retries) {

    /** The settings when nothing is configured: the defaults above, for clients outside a Spring application. */
    public static ServiceCallProperties defaults() {
        return new Binder().bindOrCreate("agora.service-calls", ServiceCallProperties.class);
    }
}
