package org.clausewise.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.clausewise.corpus.AppDirs;
import org.clausewise.ingest.NotAResolutionException;
import org.clausewise.ingest.ResolutionParser;

/**
 * {@code bench parse [--mb N]}: parse throughput over the bundled corpus, every text parsed over
 * and over until at least N MB (default 20) of text went through. Warms up first so the JIT has
 * compiled the parser, then prints MB/s for three measured rounds and their best.
 */
final class ParseBench implements Command {
    private static final int ROUNDS = 3;

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, IOException {
        double targetMb = 20;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--mb") && i + 1 < args.size()) {
                try {
                    targetMb = Double.parseDouble(args.get(++i));
                } catch (NumberFormatException e) {
                    throw new UsageException("bench parse: --mb needs a number, got '" + args.get(i) + "'");
                }
            } else {
                throw new UsageException("bench parse: unknown argument '" + args.get(i) + "'; usage: bench parse [--mb N]");
            }
        }
        Path dir = AppDirs.bundledCorpus();
        if (dir == null) {
            throw new UsageException("bench parse: no corpus folder found (run from the project folder)");
        }
        List<String> texts = new ArrayList<>();
        long corpusBytes = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String t = Files.readString(p, StandardCharsets.UTF_8);
                texts.add(t);
                corpusBytes += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        if (texts.isEmpty()) {
            throw new UsageException("bench parse: no .txt texts in " + dir);
        }
        long target = (long) (targetMb * 1024 * 1024);
        int repeats = (int) Math.max(1, (target + corpusBytes - 1) / corpusBytes);
        ResolutionParser parser = new ResolutionParser();
        out.printf(Locale.ROOT, "bench parse: %d texts, %.1f KB, repeated %d times = %.1f MB per round%n",
                texts.size(), corpusBytes / 1024.0, repeats, repeats * corpusBytes / 1024.0 / 1024.0);
        runRound(parser, texts, Math.max(1, repeats / 2));
        double best = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            int clauses = runRound(parser, texts, repeats);
            double seconds = (System.nanoTime() - start) / 1e9;
            double mbs = repeats * corpusBytes / 1024.0 / 1024.0 / seconds;
            best = Math.max(best, mbs);
            out.printf(Locale.ROOT, "  round %d: %.2f s, %.1f MB/s (%d clauses)%n", round, seconds, mbs, clauses);
        }
        out.printf(Locale.ROOT, "bench parse: best %.1f MB/s (target 50 MB/s)%n", best);
        return 0;
    }

    private static int runRound(ResolutionParser parser, List<String> texts, int repeats) throws UsageException {
        int clauses = 0;
        for (int r = 0; r < repeats; r++) {
            for (String t : texts) {
                try {
                    var res = parser.parse(t, "bench");
                    clauses += res.preamble().size() + res.operative().size();
                } catch (NotAResolutionException e) {
                    throw new UsageException("bench parse: " + e.getMessage());
                }
            }
        }
        return clauses;
    }
}
