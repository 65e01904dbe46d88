package dev.agora.auth.clients;

import java.util.HashSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the configured clients at every start, before the server takes requests, so the configuration is what
 * holds: a changed scope or secret applies at the next start, and a client whose secret is not set, or that is no
 * longer configured, cannot get tokens.
 */
@Component
class ClientRegistrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ClientRegistrations.class);

    private final ConfiguredClients settings;
    private final Environment environment;
    private final RegisteredClientRepository registered;
    private final ClientRowRepository rows;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;

    ClientRegistrations(
            ConfiguredClients settings,
            Environment environment,
            RegisteredClientRepository registered,
            ClientRowRepository rows,
            PasswordEncoder passwords,
            TransactionTemplate transactions) {
        this.settings = settings;
        this.environment = environment;
        this.registered = registered;
        this.rows = rows;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    @Override
    public void afterPropertiesSet() {
        transactions.executeWithoutResult(status -> {
            rows.lock();
            var kept = new HashSet<String>();
            settings.clients().forEach((clientId, client) -> {
                String variable = ConfiguredClients.secretVariable(clientId);
                String secret = environment.getProperty(variable);
                if (secret == null || secret.isBlank()) {
                    log.warn("Client {} is not registered: {} is not set", clientId, variable);
                    return;
                }
                registered.save(RegisteredClients.of(
                        clientId, client, passwords.encode(secret), registered.findByClientId(clientId)));
                kept.add(clientId);
            });
            rows.deleteAllBut(kept).forEach(clientId -> log.info("Client {} removed: no longer configured", clientId));
            log.info("Registered clients: {}", kept.stream().sorted().toList());
        });
    }
}
