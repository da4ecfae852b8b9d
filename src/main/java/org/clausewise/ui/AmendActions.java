package org.clausewise.ui;

import org.clausewise.ui.keys.Shortcut;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.clausewise.model.ResolutionKind;
import org.clausewise.ui.sidebar.EntryAction;

/**
 * The draft as amended in the main window: the banner over the viewer, View → Show the Draft as
 * Amended (Ctrl+Shift+A) for the picked amendment, and the same on an amendment's context menu in
 * the timeline, disabled there with the missing draft named when the library lacks it.
 */
public final class AmendActions {
    private final AmendmentViewModel vm;

    private AmendActions(AmendmentViewModel vm) {
        this.vm = vm;
    }

    /** Adds the banner, the menu item and the timeline action to the window; the one call it makes. */
    public static AmendActions install(MainWindow window) {
        AmendmentViewModel vm = new AmendmentViewModel(window.viewModel(), window.services().executor());
        AmendActions actions = new AmendActions(vm);
        window.addBanner(new AmendmentBar(vm));
        window.shortcuts().bind(Shortcut.AMENDED_DRAFT, () -> actions.showPicked(window));
        MenuItem item = window.shortcuts().menuItem("Show the Draft as _Amended", Shortcut.AMENDED_DRAFT);
        window.viewMenu().getItems().addAll(new SeparatorMenuItem(), item);
        window.sidebar().addEntryActions(entry -> entry.kind() != ResolutionKind.AMENDMENT ? Optional.empty()
                : Optional.of(new EntryAction(vm.actionText(entry),
                        vm.draftOf(entry).isPresent() ? () -> vm.show(List.of(entry)) : null)));
        return actions;
    }

    public AmendmentViewModel viewModel() {
        return vm;
    }

    private void showPicked(MainWindow window) {
        if (vm.pickedAmendment().isEmpty()) {
            window.viewModel().statusProperty().set("Pick an amendment first: its draft is then shown as amended.");
            return;
        }
        vm.showPicked();
    }
}
