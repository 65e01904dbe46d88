package dev.agora.auth.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first operator, from the configuration at every start: made if missing, given the configured password if it
 * changed. Without a password there is no operator to make, and the server says so. Done while the context starts,
 * before the server takes requests: once healthy, the operator can sign in.
 */
@Component
class OperatorAccount implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(OperatorAccount.class);

    /** {@code agora.auth.admin.*}: AGORA_ADMIN_USER and AGORA_ADMIN_PASSWORD, as {@code ./agora up} sets them. */
    @ConfigurationProperties("agora.auth.admin")
    record Settings(String user, String password) {

        @Override
        public String toString() {
            return "Settings[user=" + user + ", password=…]";
        }
    }

    private final Settings settings;
    private final AccountRepository repository;
    private final PasswordEncoder passwords;

    OperatorAccount(Settings settings, AccountRepository repository, PasswordEncoder passwords) {
        this.settings = settings;
        this.repository = repository;
        this.passwords = passwords;
    }

    @Override
    public void afterPropertiesSet() {
        if (settings.password() == null || settings.password().isEmpty()) {
            log.warn("No operator account: AGORA_ADMIN_PASSWORD is not set");
            return;
        }
        String username = Usernames.normalise(settings.user());
        if (username.isEmpty() || username.length() > Usernames.MAX_LENGTH) {
            throw new IllegalStateException("AGORA_ADMIN_USER must have 1 to " + Usernames.MAX_LENGTH + " characters");
        }
        if (!PasswordBounds.holdFor(settings.password())) {
            throw new IllegalStateException("AGORA_ADMIN_PASSWORD " + PasswordBounds.MESSAGE);
        }
        repository.upsertOperator(username, passwords.encode(settings.password()));
        log.info("Operator account {} is up to date", username);
    }
}
