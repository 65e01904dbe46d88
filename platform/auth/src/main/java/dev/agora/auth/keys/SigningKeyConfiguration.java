package dev.agora.auth.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signing key in use: the stored one, or a new one made and stored on the very first start. Tokens are signed
 * with it and {@code /oauth2/jwks} publishes its public half; a restart finds the same key, so tokens issued
 * before stay valid.
 */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyConfiguration.class);

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyRepository keys, TransactionTemplate transactions) {
        StoredKey key = transactions.execute(status -> {
            keys.lock();
            return keys.newest().orElseGet(() -> {
                StoredKey made = StoredKey.generate();
                keys.insert(made);
                log.info("Made signing key {}: the first start on this schema", made.keyId());
                return made;
            });
        });
        return new ImmutableJWKSet<>(new JWKSet(key.asJwk()));
    }
}
