package dev.agora.launcher.admin;

import dev.agora.launcher.LauncherException;
import dev.agora.launcher.PrivateFiles;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The first operator's login, which the authorization server makes its operator account (and the portal, until it
 * signs people in there, its console login): created once with a random password in a file only its owner can read, reused on
 * later runs. AGORA_ADMIN_USER and AGORA_ADMIN_PASSWORD from the environment win; with the password set there the
 * file is neither read nor written.
 */
public final class AdminCredentials {

    public static final String USER_VARIABLE = "AGORA_ADMIN_USER";
    public static final String PASSWORD_VARIABLE = "AGORA_ADMIN_PASSWORD";
    static final String DEFAULT_USER = "admin";
    private static final int PASSWORD_BYTES = 18; // 144 bits, 24 characters in URL-safe Base64

    private final Path file;
    private final Map<String, String> env;
    private final SecureRandom random;
    private AdminCredential current;

    public AdminCredentials(Path file, Map<String, String> env, SecureRandom random) {
        this.file = file;
        this.env = Map.copyOf(env);
        this.random = random;
    }

    /** Resolved on first use, so commands that start no service never create the file. */
    public synchronized AdminCredential current() {
        if (current == null) {
            current = resolve();
        }
        return current;
    }

    private AdminCredential resolve() {
        Optional<String> user = fromEnvironment(USER_VARIABLE);
        Optional<String> password = fromEnvironment(PASSWORD_VARIABLE);
        if (password.isPresent()) {
            return new AdminCredential(user.orElse(DEFAULT_USER), password.get(), Optional.empty());
        }
        Properties stored = Files.exists(file) ? read() : create();
        return new AdminCredential(
                user.orElse(stored.getProperty("user")), stored.getProperty("password"), Optional.of(file));
    }

    private Optional<String> fromEnvironment(String variable) {
        return Optional.ofNullable(env.get(variable)).filter(value -> !value.isBlank());
    }

    private Properties read() {
        var stored = new Properties();
        try {
            stored.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new LauncherException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (isBlank(stored.getProperty("user")) || isBlank(stored.getProperty("password"))) {
            throw new LauncherException(
                    file + " lacks a user or password line: delete it and a new credential is created");
        }
        return stored;
    }

    private Properties create() {
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        var stored = new Properties();
        stored.setProperty("user", DEFAULT_USER);
        stored.setProperty("password", password);
        String content = "# the first operator's login for ./agora up; delete this file for a new password\n" + "user="
                + DEFAULT_USER + "\npassword=" + password + "\n";
        PrivateFiles.write(file, content);
        return stored;
    }

    private byte[] randomBytes() {
        var bytes = new byte[PASSWORD_BYTES];
        random.nextBytes(bytes);
        return bytes;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
