package dev.agora.launcher.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends PING and expects +PONG, which also catches a Redis that wants a password. */
public final class RedisCheck implements InfrastructureCheck {

    static final String START_COMMAND =
            "redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no";

    private final InfrastructureSettings settings;

    public RedisCheck(InfrastructureSettings settings) {
        this.settings = settings;
    }

    @Override
    public CheckResult check() {
        String address = settings.redisHost() + ":" + settings.redisPort();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(settings.redisHost(), settings.redisPort()), TcpProbe.TIMEOUT_MILLIS);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String reply = reader.readLine();
            if ("+PONG".equals(reply)) {
                return CheckResult.ok("Redis", address);
            }
            return CheckResult.failed("Redis", address + " answered '" + reply + "' to PING instead of +PONG");
        } catch (IOException e) {
            return CheckResult.failed("Redis", "nothing answers on " + address, START_COMMAND);
        }
    }
}
