package org.clausewise.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Resolution;
import org.clausewise.present.HistoryWording;

/**
 * A clause history as text for the terminal: a summary (first appearance, changes, dropped), then
 * one block per session. Each version's wording is the history window's (the presentation's
 * runs), drawn with deletions as {@code [-old-]} and insertions as {@code {+new+}}.
 */
final class HistoryText {
    private HistoryText() {
    }

    /** The history as read from {@code asked}, the version the user named. */
    static String render(ClauseHistory history, ClauseVersion asked, String seriesTitle) {
        StringBuilder sb = new StringBuilder();
        List<Resolution> timeline = history.timeline();
        String askedLabel = asked.clause().label() + " of " + asked.text().displayName();
        sb.append("History of ").append(askedLabel);
        if (!askedLabel.equals(history.label())) {
            sb.append(history.droppedIn().isPresent() ? " (last seen as " : " (now ").append(history.label()).append(')');
        }
        sb.append('\n');
        sb.append("Series: ").append(seriesTitle).append(" (").append(timeline.size()).append(" texts)\n");
        ClauseVersion first = history.firstAppearance();
        sb.append("First appears: ").append(history.presentFromStart() ? "at or before " : "")
                .append(where(first)).append(", as ").append(first.clause().label()).append('\n');
        List<ClauseVersion> changes = history.wordingChanges();
        sb.append("Wording changed: ");
        if (changes.isEmpty()) {
            sb.append("never");
        }
        for (int i = 0; i < changes.size(); i++) {
            ClauseVersion v = changes.get(i);
            sb.append(i == 0 ? "" : "; ").append(where(v)).append(" (")
                    .append(v.wordingChange().jsonName()).append(')');
        }
        sb.append('\n');
        Optional<Resolution> dropped = history.droppedIn();
        sb.append("Dropped: ").append(dropped.map(t -> "in " + TextLabels.session(t) + ", "
                + TextLabels.name(t) + " no longer has it").orElse("no")).append('\n');
        sb.append('\n');
        for (int position = 0; position < timeline.size(); position++) {
            Resolution text = timeline.get(position);
            Optional<ClauseVersion> v = history.at(position);
            sb.append(String.format(Locale.ROOT, "%-16s %-44s ", TextLabels.session(text), TextLabels.name(text)));
            if (v.isEmpty()) {
                sb.append(history.droppedIn().isPresent() && position == history.latest().position() + 1
                        ? "dropped\n" : "absent\n");
                continue;
            }
            sb.append(v.get().clause().label()).append("  ").append(status(v.get(), history)).append('\n');
            body(sb, v.get());
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String where(ClauseVersion v) {
        return TextLabels.session(v.text()) + ", " + TextLabels.name(v.text());
    }

    private static String status(ClauseVersion v, ClauseHistory history) {
        if (v == history.firstAppearance()) {
            if (v.isSplit()) {
                return "first appearance, split from " + v.previous().label();
            }
            return history.presentFromStart() ? "first text of the series" : "first appearance";
        }
        StringBuilder s = new StringBuilder();
        ChangeKind kind = v.kind();
        s.append(kind == ChangeKind.MOVED ? "moved" : v.wordingChanged() ? "modified" : "unchanged");
        if (v.wordingChanged()) {
            s.append(" (").append(v.wordingChange().jsonName()).append(')');
        }
        if (v.renumbered()) {
            s.append(", was ").append(v.previous().label());
        }
        return s.toString();
    }

    /** The clause's wording, lead-in then sub-paragraphs: a redline from the previous version when it changed. */
    private static void body(StringBuilder sb, ClauseVersion v) {
        List<String> lines = RunText.lines(HistoryWording.of(v));
        sb.append("    ").append(lines.get(0)).append('\n');
        for (String sub : lines.subList(1, lines.size())) {
            sb.append("      ").append(sub).append('\n');
        }
    }
}
