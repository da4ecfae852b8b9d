package org.clausewise.ui.background;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once in the calling thread: for tests and for screenshot mode, which must finish before it draws. */
public final class DirectExecutor implements BackgroundExecutor {
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | StackOverflowError e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
