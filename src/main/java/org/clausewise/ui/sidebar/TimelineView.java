package org.clausewise.ui.sidebar;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.keys.Shortcut;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.SeriesTimeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The timeline sidebar: a filter box, then each series as a timeline of sessions, drafts in a
 * group of their own, and above them the files of the library that went missing, greyed. Click
 * or Enter picks the left text, Ctrl+click or Ctrl+Enter the right one; the picked texts carry an
 * "L" / "R" mark. Delete removes the selected text from the library (never from the disk); the
 * context menu has the rest. Under the tree, where the selected text comes from.
 */
public final class TimelineView extends VBox {
    /** Tree values are series titles, the "Drafts" group, entries, the missing group and missing files. */
    static final String DRAFTS = "Drafts";
    /** Up to this many texts every series is shown open. */
    static final int OPEN_ALL_UP_TO = 400;

    private final TimelineViewModel vm;
    private final ObjectProperty<LibraryEntry> left;
    private final ObjectProperty<LibraryEntry> right;
    private final TextField filterBox = new TextField();
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("Library"));
    private final SidebarActions actions;
    private final TextDetailsPane details;
    /** What other screens offer on a text's context menu, each asked per text. */
    private final List<Function<LibraryEntry, Optional<EntryAction>>> entryActions = new ArrayList<>();

    public TimelineView(TimelineViewModel vm, ObjectProperty<LibraryEntry> left, ObjectProperty<LibraryEntry> right) {
        this(vm, left, right, SidebarActions.NONE);
    }

    public TimelineView(TimelineViewModel vm, ObjectProperty<LibraryEntry> left, ObjectProperty<LibraryEntry> right,
                        SidebarActions actions) {
        this.vm = vm;
        this.left = left;
        this.right = right;
        this.actions = actions;
        this.details = new TextDetailsPane(actions);
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
        tree.setCellFactory(t -> new TimelineCell(left, right));
        ContextMenu menu = new ContextMenu();
        menu.setOnShowing(e -> {
            SidebarMenu.fill(menu, selected(), actions, left, right);
            if (selected() instanceof LibraryEntry entry) {
                ContextMenu others = entryMenu(entry);
                if (others != null) {
                    menu.getItems().add(2, new javafx.scene.control.SeparatorMenuItem());
                    menu.getItems().addAll(3, List.copyOf(others.getItems()));
                }
            }
        });
        tree.setContextMenu(menu);
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> details.show(selected()));
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(filterBox, new SidebarChoices(vm), counts, hint, tree, details);
        vm.shownProperty().addListener((obs, old, now) -> fill(now));
        vm.missingProperty().addListener((obs, old, now) -> fill(vm.shownProperty().get()));
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

    /** The value of the selected row: an entry, a missing file, a title, or null. */
    private Object selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    /** Enter / Ctrl+Enter pick the selected text; Delete removes it from the library. */
    private void onKey(KeyEvent e) {
        Object value = selected();
        if (Shortcut.PICK_RIGHT.matches(e) && value instanceof LibraryEntry entry) {
            right.set(entry);
        } else if (Shortcut.PICK_LEFT.matches(e) && value instanceof LibraryEntry entry) {
            left.set(entry);
        } else if (Shortcut.REMOVE_FROM_LIBRARY.matches(e) && value instanceof LibraryEntry entry) {
            actions.remove(entry);
        } else if (Shortcut.REMOVE_FROM_LIBRARY.matches(e) && value instanceof MissingFile missing) {
            actions.removeMissing(missing);
        } else {
            return;
        }
        e.consume();
    }

    private void fill(List<SeriesTimeline> series) {
        List<TreeItem<Object>> items = new ArrayList<>();
        List<MissingFile> missing = vm.missingProperty().get();
        if (!missing.isEmpty()) {
            TreeItem<Object> group = new TreeItem<>(missingTitle(missing.size()));
            group.setExpanded(true);
            missing.forEach(m -> group.getChildren().add(new TreeItem<>(m)));
            items.add(group);
        }
        items.addAll(items(series, left.get(), right.get()));
        tree.getRoot().getChildren().setAll(items);
    }

    static String missingTitle(int n) {
        return "Missing files (" + n + ")";
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

    /** The details pane under the tree (for tests). */
    public javafx.scene.Node details() {
        return details;
    }
}
