package dev.agora.launcher.aot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.launcher.AgoraHome;
import dev.agora.launcher.catalog.AgoraService;
import dev.agora.launcher.catalog.ServiceCatalog;
import dev.agora.launcher.identity.Identities;
import dev.agora.launcher.infrastructure.InfrastructureSettings;
import dev.agora.launcher.process.ServiceEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCachesTest {

    /** Stands in for java: "extract" copies the jar to the destination, a training run touches the cache file. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            echo "$@" >> "$(dirname "$0")/calls"
            if [ "$4" = extract ]; then mkdir -p "$6" && cp "$3" "$6/"; exit 0; fi
            for arg in "$@"; do
              case "$arg" in -XX:AOTCacheOutput=*) touch "${arg#-XX:AOTCacheOutput=}" ;; esac
            done
            """;

    @TempDir
    Path root;

    private final AgoraService product =
            new AgoraService("product", "services/product", "services/product/target/agora-product.jar", 8102, "");
    private final StringWriter printed = new StringWriter();
    private final PrintWriter out = new PrintWriter(printed, true);
    private AgoraHome home;
    private ServiceEnvironment environment;

    @BeforeEach
    void builtJar() throws IOException {
        home = new AgoraHome(root);
        Path jar = root.resolve(product.jar());
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "jar");
        environment = new ServiceEnvironment(
                InfrastructureSettings.fromEnvironment(Map.of()),
                Identities.under(root, ServiceCatalog.standard(), Map.of()),
                Map.of());
    }

    @Test
    void trainedCacheIsUsedWithTheExtractedJarOfTheSameName() throws Exception {
        var caches = new AotCaches(home, fakeJava(), environment);
        assertThat(caches.usableFor(product)).isEmpty();

        caches.ensureFresh(List.of(product), out);

        var cache = caches.usableFor(product).orElseThrow();
        assertThat(cache.jar()).isEqualTo(root.resolve(".agora/aot/product/app/agora-product.jar"));
        assertThat(cache.jvmArgument()).isEqualTo("-XX:AOTCache=" + root.resolve(".agora/aot/product/app.aot"));
        assertThat(Files.readString(root.resolve("bin/calls")))
                .contains("-XX:AOTCacheOutput=" + cache.file(), "-Dspring.context.exit=onRefresh", "-XX:+UseSerialGC");
        assertThat(printed.toString()).contains("product", "ready");
    }

    @Test
    void cacheIsMadeAgainOnlyWhenTheJarChanged() throws Exception {
        var caches = new AotCaches(home, fakeJava(), environment);
        caches.ensureFresh(List.of(product), out);
        printed.getBuffer().setLength(0);

        caches.ensureFresh(List.of(product), out);
        assertThat(printed.toString()).isEmpty();

        Files.setLastModifiedTime(
                root.resolve(product.jar()), FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(caches.usableFor(product)).isEmpty();
        caches.ensureFresh(List.of(product), out);
        assertThat(caches.usableFor(product)).isPresent();
    }

    @Test
    void otherJvmArgumentsNeedAnotherCache() throws Exception {
        new AotCaches(home, fakeJava(), environment).ensureFresh(List.of(product), out);
        var withBiggerHeap = new ServiceEnvironment(
                InfrastructureSettings.fromEnvironment(Map.of()),
                Identities.under(root, ServiceCatalog.standard(), Map.of()),
                Map.of("AGORA_JVM_ARGS", "-Xmx1g"));

        assertThat(new AotCaches(home, fakeJava(), withBiggerHeap).usableFor(product))
                .isEmpty();
    }

    @Test
    void failedTrainingIsAWarningAndTheServiceStartsWithoutACache() throws Exception {
        var caches = new AotCaches(home, Path.of("/bin/false"), environment);

        caches.ensureFresh(List.of(product), out);

        assertThat(caches.usableFor(product)).isEmpty();
        assertThat(printed.toString())
                .contains("warning: product starts without an AOT cache: extracting the jar exited with 1")
                .contains(".agora/aot/product/training.log");
    }

    private Path fakeJava() throws IOException {
        Path java = root.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        return java;
    }
}
