package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.library.DuplicateNote;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.TextDetails;

/**
 * One row of the sidebar: a series title, the "Drafts" group, a text (session, symbol and date,
 * its folder when it is in the library twice, the L / R marks of the picked pair), or a missing
 * file, greyed, with the reason. A row is as wide as the sidebar, never wider: long words end in
 * "…" and the L / R marks stay in sight. Click picks the left text, Ctrl+click the right one.
 */
final class TimelineCell extends TreeCell<Object> {
    static final String MISSING = "missing";
    static final String DUPLICATE = "duplicate";
    /** Room the tree takes left of a row's content (per level: indent and arrow), and right of it (scroll bar). */
    private static final double PER_LEVEL = 11;
    private static final double BESIDE = 34;

    private final ObjectProperty<LibraryEntry> left;
    private final ObjectProperty<LibraryEntry> right;

    TimelineCell(ObjectProperty<LibraryEntry> left, ObjectProperty<LibraryEntry> right) {
        this.left = left;
        this.right = right;
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof LibraryEntry entry) {
                (e.isShortcutDown() ? right : left).set(entry);
            }
        });
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(Styles.SERIES_TITLE, Styles.DRAFT, MISSING, DUPLICATE);
        setText(null);
        setGraphic(null);
        setTooltip(null);
        if (empty || item == null) {
            return;
        }
        if (item instanceof LibraryEntry entry) {
            setGraphic(fitted(entryGraphic(entry)));
            setTooltip(tip(TextDetails.tooltip(entry)));
            if (entry.isDraft()) {
                getStyleClass().add(Styles.DRAFT);
            }
            if (entry.duplicate() != null && entry.duplicate().decision() != DuplicateNote.Decision.USED) {
                getStyleClass().add(DUPLICATE);
            }
        } else if (item instanceof MissingFile missing) {
            getStyleClass().add(MISSING);
            setGraphic(fitted(missingGraphic(missing)));
            setTooltip(tip(missing.path() + "\nMissing: " + missing.reason()
                    + "\nRight-click: Locate\u2026 or Remove from Library"));
        } else {
            Label title = shrinking(item.toString());
            title.setWrapText(true);
            setGraphic(fitted(title));
            if (!TimelineView.DRAFTS.equals(item)) {
                getStyleClass().add(Styles.SERIES_TITLE);
            }
        }
    }

    /** Keeps the row's content within the sidebar's width, whatever its level. */
    private Region fitted(Region content) {
        TreeView<Object> tree = getTreeView();
        if (tree != null && getTreeItem() != null) {
            double used = tree.getTreeItemLevel(getTreeItem()) * PER_LEVEL + BESIDE;
            content.prefWidthProperty().bind(tree.widthProperty().subtract(used));
            content.maxWidthProperty().bind(content.prefWidthProperty());
            content.setMinWidth(0);
        }
        return content;
    }

    private HBox entryGraphic(LibraryEntry entry) {
        Label session = shrinking(entry.isDraft() ? entry.kind().displayName() + ", " + entry.sessionLabel()
                : entry.sessionLabel());
        session.getStyleClass().add("session");
        Label detail = shrinking(entry.displayName().equals(session.getText())
                ? entry.dateLabel() : joinNonEmpty(entry.summary().symbol(), entry.dateLabel()));
        detail.getStyleClass().add(Styles.MUTED);
        // the L / R marks sit on the session line, so the symbol and date below keep the whole width
        HBox.setHgrow(session, Priority.ALWAYS);
        session.setMaxWidth(Double.MAX_VALUE);
        HBox first = new HBox(4, session);
        if (entry.equals(left.get())) {
            first.getChildren().add(pick("L", Styles.PICKED_LEFT));
        }
        if (entry.equals(right.get())) {
            first.getChildren().add(pick("R", Styles.PICKED_RIGHT));
        }
        VBox words = new VBox(first, detail);
        DuplicateNote d = entry.duplicate();
        if (d != null) {
            // two copies of one text: each row says where it is
            Label folder = shrinking(entry.whereWords()
                    + (d.decision() == DuplicateNote.Decision.USED ? " (used for all copies)" : ""));
            folder.getStyleClass().addAll(Styles.MUTED, "folder");
            words.getChildren().add(folder);
        }
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        Label dot = new Label("\u25CF");
        dot.getStyleClass().add("timeline-dot");
        dot.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(6, dot, words);
    }

    private static HBox missingGraphic(MissingFile missing) {
        Label name = shrinking(missing.name() + (missing.folder() ? " (folder)" : ""));
        name.getStyleClass().add("session");
        Label reason = shrinking(missing.reason());
        reason.getStyleClass().add(Styles.MUTED);
        VBox words = new VBox(name, reason);
        words.setMinWidth(0);
        Label mark = new Label("\u25CB");
        mark.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(6, mark, words);
    }

    private static Label shrinking(String text) {
        Label l = new Label(text);
        l.setMinWidth(0);
        l.setTextOverrun(OverrunStyle.ELLIPSIS);
        return l;
    }

    private static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(500));
        t.setWrapText(true);
        t.setMaxWidth(520);
        return t;
    }

    private static String joinNonEmpty(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " \u00B7 " + b;
    }

    private static Label pick(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
