package dev.agora.launcher.admin;

import java.nio.file.Path;
import java.util.Optional;

/** The ops console's login; {@code file} is where the launcher keeps it, empty when it came from the environment. */
public record AdminCredential(String user, String password, Optional<Path> file) {

    @Override
    public String toString() {
        return "AdminCredential[user=" + user + ", password=…, file=" + file + "]"; // never the password in a log
    }
}
