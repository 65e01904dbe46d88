package dev.agora.launcher.infrastructure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Whether something accepts TCP connections on a port. */
public final class TcpProbe {

    static final int TIMEOUT_MILLIS = 1000;

    private TcpProbe() {}

    public static boolean accepts(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
