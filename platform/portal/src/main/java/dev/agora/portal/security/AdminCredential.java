package dev.agora.portal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's login. No default password: {@code ./agora up} creates one in the platform's data folder and hands
 * it over as AGORA_ADMIN_PASSWORD; other environments configure {@code agora.portal.admin.password}.
 */
@ConfigurationProperties("agora.portal.admin")
record AdminCredential(String user, String password) {

    AdminCredential {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("agora.portal.admin.user must not be blank");
        }
        if (password == null || password.isBlank()) {
            throw new IllegalArgumentException("agora.portal.admin.password is not set: ./agora up creates one in"
                    + " .agora/admin-credential; elsewhere set AGORA_ADMIN_PASSWORD");
        }
    }
}
