package dev.agora.messaging;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Severity of an entry in an envelope's error history, as in the seed's message schema. */
public enum ErrorType {
    DEBUG,
    INFO,
    WARNING,
    SOFTERROR,
    HARDERROR;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
