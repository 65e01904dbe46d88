package dev.agora.shop.e2e.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The cases for an operation, made from its OpenAPI description only: the documented request first, then at most
 * {@code maxPerOperation - 1} of the hostile ones below, chosen by the seed, and a few of them again without a
 * token. The same seed and document give the same cases, in the same order.
 */
public final class FuzzCases {

    /** How many of an operation's cases are sent again without the token. */
    static final int WITHOUT_TOKEN = 3;

    private final long seed;
    private final int maxPerOperation;

    public FuzzCases(long seed, int maxPerOperation) {
        this.seed = seed;
        this.maxPerOperation = maxPerOperation;
    }

    public List<FuzzCase> of(ApiOperation operation) {
        // one generator per operation: an operation's cases do not change when others are added
        var random = new Random(seed ^ operation.name().hashCode());
        var samples = new SchemaSamples(random);
        var documented = RequestShape.documented(operation, samples);
        var hostile = new ArrayList<FuzzCase>();
        hostile.addAll(new ParameterCases(samples).of(documented));
        hostile.addAll(new BodyCases().of(documented));
        hostile.addAll(new HeaderCases().of(documented));
        var cases = new ArrayList<FuzzCase>();
        cases.add(documented.as("as documented"));
        cases.addAll(pick(hostile, maxPerOperation - 1, random));
        var withoutToken = pick(cases.subList(1, cases.size()), WITHOUT_TOKEN - 1, random);
        cases.add(cases.getFirst().withoutToken());
        withoutToken.forEach(each -> cases.add(each.withoutToken()));
        return cases;
    }

    /** At most {@code count} of the cases, chosen at random, in their order. */
    private static List<FuzzCase> pick(List<FuzzCase> cases, int count, Random random) {
        if (cases.size() <= count) return List.copyOf(cases);
        var indices = new ArrayList<>(IntStream.range(0, cases.size()).boxed().toList());
        Collections.shuffle(indices, random);
        return indices.subList(0, count).stream()
                .sorted(Comparator.naturalOrder())
                .map(cases::get)
                .toList();
    }
}
