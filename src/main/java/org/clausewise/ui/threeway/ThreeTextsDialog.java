package org.clausewise.ui.threeway;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.clausewise.present.Column;
import org.clausewise.ui.theme.Styles;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;

/**
 * View → Compare Three Texts…: pick last session's resolution, this session's draft and the adopted
 * text. Picking a draft fills the other two from its series when the library has them; OK is
 * enabled once three different texts are picked.
 */
public final class ThreeTextsDialog extends Dialog<ThreeTexts> {
    private final ComboBox<LibraryEntry> previous = picker("three-previous");
    private final ComboBox<LibraryEntry> draft = picker("three-draft");
    private final ComboBox<LibraryEntry> adopted = picker("three-adopted");
    private final Label problem = new Label();

    /** Shows the dialog and waits: the three texts picked, or empty when cancelled. */
    public static Optional<ThreeTexts> choose(Window owner, List<String> stylesheets, Library library,
                                              Optional<ThreeTexts> first) {
        return new ThreeTextsDialog(owner, stylesheets, library, first).showAndWait();
    }

    private ThreeTextsDialog(Window owner, List<String> stylesheets, Library library, Optional<ThreeTexts> first) {
        setTitle("Compare three texts");
        setHeaderText("Last session's resolution, this session's draft and the adopted text, side by side");
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().getStylesheets().setAll(stylesheets);
        List<LibraryEntry> entries = library.entries();
        previous.getItems().setAll(entries.stream().filter(e -> !e.isDraft()).toList());
        draft.getItems().setAll(entries);
        adopted.getItems().setAll(entries.stream().filter(e -> !e.isDraft()).toList());
        first.ifPresent(t -> {
            previous.setValue(t.previous());
            draft.setValue(t.draft());
            adopted.setValue(t.adopted());
        });
        draft.valueProperty().addListener((obs, old, now) -> ThreeTexts.forDraft(library, now).ifPresent(t -> {
            previous.setValue(t.previous());
            adopted.setValue(t.adopted());
        }));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int r = 0;
        for (Column c : Column.values()) {
            grid.add(new Label(c.title()), 0, r);
            grid.add(c == Column.PREVIOUS ? previous : c == Column.DRAFT ? draft : adopted, 1, r++);
        }
        problem.getStyleClass().add(Styles.MUTED);
        grid.add(problem, 1, r);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        for (ComboBox<LibraryEntry> box : List.of(previous, draft, adopted)) {
            box.valueProperty().addListener((obs, old, now) -> check());
        }
        check();
        setResultConverter(button -> button == ButtonType.OK
                ? new ThreeTexts(previous.getValue(), draft.getValue(), adopted.getValue()) : null);
    }

    private void check() {
        Optional<String> wrong = ThreeTexts.problem(previous.getValue(), draft.getValue(), adopted.getValue());
        problem.setText(wrong.orElse(""));
        getDialogPane().lookupButton(ButtonType.OK).setDisable(wrong.isPresent());
    }

    private static ComboBox<LibraryEntry> picker(String id) {
        ComboBox<LibraryEntry> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText("Pick a text");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(420);
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
