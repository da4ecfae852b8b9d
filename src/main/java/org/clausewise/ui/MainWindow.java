package org.clausewise.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.clausewise.ui.changes.ChangeListView;
import org.clausewise.ui.keys.EscapeCloses;
import org.clausewise.ui.keys.ShortcutKeys;
import org.clausewise.ui.keys.ShortcutTable;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.settings.Settings;
import org.clausewise.ui.sidebar.TimelineView;
import org.clausewise.ui.sidebar.TimelineViewModel;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.theme.Theme;
import org.clausewise.ui.viewer.ComparisonView;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The main window: menu bar, timeline sidebar, text pickers with a swap button, the side-by-side
 * viewer, the change panel, and a status bar with progress. Layout and wiring only; the state
 * lives in {@link MainViewModel}.
 */
public final class MainWindow {
    private final AppServices services;
    private final MainViewModel vm;
    private final TimelineViewModel timelineVm = new TimelineViewModel();
    private final ComparisonView viewer;
    private final TimelineView sidebar;
    private final ChangeListView changes;
    private final FindViewModel find;
    private final FindBar findBar;
    private final ShortcutKeys shortcuts = new ShortcutKeys();
    private final SidePanels panels;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ComboBox<LibraryEntry> leftPicker = new ComboBox<>();
    private final ComboBox<LibraryEntry> rightPicker = new ComboBox<>();
    private final Button swapButton = new Button("\u21C4 Swap");
    private final AppMenus menus;
    private final BorderPane root = new BorderPane();
    /** The picker bar, banners, find bar and viewer, top to bottom. */
    private final VBox center;
    private final Scene scene;
    private Theme theme;
    private Settings settings;
    private Stage stage;
    private final Dialogs dialogs = new Dialogs(() -> stage, () -> theme);

