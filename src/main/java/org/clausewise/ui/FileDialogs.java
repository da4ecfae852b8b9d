package org.clausewise.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The open and save dialogs of the File menu. */
final class FileDialogs {
    private FileDialogs() {
    }

    /** Texts to add to the library; empty when the user cancels. */
    static Optional<List<Path>> chooseTexts(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add texts to the library");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Resolutions (*.pdf, *.txt, *.md)", "*.pdf", "*.txt", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? Optional.empty() : Optional.of(files.stream().map(File::toPath).toList());
    }

    /** Where to save the PDF; empty when the user cancels. */
    static Optional<Path> choosePdf(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export comparison as PDF");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
