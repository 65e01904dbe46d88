package dev.agora.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StoredKeyTest {

    @Test
    void aStoredKeyReadsBackAsTheSameKeyPair() throws Exception {
        StoredKey made = StoredKey.generate();

        var jwk = new StoredKey(made.keyId(), made.algorithm(), made.publicKey(), made.privateKey()).asJwk();

        assertThat(jwk.getKeyID()).isEqualTo(made.keyId());
        assertThat(jwk.isPrivate()).isTrue();
        assertThat(jwk.toRSAPublicKey().getEncoded()).isEqualTo(made.publicKey());
        assertThat(jwk.toRSAPublicKey().getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void aKeyOfAnotherAlgorithmIsRefused() {
        StoredKey made = StoredKey.generate();

        assertThatThrownBy(() -> new StoredKey("k", "EC", made.publicKey(), made.privateKey()).asJwk())
                .hasMessageContaining("signing key k is EC, not RSA");
    }

    @Test
    void thePrivateKeyNeverShowsInToString() {
        assertThat(StoredKey.generate().toString()).doesNotContain("private").startsWith("StoredKey[keyId=");
    }
}
