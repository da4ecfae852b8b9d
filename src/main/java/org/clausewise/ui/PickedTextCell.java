package org.clausewise.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.clausewise.ui.library.LibraryEntry;

/**
 * The face of a text picker: the picked text's label, drawn from the picker's value. A ComboBox's
 * own face goes blank for a value that is not among its items, and a text can be picked that is not
 * in the library (the draft as amended).
 */
final class PickedTextCell extends ListCell<LibraryEntry> {
    private final ComboBox<LibraryEntry> picker;

    PickedTextCell(ComboBox<LibraryEntry> picker) {
        this.picker = picker;
        picker.valueProperty().addListener((obs, old, now) -> show(now));
    }

    @Override
    protected void updateItem(LibraryEntry item, boolean empty) {
        super.updateItem(item, empty);
        show(picker.getValue());
    }

    private void show(LibraryEntry picked) {
        setText(picked == null ? picker.getPromptText() : picked.toString());
    }
}
