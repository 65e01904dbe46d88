package dev.agora.launcher.infrastructure;

import dev.agora.launcher.LauncherException;

/** One {@code host[:port]} of an address list; an IPv6 host is written in brackets, {@code [::1]:5672}. */
public record HostAndPort(String host, int port) {

    /** {@code variable} names the setting in error messages. */
    static HostAndPort parse(String text, int defaultPort, String variable) {
        String address = text.trim();
        int colon = address.lastIndexOf(':');
        boolean hasPort = colon > address.lastIndexOf(']');
        String host = hasPort ? address.substring(0, colon) : address;
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new LauncherException(variable + " has an address without a host: '" + text + "'");
        }
        int port = hasPort ? Ports.parse(address.substring(colon + 1), variable) : defaultPort;
        return new HostAndPort(host, port);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
