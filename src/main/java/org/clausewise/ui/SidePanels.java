package org.clausewise.ui;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewise.ui.viewer.ViewerViewModel;

import java.util.ArrayList;
import java.util.List;

/**
 * The library sidebar and the change panel beside the viewer, each shown or folded to a narrow
 * strip. The user folds them (View menu, Ctrl+B / Ctrl+J, the strip's button; remembered), and a
 * window too narrow for readable text columns folds them by itself ({@link PanelFit}), the change
 * panel first. The change panel's strip keeps previous / next and "4/12", so F7 still shows where
 * it is.
 */
final class SidePanels {
    static final String STRIP = "panel-strip";

    private final SplitPane split = new SplitPane();
    private final Region sidebar;
    private final Region center;
    private final Region changes;
    private final VBox libraryStrip;
    private final VBox changesStrip;
    /** What the user asked for (remembered in the settings). */
    private final BooleanProperty libraryWanted = new SimpleBooleanProperty(true);
    private final BooleanProperty changesWanted = new SimpleBooleanProperty(true);
    private boolean libraryForced;
    private boolean changesForced;
    /** What is shown now. */
    private final ReadOnlyBooleanWrapper libraryShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper changesShown = new ReadOnlyBooleanWrapper();
    private double libraryWidth = 270; // a row shows "A/RES/65/218 · 21 Dec 2010" whole, with its L/R mark
    private double changesWidth = 230;

    SidePanels(Region sidebar, Region center, Region changes, ViewerViewModel viewer) {
        this.sidebar = sidebar;
        this.center = center;
        this.changes = changes;
        libraryStrip = strip(button("\u25B8", "show-library", "Show the library (Ctrl+B)", this::toggleLibrary));
        libraryStrip.setId("library-strip");
        Label position = new Label();
        position.setId("strip-position");
        position.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> shortPosition(viewer.changePositionProperty().get()), viewer.changePositionProperty()));
        position.setWrapText(true);
        Button previous = button("\u2191", "strip-previous-change", "Previous change (Shift+F7)", viewer::previousChange);
        Button next = button("\u2193", "strip-next-change", "Next change (F7)", viewer::nextChange);
        previous.disableProperty().bind(viewer.presentationProperty().isNull());
        next.disableProperty().bind(viewer.presentationProperty().isNull());
        changesStrip = strip(button("\u25C2", "show-changes", "Show the change panel (Ctrl+J)", this::toggleChanges),
                previous, next, position);
        changesStrip.setId("changes-strip");
        sidebar.setMinWidth(200);
        changes.setMinWidth(200);
        SplitPane.setResizableWithParent(sidebar, false);
        SplitPane.setResizableWithParent(changes, false);
        SplitPane.setResizableWithParent(libraryStrip, false);
        SplitPane.setResizableWithParent(changesStrip, false);
        split.setOrientation(Orientation.HORIZONTAL);
        split.widthProperty().addListener((obs, old, now) -> fit());
        libraryWanted.addListener((obs, old, now) -> fit());
        changesWanted.addListener((obs, old, now) -> fit());
        arrange(true, true);
    }

    /** "change 4 of 12" → "4/12"; "12 changes" → "12"; as short as the strip is narrow. */
    static String shortPosition(String position) {
        if (position == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("change (\\d+) of (\\d+)").matcher(position);
        if (m.matches()) {
            return m.group(1) + "/" + m.group(2);
        }
        m = java.util.regex.Pattern.compile("(\\d+) changes?").matcher(position);
        return m.matches() ? m.group(1) : position.isEmpty() ? "" : "0";
    }

    private static VBox strip(Node... children) {
        VBox box = new VBox(6, children);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add(STRIP);
        box.setMinWidth(PanelFit.STRIP);
        box.setMaxWidth(PanelFit.STRIP);
        box.setPrefWidth(PanelFit.STRIP);
        return box;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.getStyleClass().add("small-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    SplitPane node() {
        return split;
    }

    /** Ctrl+B: hides the sidebar when shown, shows it when folded (even in a narrow window). */
    void toggleLibrary() {
        boolean show = !libraryShown.get();
        libraryForced = show;
        libraryWanted.set(show);
        fit();
    }

    /** Ctrl+J: the same for the change panel. */
    void toggleChanges() {
        boolean show = !changesShown.get();
        changesForced = show;
        changesWanted.set(show);
        fit();
    }

    /** The user's wish for the sidebar, as remembered in the settings. */
    BooleanProperty libraryWantedProperty() {
        return libraryWanted;
    }

    BooleanProperty changesWantedProperty() {
        return changesWanted;
    }

    ReadOnlyBooleanProperty libraryShownProperty() {
        return libraryShown.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty changesShownProperty() {
        return changesShown.getReadOnlyProperty();
    }

    private void fit() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        PanelFit f = PanelFit.decide(width, libraryWidth, changesWidth, libraryWanted.get(), changesWanted.get(),
                libraryForced, changesForced);
        if (f.library() != libraryShown.get() || f.changes() != changesShown.get() || split.getItems().isEmpty()) {
            arrange(f.library(), f.changes());
        }
    }

    /** Puts each panel or its strip in the split, keeping the panels' widths in pixels. */
    private void arrange(boolean library, boolean withChanges) {
        rememberWidths();
        List<Node> items = new ArrayList<>();
        items.add(library ? sidebar : libraryStrip);
        items.add(center);
        items.add(withChanges ? changes : changesStrip);
        split.getItems().setAll(items);
        libraryShown.set(library);
        changesShown.set(withChanges);
        placeDividers();
        // the split lays out its new items on the next pulse; place the dividers again then
        Platform.runLater(this::placeDividers);
    }

    private void rememberWidths() {
        boolean withSidebar = split.getItems().contains(sidebar);
        boolean withChanges = split.getItems().contains(changes);
        double left = withSidebar ? sidebar.getWidth() : PanelFit.STRIP;
        double right = withChanges ? changes.getWidth() : PanelFit.STRIP;
        if (PanelFit.textColumn(split.getWidth(), left, right) < PanelFit.MIN_TEXT_COLUMN) {
            // a layout in passing (the split's first pass shares the width out evenly), not widths the
            // user chose: remembering it folded the change panel of a 1280-pixel window, now and then
            return;
        }
        if (withSidebar && sidebar.getWidth() > 0) {
            libraryWidth = sidebar.getWidth();
        }
        if (withChanges && changes.getWidth() > 0) {
            changesWidth = changes.getWidth();
        }
    }

    private void placeDividers() {
        double width = split.getWidth();
        if (width <= 0) {
            return;
        }
        double left = libraryShown.get() ? libraryWidth : PanelFit.STRIP;
        double right = changesShown.get() ? changesWidth : PanelFit.STRIP;
        split.setDividerPositions(left / width, Math.max(left + 100, width - right) / width);
    }
}
