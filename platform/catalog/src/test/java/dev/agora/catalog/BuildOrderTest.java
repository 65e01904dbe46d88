package dev.agora.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build-order-only dependencies, derived from the catalogue: a system's {@code services/<system>/jars} module
 * lists exactly the jars its harness runs, and every module that starts the harness depends on it.
 */
class BuildOrderTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    /** RunningShop.start or TestShop.start, in the shop's harness. */
    private static final Pattern SHOP_START = Pattern.compile("\\b(Running|Test)Shop\\.start\\(");

    private static final Pattern DEPENDENCY = Pattern.compile("<artifactId>(agora-[^<]+)</artifactId>");

    private final Catalog catalog = Catalog.standard();

    @Test
    void theShopsJarsModuleListsWhatItsHarnessRuns() {
        var harness = catalog.harness("shop").stream()
                .map(service -> artifactId(ROOT.resolve(service.module())))
                .toList();

        assertThat(dependencies(ROOT.resolve("services/shop/jars")))
                .as("services/shop/jars/pom.xml against the catalogue's harness of the shop")
                .containsExactlyInAnyOrderElementsOf(harness);
    }

    @Test
    void everyModuleThatStartsTheShopIsBuiltAfterItsJars() throws IOException {
        try (var sources = Files.walk(ROOT)) {
            var starters = sources.filter(f -> f.toString().endsWith(".java"))
                    .filter(f ->
                            !f.toString().contains("/target/") && !f.toString().contains("/."))
                    .filter(BuildOrderTest::startsTheShop)
                    .map(BuildOrderTest::moduleOf)
                    .filter(module -> !module.endsWith("services/shop/testing") && !module.endsWith("platform/catalog"))
                    .distinct()
                    .toList();

            assertThat(starters)
                    .isNotEmpty()
                    .allSatisfy(module -> assertThat(dependencies(module))
                            .as(ROOT.relativize(module) + " starts a RunningShop, so it depends on agora-shop-jars")
                            .contains("agora-shop-jars"));
        }
    }

    private static boolean startsTheShop(Path source) {
        return SHOP_START.matcher(read(source)).find();
    }

    private static Path moduleOf(Path source) {
        var dir = source.getParent();
        while (!Files.exists(dir.resolve("pom.xml"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    /** The module's own artifactId: the first one after its parent's. */
    private static String artifactId(Path module) {
        var pom = read(module.resolve("pom.xml"));
        var matcher = DEPENDENCY.matcher(pom.substring(pom.indexOf("</parent>")));
        assertThat(matcher.find()).as(module + " has an artifactId").isTrue();
        return matcher.group(1);
    }

    private static List<String> dependencies(Path module) {
        var pom = read(module.resolve("pom.xml"));
        var section = pom.substring(pom.indexOf("<dependencies>"), pom.lastIndexOf("</dependencies>"));
        return DEPENDENCY.matcher(section).results().map(m -> m.group(1)).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
