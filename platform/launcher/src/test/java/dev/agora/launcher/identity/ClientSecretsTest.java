package dev.agora.launcher.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientSecretsTest {

    @TempDir
    Path root;

    private Path file() {
        return root.resolve(".agora/client-secrets");
    }

    private ClientSecrets secrets() {
        return new ClientSecrets(file(), new SecureRandom());
    }

    @Test
    void firstUseMakesARandomSecretPerClientInAFileOnlyTheOwnerCanRead() throws IOException {
        var made = secrets().ensureFor(List.of("order", "portal", "agora-cli"));

        assertThat(made.keySet()).containsExactly("order", "portal", "agora-cli");
        assertThat(made.values()).allMatch(secret -> secret.matches("[A-Za-z0-9_-]{43}"));
        assertThat(new HashSet<>(made.values())).hasSize(3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
                .isEqualTo("rw-------");
        assertThat(Files.readString(file())).contains("order=" + made.get("order") + "\n");
        assertThat(Files.list(file().getParent())).containsExactly(file()); // no temporary file left behind
    }

    @Test
    void laterRunsReuseTheSecrets() {
        var first = secrets().ensureFor(List.of("order", "portal"));

        assertThat(secrets().ensureFor(List.of("order", "portal"))).isEqualTo(first);
        assertThat(secrets().stored("order")).hasValue(first.get("order"));
    }

    @Test
    void aNewClientGetsASecretAndTheOthersKeepTheirs() {
        var first = secrets().ensureFor(List.of("order"));

        var second = secrets().ensureFor(List.of("order", "user"));

        assertThat(second).containsEntry("order", first.get("order")).containsKey("user");
        assertThat(secrets().stored("user")).hasValue(second.get("user"));
    }

    @Test
    void onlyTheAskedForSecretsAreHandedOut() {
        secrets().ensureFor(List.of("order", "portal"));

        assertThat(secrets().ensureFor(List.of("portal"))).containsOnlyKeys("portal");
    }

    @Test
    void readingMakesNothing() {
        assertThat(secrets().stored("agora-cli")).isEmpty();
        assertThat(file()).doesNotExist();
    }

    @Test
    void anEmptySecretIsReportedWithTheRemedy() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "order=\n");

        assertThatThrownBy(() -> secrets().ensureFor(List.of("order")))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("has no secret for order: delete the file");
    }
}
