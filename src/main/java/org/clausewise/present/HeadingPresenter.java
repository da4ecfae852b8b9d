package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.ChangeClass;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.Heading;
import org.clausewise.model.HeadingRow;

/**
 * How a section heading or an annex's title is shown under the view options: both sides' words with
 * their word edits, what happened in words ("renamed", "added", "removed", "moved"), and whether it
 * is a change the reader is shown.
 */
final class HeadingPresenter {
    private final ViewOptions options;

    HeadingPresenter(ViewOptions options) {
        this.options = options;
    }

    GroupRow present(HeadingRow row, GroupRow.Kind kind, int level, int shown, int total) {
        boolean editorialOnly = row.kind() == ChangeKind.MODIFIED && row.diff().changeClass() == ChangeClass.EDITORIAL;
        ChangeKind change = editorialOnly && !options.showEditorial() ? ChangeKind.UNCHANGED : row.kind();
        return new GroupRow(kind, level, title(row.shown()), shown, total, row, change, editorialOnly,
                badges(change, editorialOnly), side(row, Side.LEFT), side(row, Side.RIGHT), redline(row));
    }

    /** "IV. Questions relating to …", "Annex II Political declaration", "Annex". */
    static String title(Heading h) {
        return h.display();
    }

    private static List<Badge> badges(ChangeKind change, boolean editorialOnly) {
        List<Badge> badges = new ArrayList<>(1);
        switch (change) {
            case ADDED: badges.add(new Badge(Badge.Kind.ADDED, "added")); break;
            case REMOVED: badges.add(new Badge(Badge.Kind.REMOVED, "removed")); break;
            case MOVED: badges.add(new Badge(Badge.Kind.MOVED, "moved", "this heading now stands in another place")); break;
            case MODIFIED:
                badges.add(editorialOnly ? new Badge(Badge.Kind.EDITORIAL, "editorial")
                        : new Badge(Badge.Kind.MODIFIED, "renamed"));
                break;
            default: break;
        }
        return badges;
    }

    /** Neither side's heading has words ("Section 29A"): its label was compared. */
    private static boolean byLabel(HeadingRow row) {
        return (row.left() == null || row.left().text().isEmpty())
                && (row.right() == null || row.right().text().isEmpty());
    }

    /** The label as printed, then the words' redline (the label alone when the labels were compared). */
    private List<Run> redline(HeadingRow row) {
        Heading h = row.shown();
        boolean byLabel = byLabel(row);
        RunBuilder b = new RunBuilder();
        if (!byLabel && !h.label().isEmpty()) {
            b.add(Run.plain(h.label() + " "));
        }
        return b.addAll(Redline.of(row.diff(), byLabel ? h.label() : h.text(), options.showEditorial())).build();
    }

    /** The label as printed, then the words with this side's edits marked; the label itself when it is all there is. */
    private List<Run> side(HeadingRow row, Side side) {
        Heading h = side == Side.LEFT ? row.left() : row.right();
        if (h == null) {
            return null;
        }
        Run.Mark whole = row.kind() == ChangeKind.ADDED && side == Side.RIGHT ? Run.Mark.INSERTED
                : row.kind() == ChangeKind.REMOVED && side == Side.LEFT ? Run.Mark.DELETED : Run.Mark.NONE;
        RunBuilder b = new RunBuilder();
        if (byLabel(row)) {
            return b.addAll(RunBuilder.side(h.label(), side.spans(row.diff()), List.of(), whole, false,
                    options.showEditorial())).build();
        }
        if (!h.label().isEmpty()) {
            b.add(Run.plain(h.label() + " "));
        }
        return b.addAll(RunBuilder.side(h.text(), side.spans(row.diff()), List.of(), whole, false,
                options.showEditorial())).build();
    }
}
