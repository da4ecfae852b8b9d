package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The timeline sidebar: a filter box, then each series as a timeline of sessions, drafts in a
 * group of their own. Click picks the left text, Ctrl+click (Cmd+click) the right one; the picked
 * texts carry an "L" / "R" mark.
 */
public final class TimelineView extends VBox {
    /** Tree values are series titles, the "Drafts" group, or entries. */
    private static final String DRAFTS = "Drafts";
    /** Up to this many texts every series is shown open. */
    static final int OPEN_ALL_UP_TO = 400;

    private final TimelineViewModel vm;
    private final ObjectProperty<LibraryEntry> left;
    private final ObjectProperty<LibraryEntry> right;
    private final TextField filterBox = new TextField();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Library"));
    /** What other screens offer on a text's context menu, each asked per text. */
    private final List<Function<LibraryEntry, Optional<EntryAction>>> entryActions = new ArrayList<>();

    public TimelineView(TimelineViewModel vm, ObjectProperty<LibraryEntry> left, ObjectProperty<LibraryEntry> right) {
        this.vm = vm;
        this.left = left;
        this.right = right;
        getStyleClass().add(Styles.SIDEBAR);
        filterBox.setPromptText("Filter: symbol, session, year, title");
        filterBox.textProperty().bindBidirectional(vm.filterProperty());
        filterBox.setId("timeline-filter");
        Label hint = new Label("Click: left text \u00B7 Ctrl+click: right text");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        Label counts = new Label();
        counts.setId("timeline-counts");
        counts.getStyleClass().add(Styles.MUTED);
        counts.textProperty().bind(vm.countsProperty());
        tree.setShowRoot(false);
        tree.setId("timeline");
        tree.setCellFactory(t -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(filterBox, new SidebarChoices(vm), counts, hint, tree);
        vm.shownProperty().addListener((obs, old, now) -> fill(now));
        left.addListener((obs, old, now) -> showPicked(now));
        right.addListener((obs, old, now) -> showPicked(now));
        fill(vm.shownProperty().get());
    }

    /** Opens the series of a picked text (a long library shows its series folded) and redraws the marks. */
    private void showPicked(LibraryEntry picked) {
        if (picked != null) {
            for (TreeItem<Object> series : tree.getRoot().getChildren()) {
                if (contains(series, picked)) {
                    boolean wasFolded = !series.isExpanded();
                    series.setExpanded(true);
                    if (wasFolded) {
                        tree.scrollTo(Math.max(0, tree.getRow(series)));
                    }
                    break;
                }
            }
        }
        tree.refresh();
    }

    private static boolean contains(TreeItem<Object> item, LibraryEntry entry) {
        if (item instanceof SeriesItem s) {
            // asked of the series, so folded series are not filled just to look
            return holds(s.series, entry);
        }
        for (TreeItem<Object> child : item.getChildren()) {
            if (entry.equals(child.getValue()) || contains(child, entry)) {
                return true;
            }
        }
        return false;
    }

    private void fill(List<SeriesTimeline> series) {
        tree.getRoot().getChildren().setAll(items(series, left.get(), right.get()));
    }

    /**
     * The tree's series items. A short list shows every series open; a long one (a whole library)
     * opens only the series of the picked texts, so the tree stays quick to scroll and to build.
     */
    static List<TreeItem<Object>> items(List<SeriesTimeline> series, LibraryEntry left, LibraryEntry right) {
        int texts = series.stream().mapToInt(s -> s.adopted().size() + s.drafts().size()).sum();
        boolean openAll = texts <= OPEN_ALL_UP_TO;
        List<TreeItem<Object>> items = new java.util.ArrayList<>(series.size());
        for (SeriesTimeline s : series) {
            SeriesItem item = new SeriesItem(s);
            item.setExpanded(openAll || holds(s, left) || holds(s, right));
            items.add(item);
        }
        return items;
    }

    /** A series whose texts become tree items only when it is first opened: a folded library costs one item per series. */
    private static final class SeriesItem extends TreeItem<Object> {
        private final SeriesTimeline series;
        private boolean filled;

        SeriesItem(SeriesTimeline series) {
            super(series.title());
            this.series = series;
        }

        @Override
        public boolean isLeaf() {
            return false;
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<Object>> getChildren() {
            if (!filled) {
                filled = true;
                List<TreeItem<Object>> children = new java.util.ArrayList<>(series.adopted().size() + 1);
                series.adopted().forEach(e -> children.add(new TreeItem<>(e)));
                if (!series.drafts().isEmpty()) {
                    TreeItem<Object> drafts = new TreeItem<>(DRAFTS);
                    drafts.setExpanded(true);
                    List<TreeItem<Object>> draftItems = new java.util.ArrayList<>(series.drafts().size());
                    series.drafts().forEach(e -> draftItems.add(new TreeItem<>(e)));
                    drafts.getChildren().setAll(draftItems);
                    children.add(drafts);
                }
                super.getChildren().setAll(children);
            }
            return super.getChildren();
        }
    }

    private static boolean holds(SeriesTimeline s, LibraryEntry e) {
        return e != null && (s.adopted().contains(e) || s.drafts().contains(e));
    }

    /** Offers an item on the context menu of the texts {@code actions} has one for. */
    public void addEntryActions(Function<LibraryEntry, Optional<EntryAction>> actions) {
        entryActions.add(actions);
        tree.refresh();
    }

    /** The context menu of a text's cell, or null when nothing is offered (tests use it as a right-click would). */
    public ContextMenu entryMenu(LibraryEntry entry) {
        List<MenuItem> items = new ArrayList<>();
        for (Function<LibraryEntry, Optional<EntryAction>> actions : entryActions) {
            actions.apply(entry).ifPresent(a -> {
                MenuItem item = new MenuItem(a.text());
                item.setDisable(!a.enabled());
                if (a.enabled()) {
                    item.setOnAction(e -> a.run().run());
                }
                items.add(item);
            });
        }
        return items.isEmpty() ? null : new ContextMenu(items.toArray(MenuItem[]::new));
    }

    public TextField filterBox() {
        return filterBox;
    }

    public TreeView<Object> tree() {
        return tree;
    }

    private final class EntryCell extends TreeCell<Object> {
        EntryCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof LibraryEntry entry) {
                    (e.isShortcutDown() ? right : left).set(entry);
                }
            });
        }

        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(Styles.SERIES_TITLE, Styles.DRAFT);
            setText(null);
            setGraphic(null);
            setContextMenu(null);
            if (empty || item == null) {
                return;
            }
            setContextMenu(null);
            if (item instanceof LibraryEntry entry) {
                setGraphic(entryGraphic(entry));
                setContextMenu(entryMenu(entry));
                if (entry.isDraft()) {
                    getStyleClass().add(Styles.DRAFT);
                }
            } else {
                Label title = new Label(item.toString());
                title.setWrapText(true);
                title.setMaxWidth(205);
                setGraphic(title);
                if (!DRAFTS.equals(item)) {
                    getStyleClass().add(Styles.SERIES_TITLE);
                }
            }
        }

        private HBox entryGraphic(LibraryEntry entry) {
            Label session = new Label(entry.isDraft() ? entry.kind().displayName() + ", " + entry.sessionLabel()
                    : entry.sessionLabel());
            session.getStyleClass().add("session");
            Label detail = new Label(entry.displayName().equals(session.getText())
                    ? entry.dateLabel() : joinNonEmpty(entry.summary().symbol(), entry.dateLabel()));
            detail.getStyleClass().add(Styles.MUTED);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox box = new HBox(6, new Label("\u25CF"), new VBox(session, detail), spacer);
            box.getChildren().get(0).getStyleClass().add("timeline-dot");
            if (entry.equals(left.get())) {
                box.getChildren().add(pick("L", Styles.PICKED_LEFT));
            }
            if (entry.equals(right.get())) {
                box.getChildren().add(pick("R", Styles.PICKED_RIGHT));
            }
            return box;
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
            return l;
        }
    }
}
