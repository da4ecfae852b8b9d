package org.clausewise.ui.viewer;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.clausewise.model.Comparison;
import org.clausewise.model.Resolution;
import org.clausewise.present.DisplayRow;
import org.clausewise.present.GroupRow;
import org.clausewise.present.PresentedRow;
import org.clausewise.present.Presentation;
import org.clausewise.present.Side;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.library.LibraryEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The side-by-side viewer: a header naming both texts, then one {@link RowCell} per aligned row
 * in a single scroll pane, so both sides always scroll together and stay lined up.
 */
public final class ComparisonView extends BorderPane {
    private final ViewerViewModel vm;
    /** Rows; after each layout, the rows in or near the viewport get their RichTextFX areas. */
    private final VBox rowsBox = new VBox() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            scheduleRealize();
        }
    };
    private boolean realizeScheduled;
    /** The row last scrolled to, while the areas around it are still being built; null once settled. */
    private Node scrollTarget;
    private final ScrollPane scroll = new ScrollPane(rowsBox);
    private final GridPane header = new GridPane();
    private final List<RowCell> cells = new ArrayList<>();
    /** The section and annex headings drawn with both sides' words. */
    private final List<HeadingCell> headings = new ArrayList<>();
    private boolean fromClick;
    static final String PICK_TEXTS = "Pick a left and a right text in the sidebar to compare them.";
    private final Label placeholder = new Label(PICK_TEXTS);
    private java.util.function.Consumer<String> onClauseCopied = text -> { };
    /** The comparison drawn last: a new one starts at its top, new options keep the place. */
    private Comparison drawn;

    public ComparisonView(ViewerViewModel vm) {
        this.vm = vm;
        getStyleClass().add(Styles.VIEWER);
        header.getStyleClass().add(Styles.VIEWER_HEADER);
        rowsBox.getStyleClass().add("rows");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.vvalueProperty().addListener((obs, old, now) -> scheduleRealize());
        scroll.addEventFilter(ScrollEvent.ANY, e -> scrollTarget = null);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> scheduleRealize());
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        setTop(header);
        setCenter(placeholder);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.pendingProperty().get().isEmpty() ? PICK_TEXTS : vm.pendingProperty().get(),
                vm.pendingProperty()));
        vm.presentationProperty().addListener((obs, old, now) -> rebuild());
        vm.pendingProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                // the texts being compared, not the last pair's rows
                header.getChildren().clear();
                setCenter(placeholder);
            }
        });
        vm.currentRowProperty().addListener((obs, old, now) -> showCurrent(old.intValue(), now.intValue()));
        vm.currentHeadingProperty().addListener((obs, old, now) -> showHeading(old, now));
        vm.fontSizeProperty().addListener((obs, old, now) -> applyFontSize());
        vm.lastMatchProperty().addListener((obs, old, now) -> showMatch(now));
        applyFontSize();
        rebuild();
    }

    private void scheduleRealize() {
        if (!realizeScheduled) {
            realizeScheduled = true;
            Platform.runLater(this::realizeVisible);
        }
    }

    /** Builds the areas of the rows within a viewport's height of what is shown. */
    private void realizeVisible() {
        realizeScheduled = false;
        Bounds viewport = scroll.getViewportBounds();
        double height = viewport.getHeight();
        if (height <= 0) {
            return;
        }
        double contentHeight = rowsBox.getHeight();
        double top = Math.max(0, contentHeight - height) * scroll.getVvalue();
        boolean built = false;
        for (RowCell cell : cells) {
            Bounds b = cell.getBoundsInParent();
            if (!cell.isRealized() && b.getHeight() > 0 && b.getMaxY() >= top - height
                    && b.getMinY() <= top + 2 * height) {
                cell.realize();
                built = true;
            }
        }
        // new areas can be a little taller or shorter than their previews: keep the row asked for in place
        if (built && scrollTarget != null) {
            Node target = scrollTarget;
            Platform.runLater(() -> scrollTo(target));
        } else {
            scrollTarget = null;
        }
    }

    private void applyFontSize() {
        rowsBox.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", vm.fontSizeProperty().get()));
    }

    private void rebuild() {
        Presentation p = vm.presentation();
        cells.clear();
        headings.clear();
        rowsBox.getChildren().clear();
        header.getChildren().clear();
        if (p == null) {
            drawn = null;
            setCenter(placeholder);
            return;
        }
        Comparison c = p.comparison();
        buildHeader(c);
        // labels with a section or an annex need a wider column; every row and the header share it
        double numberWidth = p.structured() ? RowCell.WIDE_NUMBER_WIDTH : RowCell.NUMBER_WIDTH;
        header.getColumnConstraints().setAll(RowCell.columns(numberWidth));
        for (DisplayRow shown : p.rows()) {
            if (shown instanceof GroupRow group && group.hasSides()) {
                HeadingCell heading = new HeadingCell(group);
                heading.getColumnConstraints().setAll(RowCell.columns(numberWidth));
                heading.setOnMouseClicked(e -> vm.goTo(group));
                headings.add(heading);
                rowsBox.getChildren().add(heading);
                continue;
            }
            if (shown instanceof GroupRow group) {
                Label heading = new Label(group.title());
                heading.getStyleClass().add(Styles.PART_HEADING);
                rowsBox.getChildren().add(heading);
                continue;
            }
            PresentedRow row = (PresentedRow) shown;
            RowCell cell = new RowCell(row, vm.styledText(row, Side.LEFT), vm.styledText(row, Side.RIGHT),
                    c.left(), c.right(), () -> {
                        vm.goTo(row.source());
                        copyCurrentClause();
                    });
            cell.setOnMouseClicked(e -> {
                // a click makes the row current but leaves the caret and the scroll where the reader put them
                fromClick = true;
                try {
                    vm.goTo(row.source());
                } finally {
                    fromClick = false;
                }
            });
            cell.getColumnConstraints().setAll(RowCell.columns(numberWidth));
            cells.add(cell);
            rowsBox.getChildren().add(cell);
        }
        if (cells.isEmpty()) {
            Label none = new Label("No changes to show.");
            none.getStyleClass().add(Styles.PLACEHOLDER);
            rowsBox.getChildren().add(none);
        }
        setCenter(scroll);
        if (c != drawn) {
            drawn = c;
            scrollTarget = null;
            scroll.setVvalue(0); // a new pair starts at its top
        }
        int current = vm.currentRowProperty().get();
        if (current >= 0 && current < cells.size()) {
            cells.get(current).getStyleClass().add(Styles.ROW_CURRENT);
        }
        headingCell(vm.currentHeadingProperty().get()).ifPresent(h -> h.getStyleClass().add(Styles.ROW_CURRENT));
    }

    private java.util.Optional<HeadingCell> headingCell(GroupRow group) {
        return headings.stream().filter(h -> h.group() == group).findFirst();
    }

    /** A changed heading F7 or the change list went to: marked current and scrolled to. */
    private void showHeading(GroupRow old, GroupRow now) {
        headingCell(old).ifPresent(h -> h.getStyleClass().remove(Styles.ROW_CURRENT));
        headingCell(now).ifPresent(h -> {
            if (!h.getStyleClass().contains(Styles.ROW_CURRENT)) {
                h.getStyleClass().add(Styles.ROW_CURRENT);
            }
            scrollTo(h);
        });
    }

    private void buildHeader(Comparison c) {
        header.getColumnConstraints().setAll(RowCell.columns());
        header.add(title(c.left()), 0, 0, 2, 1);
        header.add(title(c.right()), 3, 0, 2, 1);
    }

    private static VBox title(Resolution r) {
        Label name = new Label(r.displayName());
        name.getStyleClass().add("symbol");
        LibraryEntry entry = new LibraryEntry(Path.of(r.source() == null ? "" : r.source()), r);
        // an amendment or a draft decision is named as such, not as "Draft"
        Label detail = new Label((entry.isDraft() ? entry.kind().displayName() + ", " : "") + entry.sessionLabel()
                + (entry.dateLabel().isEmpty() ? "" : " \u00B7 " + entry.dateLabel()));
        detail.getStyleClass().add(Styles.MUTED);
        return new VBox(name, detail);
    }

    private void showCurrent(int old, int now) {
        if (old >= 0 && old < cells.size()) {
            cells.get(old).getStyleClass().remove(Styles.ROW_CURRENT);
        }
        if (now < 0 || now >= cells.size()) {
            return;
        }
        RowCell cell = cells.get(now);
        if (!cell.getStyleClass().contains(Styles.ROW_CURRENT)) {
            cell.getStyleClass().add(Styles.ROW_CURRENT);
        }
        if (fromClick) {
            return;
        }
        FindMatch match = vm.lastMatchProperty().get();
        if (match == null || match.row() != now) {
            ClauseArea area = cell.changeArea();
            if (area != null) {
                area.caretToFirstChange();
                area.requestFocus();
            }
        }
        scrollTo(cell);
    }

    private void showMatch(FindMatch match) {
        if (match == null || match.row() >= cells.size()) {
            return;
        }
        ClauseArea area = cells.get(match.row()).area(match.side());
        if (area != null) {
            area.selectRange(match.start(), match.end());
            area.requestFocus();
        }
        scrollTo(cells.get(match.row()));
    }

    /** Scrolls so the row's top sits a little below the top of the viewport; both sides move together. */
    private void scrollTo(Node cell) {
        scrollTarget = cell;
        Runnable doScroll = () -> {
            double contentHeight = rowsBox.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            if (contentHeight <= viewport) {
                return;
            }
            Bounds b = cell.getBoundsInParent();
            double target = Math.max(0, b.getMinY() - 24);
            scroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
        };
        rowsBox.layout();
        doScroll.run();
        Platform.runLater(doScroll);
    }

    /** Copies the current clause as "A/RES/69/179, OP 8: …", then tells {@link #setOnClauseCopied} what it copied. */
    public void copyCurrentClause() {
        vm.quoteCurrentClause().ifPresent(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            onClauseCopied.accept(text);
        });
    }

    /** Hears each clause copied (the window confirms it in the status bar). */
    public void setOnClauseCopied(java.util.function.Consumer<String> listener) {
        onClauseCopied = java.util.Objects.requireNonNull(listener);
    }

    /** The section and annex headings as drawn, for tests. */
    public List<HeadingCell> headings() {
        return List.copyOf(headings);
    }

    /** The rows as drawn, for tests and the change list. */
    public List<RowCell> cells() {
        return List.copyOf(cells);
    }

    public ScrollPane scrollPane() {
        return scroll;
    }
}
