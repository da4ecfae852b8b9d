package org.clausewise.ui.background;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs work on one daemon thread, so loads and comparisons happen in the order asked and never
 * race each other; results come back through {@link Platform#runLater}.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "clausewise-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        Platform.runLater(action);
    }

    /** A second worker thread of its own: a long load runs there while comparisons run here. */
    @Override
    public BackgroundExecutor separate() {
        return new FxBackgroundExecutor();
    }

    public void shutdown() {
        worker.shutdownNow();
    }
}
