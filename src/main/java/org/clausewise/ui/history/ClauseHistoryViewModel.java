package org.clausewise.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.Sessions;
import org.clausewise.present.HistoryWording;

/**
 * State of the clause history view: one item per text of the series, oldest first, and the
 * command to open a version's full text. No layout here, so it is tested without a window.
 */
public final class ClauseHistoryViewModel {
    private final ClauseHistory history;
    private final String seriesTitle;
    private final List<VersionItem> items;
    private final ObjectProperty<VersionItem> selected = new SimpleObjectProperty<>();
    private Consumer<ClauseVersion> onOpenFullText = v -> { };

    public ClauseHistoryViewModel(ClauseHistory history, String seriesTitle) {
        this.history = history;
        this.seriesTitle = seriesTitle;
        this.items = buildItems(history);
    }

    public ClauseHistory history() {
        return history;
    }

    /** "History of OP 8 of A/RES/69/179". */
    public String title() {
        return "History of " + history.label();
    }

    public String seriesTitle() {
        return seriesTitle;
    }

    /** One line: where it came in, how often its wording moved, whether it is still there. */
    public String summary() {
        ClauseVersion first = history.firstAppearance();
        StringBuilder sb = new StringBuilder();
        sb.append(history.presentFromStart() ? "In the series since its first text, " : "First appears in the ")
                .append(history.presentFromStart() ? "" : sessionOf(first.text()) + ", ")
                .append(name(first.text())).append(" (").append(first.clause().label()).append(")");
        List<ClauseVersion> changes = history.wordingChanges();
        long substantive = changes.stream().filter(v -> v.wordingChange() == ChangeClass.SUBSTANTIVE).count();
        sb.append(" · ");
        if (changes.isEmpty()) {
            sb.append("wording never changed");
        } else {
            sb.append("wording changed in ").append(changes.size()).append(changes.size() == 1 ? " text" : " texts")
                    .append(" (").append(substantive).append(" substantive)");
        }
        sb.append(" · ").append(history.droppedIn().map(t -> "dropped in the " + sessionOf(t))
                .orElse("still in the latest text"));
        return sb.toString();
    }

    public List<VersionItem> items() {
        return items;
    }

    /** The item of the clause's first appearance, which the view marks and scrolls to. */
    public VersionItem firstAppearance() {
        return items.get(history.firstAppearance().position());
    }

    public ObjectProperty<VersionItem> selectedProperty() {
        return selected;
    }

    /** Asks the window to show this version's whole text; absent items have none. */
    public void openFullText(VersionItem item) {
        if (item.present()) {
            selected.set(item);
            onOpenFullText.accept(item.version());
        }
    }

    public void setOnOpenFullText(Consumer<ClauseVersion> action) {
        this.onOpenFullText = action == null ? v -> { } : action;
    }

    private static List<VersionItem> buildItems(ClauseHistory history) {
        List<VersionItem> list = new ArrayList<>();
        List<Resolution> timeline = history.timeline();
        for (int position = 0; position < timeline.size(); position++) {
            Resolution text = timeline.get(position);
            VersionState state = VersionState.of(history, position);
            ClauseVersion v = history.at(position).orElse(null);
            String number = v == null ? "" : v.clause().label();
            List<StyledRun> wording = v == null ? List.of() : StyledRun.of(HistoryWording.of(v));
            list.add(new VersionItem(position, sessionOf(text), name(text), text.kind() == ResolutionKind.DRAFT, state,
                    number, status(state, v), wording, v));
        }
        return List.copyOf(list);
    }

    private static String status(VersionState state, ClauseVersion v) {
        String s = switch (state) {
            case FROM_START -> "In the first text of the series";
            case ADDED -> v.isSplit() ? "First appearance, split from " + v.previous().label() : "First appearance";
            case ABSENT -> "Absent";
            case DROPPED -> "Dropped";
            default -> capitalised(state.description());
        };
        if (v != null && v.renumbered() && state != VersionState.ADDED) {
            s += " · was " + v.previous().label();
        }
        return s;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String sessionOf(Resolution text) {
        return text.session() == null ? "session unknown" : Sessions.ordinal(text.session()) + " session";
    }

    static String name(Resolution text) {
        if (text.symbol() != null) {
            return text.symbol();
        }
        return text.kind() == ResolutionKind.DRAFT ? "Draft" : text.displayName();
    }
}
