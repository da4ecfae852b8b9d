package org.clausewise.cli.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.clausewise.ingest.InputException;

/**
 * Feeds mutated inputs to the targets and records what goes wrong: a crash (anything thrown
 * but the one-line refusal of bad input), or a slow input (over 1 s per 10 KB, confirmed by a
 * second run so that a garbage collection is not taken for one). Most inputs go to the parser,
 * one in ten to the comparison, one in a hundred to the PDF reader (given PDF seeds), one in two
 * hundred to the PDF export, which costs the most.
 * Each input runs on a worker thread, so an input that never ends is reported, not waited for;
 * time is that thread's CPU time, so a machine busy with other work does not make inputs "slow".
 */
public final class Fuzzer {
    /** The bound: no input may take more than one second per 10 KB. */
    static final double MS_PER_10_KB = 1000;
    /** Wall time after which an input is taken to hang (CPU time may lag far behind on a busy machine). */
    private static final long HANG_MS = 60_000;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    static final long PROGRESS_EVERY = 25_000;

    /** What one run of one input did. */
    enum Result { ACCEPTED, REFUSED, CRASHED, SLOW }

    private final Mutator mutator;
    /** Mutates PDF files for {@link FuzzTarget#PARSE_PDF}; null when there are no PDF seeds. */
    private final Mutator pdfMutator;
    private ExecutorService worker = newWorker();

    public Fuzzer(Mutator mutator) {
        this(mutator, null);
    }

    public Fuzzer(Mutator mutator, Mutator pdfMutator) {
        this.mutator = mutator;
        this.pdfMutator = pdfMutator;
    }

    /** The target of input number {@code i}: PDFs, slower to read, one in a hundred when there are PDF seeds. */
    FuzzTarget targetOf(long i) {
        if (pdfMutator != null && i % 100 == 49) {
            return FuzzTarget.PARSE_PDF;
        }
        return i % 200 == 199 ? FuzzTarget.EXPORT : i % 10 == 9 ? FuzzTarget.COMPARE : FuzzTarget.PARSE;
    }

    /** Runs {@code count} inputs; each finding is also passed to {@code onFinding} as it is found. */
    public FuzzReport run(long count, Consumer<Finding> onFinding) {
        return run(count, onFinding, done -> { });
    }

    /** As {@link #run(long, Consumer)}, telling {@code progress} every {@value #PROGRESS_EVERY} inputs how many are done. */
    public FuzzReport run(long count, Consumer<Finding> onFinding, java.util.function.LongConsumer progress) {
        warmUp();
        long start = System.nanoTime();
        Map<FuzzTarget, Long> perTarget = new EnumMap<>(FuzzTarget.class);
        Map<Result, Long> perResult = new EnumMap<>(Result.class);
        List<Finding> findings = new ArrayList<>();
        double worstMsPer10Kb = 0;
        try {
            for (long i = 0; i < count; i++) {
                FuzzTarget target = targetOf(i);
                byte[] input = target == FuzzTarget.PARSE ? mutator.next()
                        : target == FuzzTarget.PARSE_PDF ? pdfMutator.next() : mutator.nextPair();
                Outcome outcome = runOnce(target, input);
                if (outcome.result == Result.SLOW) {
                    outcome = runOnce(target, input); // confirm: the first run may have met a pause
                }
                perTarget.merge(target, 1L, Long::sum);
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress.accept(i + 1);
                }
                perResult.merge(outcome.result, 1L, Long::sum);
                worstMsPer10Kb = Math.max(worstMsPer10Kb, msPer10Kb(outcome.millis, input.length));
                if (outcome.result == Result.CRASHED || outcome.result == Result.SLOW) {
                    byte[] kept = outcome.result == Result.CRASHED ? minimize(target, input, outcome.what) : input;
                    Finding f = new Finding(target, outcome.result == Result.CRASHED ? "crash" : "slow", outcome.what,
                            kept, outcome.millis, input.length);
                    findings.add(f);
                    onFinding.accept(f);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new FuzzReport(count, (System.nanoTime() - start) / 1e9, perTarget, perResult, findings, worstMsPer10Kb);
    }

    /** The first runs load classes and fonts and run interpreted: not counted, as in the other benches. */
    private void warmUp() {
        for (int i = 0; i < 10; i++) {
            runOnce(FuzzTarget.PARSE, mutator.seed());
            runOnce(FuzzTarget.COMPARE, Pair.join(mutator.seed(), mutator.seed()));
            if (i % 3 == 0) {
                runOnce(FuzzTarget.EXPORT, Pair.join(mutator.seed(), mutator.seed()));
            }
        }
    }

    static double msPer10Kb(double millis, int bytes) {
        return millis * 10_240.0 / Math.max(bytes, 10_240);
    }

    /** What happened when {@code input} was run once on {@code target}. */
    record Outcome(Result result, String what, double millis) {
    }

    Outcome runOnce(FuzzTarget target, byte[] input) {
        long[] cpu = new long[1];
        Future<?> job = worker.submit(() -> {
            long start = CPU.getCurrentThreadCpuTime();
            try {
                target.run(input);
            } finally {
                cpu[0] = CPU.getCurrentThreadCpuTime() - start;
            }
            return null;
        });
        try {
            job.get(HANG_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the stuck thread cannot be stopped; leave it and go on with a fresh one
            job.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Outcome(Result.SLOW, "did not finish within " + HANG_MS / 1000 + " s", HANG_MS);
        } catch (ExecutionException e) {
            double ms = cpu[0] / 1e6;
            Throwable cause = e.getCause();
            if (cause instanceof InputException) {
                return new Outcome(Result.REFUSED, cause.getMessage(), ms);
            }
            return new Outcome(Result.CRASHED, signature(cause), ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fuzzing interrupted", e);
        }
        double ms = cpu[0] / 1e6;
        if (msPer10Kb(ms, input.length) > MS_PER_10_KB) {
            return new Outcome(Result.SLOW, String.format(java.util.Locale.ROOT, "%.0f ms for %d bytes", ms, input.length), ms);
        }
        return new Outcome(Result.ACCEPTED, null, ms);
    }

    /** The kind of crash: the exception and the first frame of our code ("StackOverflowError at PageFurniture.kind"). */
    static String signature(Throwable t) {
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("org.clausewise.") && !frame.getClassName().startsWith("org.clausewise.cli.fuzz")) {
                String cls = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return t.getClass().getSimpleName() + " at " + cls + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return t.getClass().getSimpleName();
    }

    /** Cuts pieces off a crashing input while it still crashes the same way (at most a few hundred tries). */
    byte[] minimize(FuzzTarget target, byte[] input, String signature) {
        byte[] current = input;
        int tries = 600;
        for (int chunk = Math.max(1, current.length / 2); chunk >= 1 && tries > 0; chunk /= 2) {
            for (int at = 0; at < current.length && tries > 0; tries--) {
                int end = Math.min(current.length, at + chunk);
                byte[] candidate = new byte[current.length - (end - at)];
                System.arraycopy(current, 0, candidate, 0, at);
                System.arraycopy(current, end, candidate, at, current.length - end);
                Outcome o = runOnce(target, candidate);
                if (o.result == Result.CRASHED && signature.equals(o.what)) {
                    current = candidate;
                } else {
                    at += chunk;
                }
            }
        }
        return current;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** A crash or a slow input. */
    public record Finding(FuzzTarget target, String kind, String what, byte[] input, double millis, int originalSize) {
    }
}
