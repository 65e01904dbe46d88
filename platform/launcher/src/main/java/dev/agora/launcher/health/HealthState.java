package dev.agora.launcher.health;

/** What a service's actuator says, or that nothing answered. */
public enum HealthState {
    UP("UP"),
    DOWN("DOWN"),
    UNREACHABLE("unreachable");

    private final String label;

    HealthState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
