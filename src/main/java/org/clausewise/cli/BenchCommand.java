package org.clausewise.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench [parse|compare|export|history|search]}: prints speed figures measured on the bundled
 * corpus. With no argument, runs them all. Each benchmark warms up before it measures.
 */
final class BenchCommand implements Command {
    private static Map<String, Command> benches() {
        Map<String, Command> m = new LinkedHashMap<>();
        m.put("parse", new ParseBench());
        m.put("compare", new CompareBench());
        m.put("export", new ExportBench());
        m.put("history", new HistoryBench());
        m.put("search", new SearchBench());
        return m;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, Command> benches = benches();
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        if (!args.isEmpty() && !args.get(0).startsWith("-")) {
            Command bench = benches.get(args.get(0));
            if (bench == null) {
                throw new UsageException("unknown benchmark '" + args.get(0) + "'; choose one of " + benches.keySet());
            }
            return bench.run(rest, out, err);
        }
        int worst = 0;
        for (Command bench : benches.values()) {
            worst = Math.max(worst, bench.run(args, out, err));
        }
        return worst;
    }
}
