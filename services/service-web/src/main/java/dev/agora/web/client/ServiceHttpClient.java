package dev.agora.web.client;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.List;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** The Apache HttpClient every call from one service to another goes through. */
public final class ServiceHttpClient {

    private ServiceHttpClient() {}

    /** A client of its own, to be closed by the caller; a Spring service gets the shared one instead. */
    public static CloseableHttpClient create(ServiceCallProperties settings) {
        var connectTimeout = Timeout.of(settings.connectTimeout());
        var responseTimeout = Timeout.of(settings.responseTimeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerService())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(responseTimeout)
                        .setValidateAfterInactivity(TimeValue.of(settings.validateAfterInactivity()))
                        .build())
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        // waiting for a pooled connection is part of getting one
                        .setConnectionRequestTimeout(connectTimeout)
                        .setResponseTimeout(responseTimeout)
                        .build())
                .evictIdleConnections(TimeValue.of(settings.idleTimeout()))
                .evictExpiredConnections()
                .setRetryStrategy(new BrokenConnectionRetries(settings.retries()))
                .build();
    }

    /**
     * HttpClient's own retry of idempotent methods, for a connection that broke off before any answer came: not
     * for timeouts (the service may still be at work) nor refused connections (it is down), and never for an
     * answer, whatever its status: what to do with a 503 is the caller's decision.
     */
    private static final class BrokenConnectionRetries extends DefaultHttpRequestRetryStrategy {

        BrokenConnectionRetries(int retries) {
            super(
                    retries,
                    TimeValue.ZERO_MILLISECONDS,
                    List.of(
                            InterruptedIOException.class,
                            UnknownHostException.class,
                            ConnectException.class,
                            NoRouteToHostException.class,
                            SSLException.class),
                    List.of());
        }
    }
}
