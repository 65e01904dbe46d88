package dev.agora.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads {@code agora/catalog.yml}: plain maps and lists through SnakeYAML's safe constructor, then checked. */
final class CatalogReader {

    private CatalogReader() {}

    static Catalog fromClassPath(String resource) {
        try (InputStream in = CatalogReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path (module agora-catalog)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static Catalog read(InputStream yaml) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        var systems = new ArrayList<CatalogSystem>();
        map(document, "systems").forEach((name, item) -> systems.add(system(name, item)));
        List<CatalogEntry> services =
                list(document, "services").stream().map(CatalogReader::entry).toList();
        return new Catalog(systems, services);
    }

    private static CatalogSystem system(String name, Object item) {
        @SuppressWarnings("unchecked")
        var fields = (Map<String, Object>) item;
        return new CatalogSystem(name, (Integer) required(fields, "ports"), strings(fields, "runs-with"));
    }

    private static CatalogEntry entry(Object item) {
        @SuppressWarnings("unchecked")
        var fields = (Map<String, Object>) item;
        var name = text(fields, "name");
        try {
            var local = new LinkedHashMap<String, String>();
            map(fields, "local").forEach((key, value) -> local.put(key, String.valueOf(value)));
            return new CatalogEntry(
                    name,
                    text(fields, "system"),
                    text(fields, "module"),
                    (Integer) required(fields, "port"),
                    text(fields, "description"),
                    strings(fields, "needs"),
                    strings(fields, "calls"),
                    Boolean.TRUE.equals(fields.get("client")),
                    local);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("service " + name + ": a field has the wrong type", e);
        }
    }

    private static String text(Map<String, Object> fields, String key) {
        return (String) required(fields, key);
    }

    private static Object required(Map<String, Object> fields, String key) {
        var value = fields.get(key);
        if (value == null) {
            throw new IllegalArgumentException("an entry in " + Catalog.RESOURCE + " has no " + key + ": " + fields);
        }
        return value;
    }

    private static List<String> strings(Map<String, Object> fields, String key) {
        return list(fields, key).stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> fields, String key) {
        var value = fields.get(key);
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> fields, String key) {
        var value = fields.get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
