package dev.agora.launcher.identity;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.PrivateFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every client's secret, made once with SecureRandom and kept in {@code .agora/client-secrets}, which only its owner
 * can read: the authorization server gets all of them and each client only its own. A client added later gets its
 * secret added; the others keep theirs.
 */
public final class ClientSecrets {

    private static final int SECRET_BYTES = 32; // 256 bits, 43 characters in URL-safe Base64

    private final Path file;
    private final SecureRandom random;

    public ClientSecrets(Path file, SecureRandom random) {
        this.file = file;
        this.random = random;
    }

    /** The secrets of these clients, made for those that have none yet. */
    public synchronized Map<String, String> ensureFor(Collection<String> clientIds) {
        Map<String, String> stored = Files.exists(file) ? read() : new TreeMap<>();
        var all = new TreeMap<>(stored);
        clientIds.forEach(clientId -> all.computeIfAbsent(clientId, id -> newSecret()));
        if (!all.equals(stored)) {
            PrivateFiles.write(file, content(all));
        }
        var wanted = new LinkedHashMap<String, String>();
        clientIds.forEach(clientId -> wanted.put(clientId, all.get(clientId)));
        return wanted;
    }

    /** The stored secret of this client, without making one: for commands that only use a running platform. */
    public synchronized Optional<String> stored(String clientId) {
        return Files.exists(file) ? Optional.ofNullable(read().get(clientId)) : Optional.empty();
    }

    public Path file() {
        return file;
    }

    private Map<String, String> read() {
        var properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new LauncherException("cannot read " + file + ": " + e.getMessage(), e);
        }
        var secrets = new TreeMap<String, String>();
        properties.stringPropertyNames().forEach(clientId -> {
            String secret = properties.getProperty(clientId);
            if (secret.isBlank()) {
                throw new LauncherException(
                        file + " has no secret for " + clientId + ": delete the file and new secrets are made");
            }
            secrets.put(clientId, secret);
        });
        return secrets;
    }

    private String content(Map<String, String> secrets) {
        var content = new StringBuilder(
                "# the OAuth2 clients' secrets for ./agora up; delete this file (and restart) for new ones\n");
        secrets.forEach((clientId, secret) ->
                content.append(clientId).append('=').append(secret).append('\n'));
        return content.toString();
    }

    private String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
