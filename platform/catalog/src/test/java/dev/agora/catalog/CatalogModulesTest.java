package dev.agora.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue against the repository's modules: none missing on either side. */
class CatalogModulesTest {

    /** Surefire runs in this module's folder, platform/catalog. */
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private final Catalog catalog = Catalog.standard();

    @Test
    void everyServiceModuleIsInTheCatalogue() throws IOException {
        assertThat(serviceModules())
                .isNotEmpty()
                .allSatisfy(module -> assertThat(catalog.services())
                        .as("the catalogue (" + Catalog.RESOURCE + ") has an entry for the service module " + module)
                        .anySatisfy(s -> assertThat(s.module()).isEqualTo(module)));
    }

    @Test
    void everyCatalogueEntryNamesAModuleOfTheBuildThatMakesItsJar() throws IOException {
        for (var service : catalog.services()) {
            var pom = ROOT.resolve(service.module()).resolve("pom.xml");
            assertThat(pom).as("the module of " + service.name()).exists();
            assertThat(Files.readString(pom))
                    .as(service.module() + " builds " + service.jar())
                    .contains("<finalName>agora-" + service.name() + "</finalName>");
            var folder = ROOT.resolve(service.module());
            assertThat(Files.readString(folder.getParent().resolve("pom.xml")))
                    .as("the parent's module line for " + service.module())
                    .contains("<module>" + folder.getFileName() + "</module>");
        }
    }

    /** Modules under services/ and platform/ that make a Spring Boot application's jar (not the command-line tools). */
    private static Stream<String> serviceModulesIn(String top) throws IOException {
        try (var poms = Files.walk(ROOT.resolve(top))) {
            return poms
                    .filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .map(Path::getParent)
                    .filter(CatalogModulesTest::isServiceModule)
                    .map(dir -> ROOT.relativize(dir).toString())
                    .toList()
                    .stream();
        }
    }

    private static java.util.List<String> serviceModules() throws IOException {
        return Stream.concat(serviceModulesIn("services"), serviceModulesIn("platform"))
                .toList();
    }

    private static boolean isServiceModule(Path module) {
        try {
            var pom = Files.readString(module.resolve("pom.xml"));
            var sources = module.resolve("src/main/java");
            if (!pom.contains("spring-boot-maven-plugin")
                    || !pom.contains("<finalName>agora-")
                    || !Files.isDirectory(sources)) {
                return false;
            }
            try (var files = Files.walk(sources)) {
                return files.filter(f -> f.toString().endsWith(".java"))
                        .anyMatch(CatalogModulesTest::isBootApplication);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isBootApplication(Path source) {
        try {
            return Files.readString(source).contains("@SpringBootApplication");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
