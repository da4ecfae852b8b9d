package org.clausewise.ui;

import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Drag and drop of .pdf / .txt / .md files or folders onto the window adds them to the library. */
final class FileDrop {
    private final Consumer<List<Path>> onDrop;

    FileDrop(Consumer<List<Path>> onDrop) {
        this.onDrop = onDrop;
    }

    void install(Scene scene) {
        scene.setOnDragOver(e -> {
            if (!accepted(e).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<Path> paths = accepted(e);
            e.setDropCompleted(!paths.isEmpty());
            e.consume();
            if (!paths.isEmpty()) {
                onDrop.accept(paths);
            }
        });
    }

    private static List<Path> accepted(DragEvent e) {
        if (!e.getDragboard().hasFiles()) {
            return List.of();
        }
        return e.getDragboard().getFiles().stream().map(File::toPath).filter(FileDrop::isText).toList();
    }

    /** Folders (their texts are found inside) and .pdf / .txt / .md files. */
    static boolean isText(Path p) {
        if (Files.isDirectory(p)) {
            return true;
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".pdf");
    }
}
