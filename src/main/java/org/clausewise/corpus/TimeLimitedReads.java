package org.clausewise.corpus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs one job per file, a few at a time, each with a time limit. A job past its limit is given up:
 * it is interrupted, reported as "took too long", and the others go on. The limit counts the
 * processor time the job used, so a busy machine (other programs, the other reads) does not make a
 * normal text "too long"; a job that waits instead of working is given up after {@value #WALL_FACTOR}
 * times the limit of plain time. Java cannot stop a thread
 * that does not listen, so a parse stuck in a loop keeps its thread until it ends; such threads are
 * counted across all loads, and reading threads (working and stuck) never exceed the parallel ones
 * plus {@link #MAX_STUCK}: hung parses never pile up threads; once they hold them all, the files
 * left are skipped with a clear line.
 */
final class TimeLimitedReads {
    /** Threads beyond the working ones that given-up jobs may still hold, in this whole process. */
    static final int MAX_STUCK = 4;
    private static final AtomicInteger STUCK = new AtomicInteger();
    private static final long CANCEL_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final int WALL_FACTOR = 6;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int parallel;
    private final long limitNanos;

    TimeLimitedReads(int parallel, Duration limit) {
        this.parallel = Math.max(1, parallel);
        this.limitNanos = Math.max(1, limit.toNanos());
    }

    /** How a job ended. */
    sealed interface Result<T> {
    }

    record Done<T>(T value) implements Result<T> {
    }

    record Failed<T>(Throwable error) implements Result<T> {
    }

    /** Given up at its time limit. */
    record TooSlow<T>() implements Result<T> {
    }

    /** Not run, or stopped: the load was cancelled, or earlier jobs that took too long still hold every thread. */
    record NotRun<T>(String reason) implements Result<T> {
    }

    /** Hears each job's result, from the calling thread, in the order they end. */
    @FunctionalInterface
    interface Listener<T> {
        void ended(int job, Result<T> result);
    }

    /** Threads of given-up jobs still running now. */
    static int stuckNow() {
        return STUCK.get();
    }

    /** Runs every job and returns when each has a result; {@code cancelled} is checked between jobs. */
    <T> void runAll(List<? extends Callable<T>> jobs, BooleanSupplier cancelled, Listener<T> listener) {
        ExecutorService pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 2, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, "clausewise-read");
                    t.setDaemon(true);
                    return t;
                });
        List<Running<T>> running = new ArrayList<>();
        BlockingQueue<Future<?>> ended = new LinkedBlockingQueue<>();
        int next = 0;
        try {
            while (next < jobs.size() || !running.isEmpty()) {
                if (cancelled.getAsBoolean()) {
                    for (Running<T> r : running) {
                        r.future.cancel(true);
                        listener.ended(r.job, new NotRun<>("cancelled"));
                    }
                    running.clear();
                    for (; next < jobs.size(); next++) {
                        listener.ended(next, new NotRun<>("cancelled"));
                    }
                    return;
                }
                while (next < jobs.size() && running.size() < parallel && running.size() + STUCK.get() < parallel + MAX_STUCK) {
                    running.add(start(pool, next, jobs.get(next), ended));
                    next++;
                }
                if (running.isEmpty()) {
                    // every thread we may use is held by a parse that took too long and has not ended
                    for (; next < jobs.size(); next++) {
                        listener.ended(next, new NotRun<>("skipped: earlier texts that took too long still occupy the reader"));
                    }
                    return;
                }
                awaitOne(running, ended, listener);
            }
        } finally {
            pool.shutdown();
        }
    }

    private record Running<T>(int job, FutureTask<T> future, long deadline, Thread[] thread, boolean[] givenUp,
                              long[] cpuAtStart) {
        /** Processor time the job has used so far; 0 before it started or where the JVM cannot tell. */
        long cpuUsed() {
            synchronized (thread) {
                if (thread[0] == null || cpuAtStart[0] < 0) {
                    return 0;
                }
                long now = THREADS.getThreadCpuTime(thread[0].getId());
                return now < 0 ? 0 : now - cpuAtStart[0];
            }
        }
    }

    private <T> Running<T> start(ExecutorService pool, int job, Callable<T> work, BlockingQueue<Future<?>> ended) {
        Thread[] thread = new Thread[1];
        boolean[] givenUp = new boolean[1];
        long[] cpuAtStart = {-1};
        FutureTask<T> future = new FutureTask<>(() -> {
            synchronized (thread) {
                thread[0] = Thread.currentThread();
                cpuAtStart[0] = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
            }
            try {
                return work.call();
            } finally {
                synchronized (thread) {
                    thread[0] = null;
                    if (givenUp[0]) {
                        STUCK.decrementAndGet();
                    }
                }
                Thread.currentThread().setPriority(Thread.NORM_PRIORITY);
                Thread.interrupted();
            }
        }) {
            @Override
            protected void done() {
                ended.add(this);
            }
        };
        pool.execute(future);
        return new Running<>(job, future, System.nanoTime() + WALL_FACTOR * limitNanos, thread, givenUp, cpuAtStart);
    }

    /** Waits until a job ends or the first deadline passes, and reports what ended or was given up. */
    private <T> void awaitOne(List<Running<T>> running, BlockingQueue<Future<?>> ended, Listener<T> listener) {
        try {
            // wake at least every 100 ms: a cancel is heard, and processor time is looked at
            ended.poll(CANCEL_CHECK_NANOS, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ended.clear();
        long now = System.nanoTime();
        for (Iterator<Running<T>> it = running.iterator(); it.hasNext(); ) {
            Running<T> r = it.next();
            if (r.future.isDone()) {
                it.remove();
                listener.ended(r.job, outcome(r.future));
            } else if (r.cpuUsed() > limitNanos || now >= r.deadline) {
                it.remove();
                giveUp(r);
                listener.ended(r.job, new TooSlow<>());
            }
        }
    }

    private static <T> void giveUp(Running<T> r) {
        synchronized (r.thread) {
            if (r.thread[0] != null) {
                r.givenUp[0] = true;
                STUCK.incrementAndGet();
                // it may go on for a while: let it take only what the other work leaves
                r.thread[0].setPriority(Thread.MIN_PRIORITY);
            }
        }
        r.future.cancel(true);
    }

    private static <T> Result<T> outcome(Future<T> future) {
        try {
            return new Done<>(future.get());
        } catch (ExecutionException e) {
            return new Failed<>(e.getCause() == null ? e : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NotRun<>("cancelled");
        } catch (java.util.concurrent.CancellationException e) {
            return new NotRun<>("cancelled");
        }
    }
}
