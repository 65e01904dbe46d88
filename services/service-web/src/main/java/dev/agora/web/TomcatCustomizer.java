package dev.agora.web;

import org.apache.catalina.Context;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Tomcat the way every service needs it: its own error reports are problems ({@link ProblemReportValve} in place
 * of every other report valve, Boot's included, hence last in order), and form bodies it parses itself keep the
 * same size limit as every other body.
 */
final class TomcatCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final long maxRequestBody;

    TomcatCustomizer(long maxRequestBody) {
        this.maxRequestBody = maxRequestBody;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(TomcatCustomizer::reportProblems);
        factory.addConnectorCustomizers(
                connector -> connector.setMaxPostSize((int) Math.min(maxRequestBody, Integer.MAX_VALUE)));
    }

    private static void reportProblems(Context context) {
        if (context.getParent() instanceof StandardHost host) {
            var pipeline = host.getPipeline();
            for (var valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) pipeline.removeValve(valve);
            }
            host.setErrorReportValveClass(ProblemReportValve.class.getName());
            pipeline.addValve(new ProblemReportValve());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