    public MainWindow(AppServices services, Settings settings) {
        this.services = services;
        this.settings = settings;
        this.vm = new MainViewModel(services);
        this.theme = Theme.fromId(settings.theme());
        darkTheme.set(theme == Theme.DARK);
        darkTheme.addListener((obs, old, now) -> setTheme(now ? Theme.DARK : Theme.LIGHT));
        vm.viewer().fontSizeProperty().set(settings.fontSize());
        vm.viewer().showEditorialProperty().set(settings.showEditorial());
        vm.viewer().onlyChangesProperty().set(settings.onlyChanges());
        timelineVm.libraryProperty().bind(vm.libraryProperty());
        viewer = new ComparisonView(vm.viewer());
        viewer.setOnClauseCopied(copied -> vm.clauseCopied());
        sidebar = new TimelineView(timelineVm, vm.leftProperty(), vm.rightProperty(),
                new LibrarySidebarActions(vm, () -> stage));
        changes = new ChangeListView(vm.viewer());
        find = new FindViewModel(vm.viewer());
        findBar = new FindBar(find);
        vm.setErrorSink(this::showError);

        center = new VBox(pickerBar(), seriesWarning(), findBar, viewer);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        center.setMinWidth(0);
        panels = new SidePanels(sidebar, center, changes, vm.viewer());
        panels.libraryWantedProperty().set(settings.libraryPanel());
        panels.changesWantedProperty().set(settings.changePanel());
        menus = new AppMenus(this, vm.viewer(), shortcuts, panels, darkTheme);
        root.setTop(new VBox(menus.bar(), new UserFileProblemBars(vm).node()));
        root.setCenter(panels.node());
        root.setBottom(new StatusBar(vm));
        scene = new Scene(root, settings.width(), settings.height());
        scene.getStylesheets().setAll(theme.stylesheets());
        shortcuts.install(scene);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            // Escape in the main window closes the find bar, wherever the focus is (a list would keep it)
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && findBar.isOpen()) {
                e.consume();
                findBar.close();
            }
        });
        new FileDrop(this::openFiles).install(scene);
        String unreadable = services.settings().problem();
        if (unreadable != null) {
            vm.report(UserFileProblem.settings(services.settings().file(), unreadable, services.settings()::startAfresh));
        }
        HistoryActions.install(this);
        SearchActions.install(this);
        ThreeWayActions.install(this);
        AmendActions.install(this);
        BriefActions.install(this, services.executor());
    }

    private HBox pickerBar() {
        leftPicker.setId("left-picker");
        rightPicker.setId("right-picker");
        swapButton.setId("swap");
        swapButton.setTooltip(new Tooltip("Swap left and right (Ctrl+Shift+X)"));
        swapButton.setOnAction(e -> swap());
        for (ComboBox<LibraryEntry> picker : List.of(leftPicker, rightPicker)) {
            picker.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(picker, Priority.ALWAYS);
            picker.setPromptText("Pick a text");
            picker.setButtonCell(new PickedTextCell(picker));
        }
        leftPicker.valueProperty().bindBidirectional(vm.leftProperty());
        rightPicker.valueProperty().bindBidirectional(vm.rightProperty());
        vm.libraryProperty().addListener((obs, old, now) -> fillPickers(now));
        Label l = new Label("Left");
        Label r = new Label("Right");
        l.setMinWidth(Region.USE_PREF_SIZE);
        r.setMinWidth(Region.USE_PREF_SIZE);
        swapButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, l, leftPicker, swapButton, r, rightPicker);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("picker-bar");
        return bar;
    }

    private void fillPickers(Library library) {
        LibraryEntry l = vm.leftProperty().get();
        LibraryEntry r = vm.rightProperty().get();
        leftPicker.getItems().setAll(library.entries());
        rightPicker.getItems().setAll(library.entries());
        // a reload must not lose the picked texts
        vm.leftProperty().set(l);
        vm.rightProperty().set(r);
    }

    /** A banner over the viewer when the two texts are of different series. */
    private Label seriesWarning() {
        Label warning = new Label();
        warning.setId("different-series");
        warning.getStyleClass().add("series-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(Double.MAX_VALUE);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        warning.textProperty().bind(vm.differentSeriesProperty());
        warning.visibleProperty().bind(vm.differentSeriesProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    /** Shows the window, restoring its size and position, and starts loading the library. */
    public void show(Stage stage) {
        present(stage);
        fitToScreen(stage);
        stage.setOnHidden(e -> saveSettings());
        vm.load(path(settings.left()), path(settings.right()), settings.left() == null && settings.right() == null);
    }

    /** Shows the window without loading anything (screenshot mode and tests fill the view model). */
    public void present(Stage stage) {
        this.stage = stage;
        stage.setTitle("Clausewise");
        AppIcons.install(stage);
        stage.setScene(scene);
        EscapeCloses.everyWindowBut(stage);
        if (settings.hasPosition()) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        // the size saved is the stage's (getWidth at close); a stage shown before keeps its old size otherwise
        stage.setWidth(settings.width());
        stage.setHeight(settings.height());
        stage.setMaximized(settings.maximized());
        stage.show();
    }

    /** A remembered size or place may not fit this screen (a smaller laptop, a monitor unplugged). */
    private static void fitToScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (Screen.getScreensForRectangle(stage.getX(), stage.getY(), 100, 100).isEmpty()) {
            stage.setX(screen.getMinX() + 20);
            stage.setY(screen.getMinY() + 20);
        }
        stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
        stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
    }

    private static Path path(String s) {
        return s == null ? null : Path.of(s);
    }

    /** Writes window geometry, theme, zoom, toggles and the picked texts to settings.properties. */
    void saveSettings() {
        if (stage != null) {
            settings = settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized());
        }
        List<Path> pair = vm.pairToRemember();
        settings = settings.withView(theme.id(), vm.viewer().fontSizeProperty().get(),
                        vm.viewer().showEditorialProperty().get(), vm.viewer().onlyChangesProperty().get())
                .withComparison(pair.get(0) == null ? null : pair.get(0).toAbsolutePath().toString(),
                        pair.get(1) == null ? null : pair.get(1).toAbsolutePath().toString())
                .withPanels(panels.libraryWantedProperty().get(), panels.changesWantedProperty().get());
        if (services.settings().problem() != null) {
            return; // the user was told in the window; their file is not replaced
        }
        try {
            services.settings().save(settings);
        } catch (IOException e) {
            System.err.println("clausewise: could not save settings: " + e.getMessage());
        }
    }

    void chooseAndOpen() {
        FileDialogs.chooseTexts(stage).ifPresent(this::openFiles);
    }

    /** Adds files or folders to the library (File → Open, drag and drop). */
    public void openFiles(List<Path> paths) {
        vm.addTexts(paths);
    }

    void chooseAndExport() {
        if (vm.viewer().comparisonProperty().get() == null) {
            showError("Nothing to export", "Pick a left and a right text first.");
            return;
        }
        FileDialogs.choosePdf(stage, ExportNames.suggest(vm.viewer().comparisonProperty().get()))
                .ifPresent(this::exportPdf);
    }

    /** Writes the PDF in the background; the status bar shows progress, a dialog any failure. */
    public void exportPdf(Path out) {
        vm.exportPdf(ExportNames.withPdfExtension(out), () -> { });
    }

    void swap() {
        vm.swap();
    }

    void showFind() {
        findBar.open();
    }

    void findNext() {
        findBar.findNext();
    }

    void findPrevious() {
        findBar.findPrevious();
    }

    /** Ctrl+L: to the sidebar's filter box, unfolding the sidebar if it was folded. */
    void focusFilter() {
        if (!panels.libraryShownProperty().get()) {
            panels.toggleLibrary();
        }
        sidebar.filterBox().requestFocus();
        sidebar.filterBox().selectAll();
    }

    /** Edit → Remove from Library: the text selected in the sidebar (Delete there does the same). */
    void removeSelectedText() {
        Object selected = sidebar.tree().getSelectionModel().getSelectedItem() == null ? null
                : sidebar.tree().getSelectionModel().getSelectedItem().getValue();
        if (selected instanceof LibraryEntry entry) {
            vm.libraryActions().remove(List.of(entry));
        } else if (selected instanceof org.clausewise.corpus.MissingFile missing) {
            vm.libraryActions().removeMissing(missing);
        } else {
            vm.statusProperty().set("Select a text in the library sidebar first, then remove it (Delete)");
        }
    }

    /** Ctrl+Shift+C: copies the current clause with its reference; the status bar says what was copied. */
    void copyClause() {
        viewer.copyCurrentClause();
    }

    void close() {
        if (stage != null) {
            stage.close();
        }
    }

    Theme theme() {
        return theme;
    }

    public void setTheme(Theme newTheme) {
        theme = newTheme;
        scene.getStylesheets().setAll(theme.stylesheets());
        darkTheme.set(theme == Theme.DARK);
    }

    /** F1: the table of keys, made from the list the menus and the key filter use. */
    void showShortcuts() {
        dialogs.table("Keyboard shortcuts",
                ShortcutTable.grid(s -> s.scope() != org.clausewise.ui.keys.Shortcut.Scope.WINDOW || shortcuts.isBound(s)));
    }

    void showAbout() {
        dialogs.inform("Clausewise",
                "Read and compare United Nations General Assembly resolutions clause by clause.");
    }

    void showError(String title, String message) {
        dialogs.error(title, message);
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** The services the window was built from (background work, the library), for other screens. */
    public AppServices services() {
        return services;
    }

    /** Puts a banner of another screen over the viewer, under the text pickers and their warning. */
    public void addBanner(javafx.scene.Node banner) {
        center.getChildren().add(center.getChildren().indexOf(findBar), banner);
    }

    public ComparisonView viewer() {
        return viewer;
    }

    public TimelineView sidebar() {
        return sidebar;
    }

    public ChangeListView changes() {
        return changes;
    }

    public Scene scene() {
        return scene;
    }

    /** The File menu, for other exports to add their items to. */
    public javafx.scene.control.Menu fileMenu() {
        return menus.fileMenu();
    }

    /** The View menu, for other screens to add their items to. */
    public javafx.scene.control.Menu viewMenu() {
        return menus.viewMenu();
    }

    /** The window's shortcuts, for other screens to bind theirs (Ctrl+H …) and make their menu items. */
    public ShortcutKeys shortcuts() {
        return shortcuts;
    }

    /** The find bar's state ("3 of 12"). */
    public FindViewModel find() {
        return find;
    }

    /** The find field (for tests). */
    javafx.scene.control.TextField findField() {
        return findBar.field();
    }

    /** The Edit menu, for other screens to add their items to (Search the Corpus). */
    public javafx.scene.control.Menu editMenu() {
        return menus.editMenu();
    }
}
