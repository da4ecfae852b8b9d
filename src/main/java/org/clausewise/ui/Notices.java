package org.clausewise.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/** The notices the window shows, newest last; one per key. Used on the FX thread. */
public final class Notices {
    private final ObservableList<Notice> shown = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: a view made per call listens to the list only weakly, so a
     * listener added to it stopped hearing of new notices once the view was collected.
     */
    private final ObservableList<Notice> view = FXCollections.unmodifiableObservableList(shown);

    /** Shows the notice, in place of any with the same key. */
    public void post(Notice notice) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).key().equals(notice.key())) {
                shown.set(i, notice);
                return;
            }
        }
        shown.add(notice);
    }

    public void dismiss(Notice notice) {
        shown.remove(notice);
    }

    /** Takes away the notice of this key, if one is shown (its matter is settled). */
    public void dismiss(String key) {
        shown.removeIf(n -> n.key().equals(key));
    }

    /** Runs one of the notice's actions, and closes the notice. */
    public void act(Notice notice, Notice.Action action) {
        shown.remove(notice);
        action.run().run();
    }

    public Optional<Notice> find(String key) {
        return shown.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    public ObservableList<Notice> shown() {
        return view;
    }
}
