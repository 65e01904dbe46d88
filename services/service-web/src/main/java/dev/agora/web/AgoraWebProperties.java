package dev.agora.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code agora.web.*}: the limits every service's HTTP side keeps.
 *
 * @param maxRequestBody a larger request body is refused with 413 before it is read, or as soon as it is
 *     counted past the limit when its length is not declared
 */
@ConfigurationProperties("agora.web")
public record AgoraWebProperties(@DefaultValue("1MB") DataSize maxRequestBody) {

    public AgoraWebProperties {
        if (maxRequestBody.toBytes() < 1) {
            throw new IllegalArgumentException("agora.web.max-request-body must be positive, not " + maxRequestBody);
        }
    }
}
