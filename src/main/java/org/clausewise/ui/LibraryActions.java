package org.clausewise.ui;

import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.Removal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Managing the library from the window, without the window: remove a text or a folder (never the
 * file), undo it, locate a file that moved, choose about a text found twice. Each runs in the
 * background, then shows the new library, keeps the picked pair where it can, and tells the user
 * what happened in a notice (with Undo after a removal). Tested as a view model.
 */
public final class LibraryActions {
    private final MainViewModel vm;

    LibraryActions(MainViewModel vm) {
        this.vm = vm;
    }

    /** Removes texts from the library; a picked one is unpicked. The notice offers Undo. */
    public void remove(List<LibraryEntry> texts) {
        if (texts.isEmpty() || refusedWhileLoading()) {
            return;
        }
        LibraryEntry l = vm.leftProperty().get();
        LibraryEntry r = vm.rightProperty().get();
        run("Could not remove from the library", () -> vm.services().library().remove(texts), removal -> {
            // (an immutable list's contains(null) throws)
            boolean leftGone = l != null && texts.contains(l);
            boolean rightGone = r != null && texts.contains(r);
            show(removal.library());
            if (leftGone) {
                vm.leftProperty().set(null);
            }
            if (rightGone) {
                vm.rightProperty().set(null);
            }
            offerUndo(removal, leftGone ? l.source() : null, rightGone ? r.source() : null);
        });
    }

    /** Removes a folder the user added, with its texts. */
    public void removeFolder(Path folder) {
        if (refusedWhileLoading()) {
            return;
        }
        run("Could not remove the folder", () -> vm.services().library().removeFolder(folder), removal -> {
            Path f = folder.toAbsolutePath().normalize();
            Path l = unpickIfUnder(vm.leftProperty().get(), f, true);
            Path r = unpickIfUnder(vm.rightProperty().get(), f, false);
            show(removal.library());
            offerUndo(removal, l, r);
        });
    }

    /** Removes a missing file or folder from the list. */
    public void removeMissing(MissingFile missing) {
        if (refusedWhileLoading()) {
            return;
        }
        run("Could not remove " + missing.name(), () -> vm.services().library().removeMissing(missing), removal -> {
            show(removal.library());
            offerUndo(removal, null, null);
        });
    }

    /** Points a missing file or folder to where the user found it; it keeps its place in the list. */
    public void locate(MissingFile missing, Path found) {
        if (refusedWhileLoading()) {
            return;
        }
        run("Could not use " + found.getFileName(), () -> vm.services().library().locate(missing, found), library -> {
            show(library);
            vm.statusProperty().set(missing.name() + " is read from " + found.toAbsolutePath().normalize().getParent()
                    + " from now on");
        });
    }

    /** Keeps every copy of a text found more than once; each row names its folder. */
    public void keepAll(String duplicateKey) {
        run("Could not keep the choice", () -> vm.services().library().keepAll(duplicateKey), library -> {
            show(library);
            vm.statusProperty().set("Every copy is kept; each row names its folder");
        });
    }

    /** Uses one copy of a text found more than once for all of them. */
    public void useOnly(String duplicateKey, LibraryEntry chosen) {
        LibraryEntry l = vm.leftProperty().get();
        LibraryEntry r = vm.rightProperty().get();
        run("Could not keep the choice", () -> vm.services().library().useOnly(duplicateKey, chosen), library -> {
            show(library);
            // a pick of a copy set aside becomes the copy kept
            if (l != null && l.duplicate() != null && l.duplicate().key().equals(duplicateKey) && !l.equals(chosen)) {
                library.find(chosen.source()).ifPresent(vm.leftProperty()::set);
            }
            if (r != null && r.duplicate() != null && r.duplicate().key().equals(duplicateKey) && !r.equals(chosen)) {
                library.find(chosen.source()).ifPresent(vm.rightProperty()::set);
            }
            String copy = chosen.origin().kind() == org.clausewise.corpus.TextOrigin.Kind.BUNDLED ? "the bundled copy"
                    : "the copy in " + chosen.folderName();
            vm.statusProperty().set(chosen.displayName() + ": " + copy + " is used; the others are set aside"
                    + " (right-click it, Show All Copies, to bring them back)");
        });
    }

    /** Forgets the choice about a duplicate: every copy shows again. */
    public void undecide(String duplicateKey) {
        run("Could not change the choice", () -> vm.services().library().undecide(duplicateKey), this::show);
    }

    private boolean refusedWhileLoading() {
        if (vm.loadingProperty().get()) {
            vm.statusProperty().set("The library is still being read: change it once loading has ended (or Stop it)");
            return true;
        }
        return false;
    }

    private Path unpickIfUnder(LibraryEntry picked, Path folder, boolean left) {
        if (picked == null || !picked.source().toAbsolutePath().normalize().startsWith(folder)) {
            return null;
        }
        (left ? vm.leftProperty() : vm.rightProperty()).set(null);
        return picked.source();
    }

    private void offerUndo(Removal removal, Path left, Path right) {
        vm.statusProperty().set(removal.message());
        vm.notices().post(new Notice("removed", removal.message(), List.of(new Notice.Action("Undo",
                () -> undo(removal.undo(), left, right)))));
    }

    /** Brings back what a removal took, and the picked texts it unpicked. */
    void undo(Removal.Undo undo, Path left, Path right) {
        run("Could not undo the removal", () -> vm.services().library().undo(undo), library -> {
            show(library);
            if (left != null) {
                library.find(left).ifPresent(vm.leftProperty()::set);
            }
            if (right != null) {
                library.find(right).ifPresent(vm.rightProperty()::set);
            }
            vm.statusProperty().set("Put back in the library");
        });
    }

    /** Shows the new library, keeping the picked texts that are still in it. */
    private void show(Library library) {
        LibraryEntry l = vm.leftProperty().get();
        LibraryEntry r = vm.rightProperty().get();
        vm.libraryProperty().set(library);
        vm.leftProperty().set(l == null ? null : library.find(l.source()).orElse(null));
        vm.rightProperty().set(r == null ? null : library.find(r.source()).orElse(null));
        LibraryNotices.afterChange(vm, library);
    }

    private <T> void run(String failure, Callable<T> work, Consumer<T> then) {
        vm.services().executor().submit(work, then, error -> vm.reportError(failure, error));
    }
}
