package dev.agora.launcher.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCredentialsTest {

    @TempDir
    Path root;

    private Path file() {
        return root.resolve(".agora/admin-credential");
    }

    @Test
    void firstRunCreatesAdminWithARandomPasswordOnlyTheOwnerCanRead() throws IOException {
        AdminCredential admin = credentials(Map.of()).current();

        assertThat(admin.user()).isEqualTo("admin");
        assertThat(admin.password()).matches("[A-Za-z0-9_-]{24}");
        assertThat(admin.file()).hasValue(file());
        assertThat(Files.readString(file())).contains("user=admin\n", "password=" + admin.password() + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
                .isEqualTo("rw-------");
        assertThat(Files.list(file().getParent())).containsExactly(file()); // no temporary file left behind
    }

    @Test
    void laterRunsReuseTheStoredCredential() {
        AdminCredential first = credentials(Map.of()).current();

        AdminCredential second = credentials(Map.of()).current();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void twoRunsOnFreshMachinesGetDifferentPasswords() throws IOException {
        String first = credentials(Map.of()).current().password();
        Files.delete(file());

        assertThat(credentials(Map.of()).current().password()).isNotEqualTo(first);
    }

    @Test
    void environmentWinsAndNothingIsWritten() {
        AdminCredential admin = credentials(Map.of("AGORA_ADMIN_USER", "ops", "AGORA_ADMIN_PASSWORD", "s3cret"))
                .current();

        assertThat(admin).isEqualTo(new AdminCredential("ops", "s3cret", Optional.empty()));
        assertThat(file()).doesNotExist();
    }

    @Test
    void passwordFromTheEnvironmentAloneKeepsTheAdminUser() {
        AdminCredential admin =
                credentials(Map.of("AGORA_ADMIN_PASSWORD", "s3cret")).current();

        assertThat(admin.user()).isEqualTo("admin");
        assertThat(admin.password()).isEqualTo("s3cret");
        assertThat(file()).doesNotExist();
    }

    @Test
    void damagedFileIsReportedWithTheRemedy() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "user=admin\n");

        assertThatThrownBy(() -> credentials(Map.of()).current())
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("lacks a user or password line: delete it");
    }

    @Test
    void passwordNeverShowsInToString() {
        AdminCredential admin = credentials(Map.of()).current();

        assertThat(admin.toString()).doesNotContain(admin.password());
    }

    private AdminCredentials credentials(Map<String, String> env) {
        return new AdminCredentials(file(), env, new SecureRandom());
    }
}
