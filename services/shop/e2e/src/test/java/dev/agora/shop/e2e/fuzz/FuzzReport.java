package dev.agora.shop.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the cases got: status counts per operation, and every answer that breaks the rules: a 5xx, or a 4xx that
 * is not a problem ({@code application/problem+json}, parseable, its {@code status} the response's).
 */
final class FuzzReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Map<String, Integer>> statuses = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    void record(FuzzCase fuzz, FuzzClient.Answer answer) {
        count(fuzz, Integer.toString(answer.status()));
        var broken = broken(answer);
        if (broken != null) {
            failures.add(broken + ": " + fuzz.describe() + " → " + excerpt(answer.body()));
        }
    }

    /** A case that could not be sent at all counts against the test: the generator made something unsendable. */
    void unsent(FuzzCase fuzz, RuntimeException why) {
        count(fuzz, "unsent");
        failures.add("not sent (" + why + "): " + fuzz.describe());
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    int cases() {
        return statuses.values().stream()
                .flatMap(counts -> counts.values().stream())
                .mapToInt(Integer::intValue)
                .sum();
    }

    String table() {
        var width = statuses.keySet().stream().mapToInt(String::length).max().orElse(9);
        var table = new StringBuilder();
        table.append(("%-" + width + "s  %5s  %s%n").formatted("operation", "cases", "statuses"));
        statuses.forEach((operation, counts) -> table.append(("%-" + width + "s  %5d  %s%n")
                .formatted(
                        operation,
                        counts.values().stream().mapToInt(Integer::intValue).sum(),
                        counts.entrySet().stream()
                                .map(count -> count.getKey() + "×" + count.getValue())
                                .collect(Collectors.joining(" ")))));
        return table.toString();
    }

    private void count(FuzzCase fuzz, String status) {
        statuses.computeIfAbsent(fuzz.operation().name(), name -> new TreeMap<>())
                .merge(status, 1, Integer::sum);
    }

    /** Why the answer breaks the rules, or null when it keeps them. */
    static String broken(FuzzClient.Answer answer) {
        if (answer.status() >= 500) return "a " + answer.status();
        if (answer.status() < 400) return null;
        var type = answer.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            return "a " + answer.status() + " of Content-Type " + type;
        }
        try {
            var problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != answer.status()) {
                return "a " + answer.status() + " whose problem says status " + problem.path("status");
            }
            return null;
        } catch (JacksonException unparseable) {
            return "a " + answer.status() + " whose problem is not JSON";
        }
    }

    private static String excerpt(byte[] body) {
        var text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
