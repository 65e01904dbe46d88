package dev.agora.web;

import org.apache.catalina.startup.Tomcat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP conventions of every servlet service that has this library: every error a problem, strict JSON
 * bodies, storable text only, a limit on the size of request bodies, and the launcher's restarts in the actuator's
 * {@code info}.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AgoraWebProperties.class)
public class AgoraWebAutoConfiguration {

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** After Boot's own, which it replaces for request and response bodies (clients keep Boot's mapper). */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    ServerHttpMessageConvertersCustomizer agoraApiJsonConverter(
            ObjectProvider<JsonMapperBuilderCustomizer> jacksonCustomizers) {
        var converter = new JacksonJsonHttpMessageConverter(ApiJsonMapper.of(jacksonCustomizers.orderedStream()));
        return converters -> converters.withJsonConverter(converter);
    }

    @Bean
    @ConditionalOnClass(InfoContributor.class)
    InfoContributor agoraRestartInfo(Environment environment) {
        return new RestartInfoContributor(environment);
    }

    @Bean
    WebMvcConfigurer agoraStorableParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new StorableParameters());
            }
        };
    }

    /** Before any filter that could read the body (Spring's form filter, security). */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> agoraRequestBodyLimit(AgoraWebProperties properties) {
        var registration = new FilterRegistrationBean<>(
                new RequestBodyLimit(properties.maxRequestBody().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Right after the body limit: before any filter or handler negotiates content. */
    @Bean
    FilterRegistrationBean<MediaTypeHeaders> agoraMediaTypeHeaders() {
        var registration = new FilterRegistrationBean<>(new MediaTypeHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatConfiguration {

        @Bean
        TomcatCustomizer agoraTomcatCustomizer(AgoraWebProperties properties) {
            return new TomcatCustomizer(properties.maxRequestBody().toBytes());
        }
    }
}
