package dev.agora.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the portal signs people in: at the authorization server {@code issuer} ({@code AGORA_AUTH_URL}) as client
 * {@code clientId} ({@code AGORA_CLIENT_ID}) with {@code clientSecret} ({@code AGORA_CLIENT_SECRET}).
 */
@ConfigurationProperties("agora.portal.sign-in")
record SignInSettings(String issuer, String clientId, String clientSecret) {

    SignInSettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("agora.portal.sign-in.issuer must not be blank (AGORA_AUTH_URL)");
        }
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("agora.portal.sign-in.client-id must not be blank (AGORA_CLIENT_ID)");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("agora.portal.sign-in.client-secret is not set: ./agora up hands the"
                    + " portal its secret from .agora/client-secrets; elsewhere set AGORA_CLIENT_SECRET");
        }
    }

    String endpoint(String path) {
        return issuer + path;
    }
}
