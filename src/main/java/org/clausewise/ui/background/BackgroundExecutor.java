package org.clausewise.ui.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way the UI runs long work (loading, comparing, writing PDF) off the FX thread. The
 * callbacks always run on the UI thread. Tests use {@link DirectExecutor}, which runs everything
 * at once, so they need no waiting.
 */
public interface BackgroundExecutor {
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (for progress reported from background work). */
    void onUiThread(Runnable action);

    /**
     * An executor for long work that must not hold up the rest (loading a whole library while
     * comparisons go on); by default this one, so tests stay synchronous.
     */
    default BackgroundExecutor separate() {
        return this;
    }
}
