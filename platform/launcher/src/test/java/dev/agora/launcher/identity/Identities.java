package dev.agora.launcher.identity;

import dev.agora.launcher.admin.AdminCredentials;
import dev.agora.launcher.catalog.ServiceCatalog;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;

/** A platform identity whose files live under a test's own folder. */
public final class Identities {

    private Identities() {}

    public static PlatformIdentity under(Path root, ServiceCatalog catalog, Map<String, String> env) {
        return new PlatformIdentity(
                catalog,
                new ClientSecrets(root.resolve(".agora/client-secrets"), new SecureRandom()),
                new AdminCredentials(root.resolve(".agora/admin-credential"), env, new SecureRandom()),
                env);
    }
}
