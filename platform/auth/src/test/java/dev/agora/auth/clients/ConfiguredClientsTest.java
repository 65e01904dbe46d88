package dev.agora.auth.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfiguredClientsTest {

    @Test
    void theSecretOfAClientIsInAVariableNamedAfterIt() {
        assertThat(ConfiguredClients.secretVariable("portal")).isEqualTo("AGORA_AUTH_CLIENTS_PORTAL_SECRET");
        assertThat(ConfiguredClients.secretVariable("agora-cli")).isEqualTo("AGORA_AUTH_CLIENTS_AGORA_CLI_SECRET");
    }

    @Test
    void aClientIdThatNoVariableCouldNameIsRefused() {
        var client = new ConfiguredClients.Client(
                Set.of("client_credentials"), Set.of("shop"), Set.of(), Set.of(), false, null);

        assertThatThrownBy(() -> new ConfiguredClients(Map.of("Agora_CLI", client)))
                .hasMessageContaining("agora.auth.clients.Agora_CLI: a client id is lower case letters");
    }
}
