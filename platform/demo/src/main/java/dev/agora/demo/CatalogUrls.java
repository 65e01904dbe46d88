package dev.agora.demo;

import dev.agora.catalog.Catalog;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The default of each {@code --<service>-url}: where the catalogue ({@code agora/catalog.yml}) runs the service. */
final class CatalogUrls implements IDefaultValueProvider {

    private static final String PREFIX = "--";
    private static final String SUFFIX = "-url";

    private final Catalog catalog = Catalog.standard();

    @Override
    public @Nullable String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        var name = option.longestName();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return null;
        }
        return catalog.find(name.substring(PREFIX.length(), name.length() - SUFFIX.length()))
                .map(service -> service.url())
                .orElse(null);
    }
}
