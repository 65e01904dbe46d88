package dev.agora.auth.keys;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.UUID;

/** An RSA key pair as stored: the public key as X.509 and the private key as PKCS #8, both DER. */
record StoredKey(String keyId, String algorithm, byte[] publicKey, byte[] privateKey) {

    static final String RSA = "RSA";
    private static final int RSA_BITS = 2048;

    static StoredKey generate() {
        try {
            var generator = KeyPairGenerator.getInstance(RSA);
            generator.initialize(RSA_BITS);
            var pair = generator.generateKeyPair();
            return new StoredKey(
                    UUID.randomUUID().toString(),
                    RSA,
                    pair.getPublic().getEncoded(),
                    pair.getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    /** The key as a JWK whose id is the stored one, so tokens name the key they were signed with. */
    RSAKey asJwk() {
        if (!RSA.equals(algorithm)) {
            throw new IllegalStateException("signing key " + keyId + " is " + algorithm + ", not RSA");
        }
        try {
            var factory = KeyFactory.getInstance(RSA);
            var publicPart = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey));
            var privatePart = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            return new RSAKey.Builder(publicPart)
                    .privateKey(privatePart)
                    .keyID(keyId)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + keyId + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "StoredKey[keyId=" + keyId + ", algorithm=" + algorithm + "]"; // never the private key in a log
    }
}
