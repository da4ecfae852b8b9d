package org.clausewise.cli.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one fuzzing run, as {@code bench fuzz} prints them. */
public record FuzzReport(long inputs, double seconds, Map<FuzzTarget, Long> perTarget,
                         Map<Fuzzer.Result, Long> perResult, List<Fuzzer.Finding> findings, double worstMsPer10Kb) {

    /** Two runs side by side (two threads) as one: counts added, wall time the longer of the two. */
    public FuzzReport plus(FuzzReport other) {
        Map<FuzzTarget, Long> targets = new java.util.EnumMap<>(FuzzTarget.class);
        Map<Fuzzer.Result, Long> results = new java.util.EnumMap<>(Fuzzer.Result.class);
        for (FuzzReport r : List.of(this, other)) {
            r.perTarget.forEach((k, v) -> targets.merge(k, v, Long::sum));
            r.perResult.forEach((k, v) -> results.merge(k, v, Long::sum));
        }
        List<Fuzzer.Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(other.findings);
        return new FuzzReport(inputs + other.inputs, Math.max(seconds, other.seconds), targets, results, all,
                Math.max(worstMsPer10Kb, other.worstMsPer10Kb));
    }

    public long crashes() {
        return findings.stream().filter(f -> f.kind().equals("crash")).count();
    }

    public long slow() {
        return findings.stream().filter(f -> f.kind().equals("slow")).count();
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "bench fuzz: %d inputs in %.1f s (%.0f inputs/s): parse %d, parse PDF %d, compare %d,"
                + " export %d%n", inputs, seconds, inputs / Math.max(seconds, 1e-9), count(FuzzTarget.PARSE),
                count(FuzzTarget.PARSE_PDF), count(FuzzTarget.COMPARE), count(FuzzTarget.EXPORT)));
        sb.append(String.format(Locale.ROOT, "bench fuzz: %d accepted, %d refused with a message, %d crashes, %d slow"
                        + " (over %.0f ms per 10 KB); slowest %.0f ms per 10 KB%n",
                perResult.getOrDefault(Fuzzer.Result.ACCEPTED, 0L), perResult.getOrDefault(Fuzzer.Result.REFUSED, 0L),
                crashes(), slow(), Fuzzer.MS_PER_10_KB, worstMsPer10Kb));
        return sb.toString();
    }

    private long count(FuzzTarget t) {
        return perTarget.getOrDefault(t, 0L);
    }
}
