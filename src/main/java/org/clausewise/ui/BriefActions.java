package org.clausewise.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.clausewise.ui.brief.SessionBriefExport;
import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.LibraryEntry;

/**
 * File → Export Session Brief…: asks which session (the picked text's by default), where to save
 * the PDF, then makes it in the background ({@link SessionBriefExport}).
 */
final class BriefActions {
    private final MainWindow window;
    private final MainViewModel vm;
    private final SessionBriefExport export;

    private BriefActions(MainWindow window, BackgroundExecutor executor) {
        this.window = window;
        this.vm = window.viewModel();
        this.export = new SessionBriefExport(executor, vm.busyProperty(), vm.progressProperty(), vm.statusProperty());
    }

    /** Adds the menu item to the File menu; the one call the main window makes. */
    static BriefActions install(MainWindow window, BackgroundExecutor executor) {
        BriefActions actions = new BriefActions(window, executor);
        MenuItem item = new MenuItem("Export Session _Brief\u2026");
        item.setId("export-session-brief");
        item.setOnAction(e -> actions.chooseAndExport());
        var items = window.fileMenu().getItems();
        int after = items.stream().filter(i -> i.getText() != null && i.getText().contains("Export PDF"))
                .findFirst().map(items::indexOf).orElse(items.size() - 1);
        items.add(after + 1, item);
        return actions;
    }

    public void chooseAndExport() {
        List<LibraryEntry> library = vm.libraryProperty().get().entries();
        List<Integer> sessions = SessionBriefExport.sessions(library);
        if (sessions.isEmpty()) {
            inform("Nothing to summarise", "Add the resolutions of a session (and of the one before) to the library first.");
            return;
        }
        LibraryEntry picked = vm.rightProperty().get() != null ? vm.rightProperty().get() : vm.leftProperty().get();
        Integer preferred = picked == null ? null : picked.summary().session();
        ChoiceDialog<Integer> ask = new ChoiceDialog<>(sessions.contains(preferred) ? preferred : sessions.get(0),
                sessions);
        ask.initOwner(owner());
        ask.setTitle("Export session brief");
        ask.setHeaderText("Each resolution of the session, compared with the previous text of its series.");
        ask.setContentText("Session:");
        Optional<Integer> session = ask.showAndWait();
        if (session.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export session brief as PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        chooser.setInitialFileName("session-brief-" + session.get() + ".pdf");
        File file = chooser.showSaveDialog(owner());
        if (file == null) {
            return;
        }
        Path out = file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + ".pdf");
        export.export(library, session.get(), out, brief -> { }, this::error);
    }

    private void inform(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message);
    }

    private void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message);
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    private Window owner() {
        return window.scene().getWindow();
    }
}
