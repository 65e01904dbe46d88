package dev.agora.bench.messaging;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The runs of a benchmark, read by side and scenario. Comparisons use medians, because single runs on a noisy
 * two-core machine swing by ±15%.
 */
final class Medians {

    private final List<RunResult> results;

    Medians(List<RunResult> results) {
        this.results = List.copyOf(results);
    }

    static double median(double... values) {
        if (values.length == 0) return Double.NaN;
        var sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    double of(Side side, Scenario scenario, ToDoubleFunction<RunResult> figure) {
        return median(runs(side, scenario).stream().mapToDouble(figure).toArray());
    }

    List<RunResult> runs(Side side, Scenario scenario) {
        return results.stream()
                .filter(r -> r.side() == side && r.scenario() == scenario)
                .toList();
    }

    boolean ran(Side side) {
        return results.stream().anyMatch(r -> r.side() == side);
    }

    /** Agora's median over another side's, for one figure. */
    double ratio(Side other, Scenario scenario, ToDoubleFunction<RunResult> figure) {
        return of(Side.AGORA, scenario, figure) / of(other, scenario, figure);
    }
}
