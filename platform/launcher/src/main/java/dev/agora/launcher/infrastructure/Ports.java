package dev.agora.launcher.infrastructure;

import dev.agora.launcher.LauncherException;

/** Reads a TCP port number from a setting, naming the setting when it is not one. */
final class Ports {

    private Ports() {}

    static int parse(String value, String variable) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LauncherException(variable + " must be a port number (1-65535), not '" + value + "'");
        }
    }
}
