package dev.agora.launcher.infrastructure;

import java.util.List;

/** The outcome of checking one server; when it failed, the commands that fix it. */
public record CheckResult(String server, boolean ok, String detail, List<String> remedies) {

    public static CheckResult ok(String server, String detail) {
        return new CheckResult(server, true, detail, List.of());
    }

    public static CheckResult failed(String server, String detail, String... remedies) {
        return new CheckResult(server, false, detail, List.of(remedies));
    }
}
