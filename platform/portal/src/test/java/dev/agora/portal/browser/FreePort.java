package dev.agora.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A port for the portal chosen before it starts: the authorization server must know the portal's address (its
 * sign-in returns there) before the portal exists.
 */
final class FreePort {

    private FreePort() {}

    static int find() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
