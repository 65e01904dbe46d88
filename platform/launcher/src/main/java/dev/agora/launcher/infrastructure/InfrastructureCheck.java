package dev.agora.launcher.infrastructure;

/** Checks that one server the services need is reachable. */
@FunctionalInterface
public interface InfrastructureCheck {

    CheckResult check();
}
