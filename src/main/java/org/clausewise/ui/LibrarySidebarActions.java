package org.clausewise.ui;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.TextDetails;
import org.clausewise.ui.sidebar.SidebarActions;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What the sidebar's keys and menu do, in the main window: {@link LibraryActions}, and the file chooser of Locate…. */
final class LibrarySidebarActions implements SidebarActions {
    private final MainViewModel vm;
    private final Supplier<Window> owner;

    LibrarySidebarActions(MainViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    @Override
    public void remove(LibraryEntry text) {
        vm.libraryActions().remove(List.of(text));
    }

    @Override
    public void removeFolder(Path folder) {
        vm.libraryActions().removeFolder(folder);
    }

    @Override
    public void removeMissing(MissingFile missing) {
        vm.libraryActions().removeMissing(missing);
    }

    /** A folder chooser for a missing folder, a file chooser for a missing file; starting where it was. */
    @Override
    public void locate(MissingFile missing) {
        File start = nearestFolder(missing.path());
        File found;
        if (missing.folder()) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Where is the folder \u201C" + missing.name() + "\u201D now?");
            chooser.setInitialDirectory(start);
            found = chooser.showDialog(owner.get());
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Where is " + missing.name() + " now?");
            chooser.setInitialDirectory(start);
            chooser.setInitialFileName(missing.name());
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Resolutions (*.pdf, *.txt, *.md)", "*.pdf", "*.txt", "*.md"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            found = chooser.showOpenDialog(owner.get());
        }
        if (found != null) {
            vm.libraryActions().locate(missing, found.toPath());
        }
    }

    /** The closest folder above the missing path that is still there, or null. */
    private static File nearestFolder(Path missing) {
        for (Path up = missing.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (up.toFile().isDirectory()) {
                return up.toFile();
            }
        }
        return null;
    }

    @Override
    public void keepAll(String duplicateKey) {
        vm.libraryActions().keepAll(duplicateKey);
    }

    @Override
    public void useOnly(String duplicateKey, LibraryEntry copy) {
        vm.libraryActions().useOnly(duplicateKey, copy);
    }

    @Override
    public void undecide(String duplicateKey) {
        vm.libraryActions().undecide(duplicateKey);
    }

    @Override
    public void describe(LibraryEntry text, Consumer<TextDetails> then) {
        vm.services().executor().submit(() -> TextDetails.of(text), then, error -> { });
    }
}
