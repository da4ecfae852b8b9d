package org.clausewise.corpus;

import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.clausewise.model.Resolution;

/**
 * The whole texts opened last: the {@value #KEEP} most recent are held, and any text still in use
 * elsewhere (on screen, in a comparison) is handed out again as the same object, so opening a
 * text twice never makes two copies and never breaks "is this the text on screen?" checks. The
 * rest of the library stays as summaries: memory does not grow with the number of texts.
 */
final class RecentTexts {
    static final int KEEP = 48;

    private final Map<String, Resolution> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Resolution> eldest) {
            return size() > KEEP;
        }
    };
    private final Map<String, WeakReference<Resolution>> inUse = new HashMap<>();

    /** The text known as {@code key}, loaded by {@code load} when it is neither recent nor in use. */
    Resolution get(String key, Supplier<Resolution> load) {
        synchronized (this) {
            Resolution r = recent.get(key);
            if (r == null) {
                WeakReference<Resolution> ref = inUse.get(key);
                r = ref == null ? null : ref.get();
            }
            if (r != null) {
                recent.put(key, r);
                return r;
            }
        }
        Resolution loaded = load.get();
        synchronized (this) {
            WeakReference<Resolution> ref = inUse.get(key);
            Resolution raced = ref == null ? null : ref.get();
            Resolution r = raced != null ? raced : loaded;
            recent.put(key, r);
            inUse.put(key, new WeakReference<>(r));
            if (inUse.size() > 4 * KEEP) {
                forgetCollected();
            }
            return r;
        }
    }

    private void forgetCollected() {
        for (Iterator<WeakReference<Resolution>> it = inUse.values().iterator(); it.hasNext(); ) {
            if (it.next().get() == null) {
                it.remove();
            }
        }
    }

    /** How many texts are held now (for the benchmark). */
    synchronized int held() {
        return recent.size();
    }
}
