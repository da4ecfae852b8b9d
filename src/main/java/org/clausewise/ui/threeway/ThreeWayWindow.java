package org.clausewise.ui.threeway;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.export.PdfOptions;
import org.clausewise.export.ThreeWayPdf;
import org.clausewise.present.ViewOptions;
import org.clausewise.ui.background.BackgroundExecutor;

/**
 * The negotiation view in a window of its own, beside the main window and in its theme, with its
 * keys: F7 / Shift+F7 (and Alt+Down / Alt+Up) walk the changes, Ctrl+E exports the PDF of what is
 * shown, Ctrl+W closes. The PDF is written off the FX thread.
 */
public final class ThreeWayWindow {
    private final ThreeWayViewModel vm;
    private final ThreeWayView view;
    private final Stage stage = new Stage();
    private final BackgroundExecutor executor;
    /** The files of the three texts: the PDF must never replace one of them. */
    private final List<Path> inputs;
    /** Asks where to save the PDF (owner, suggested name); the main window's save dialog. */
    private final BiFunction<Window, String, Optional<Path>> choosePdf;

    public ThreeWayWindow(ThreeWayComparison comparison, ViewOptions options, Window owner,
                          List<String> stylesheets, BackgroundExecutor executor, List<Path> inputs,
                          BiFunction<Window, String, Optional<Path>> choosePdf) {
        this.vm = new ThreeWayViewModel(comparison, options);
        this.executor = executor;
        this.inputs = List.copyOf(inputs);
        this.choosePdf = choosePdf;
        this.view = new ThreeWayView(vm, this::chooseAndExport);
        var bounds = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(1440, bounds.getWidth()), Math.min(900, bounds.getHeight()));
        scene.getStylesheets().setAll(stylesheets);
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F7), vm::nextChange);
        keys.put(new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN), vm::previousChange);
        keys.put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), vm::nextChange);
        keys.put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), vm::previousChange);
        keys.put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::chooseAndExport);
        keys.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        if (owner != null) {
            stage.initOwner(owner);
            stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : List.of());
        }
        stage.setTitle(vm.title() + " \u2014 Clausewise");
        stage.setScene(scene);
    }

    public Stage show() {
        stage.show();
        return stage;
    }

    public ThreeWayViewModel viewModel() {
        return vm;
    }

    public ThreeWayView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    private void chooseAndExport() {
        choosePdf.apply(stage, vm.suggestedPdfName()).ifPresent(this::exportPdf);
    }

    /** Writes the PDF of what is shown (the toggles as they are) in the background; a failure is one dialog. */
    public void exportPdf(Path out) {
        ThreeWayComparison c = vm.comparison();
        PdfOptions options = PdfOptions.of(PdfOptions.PageSize.A4, vm.options());
        String title = stage.getTitle();
        stage.setTitle("Writing " + out.getFileName() + "\u2026");
        executor.submit(() -> {
            ThreeWayPdf.write(c, out, options, inputs);
            return out;
        }, written -> stage.setTitle(title), error -> {
            stage.setTitle(title);
            String m = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            Alert a = new Alert(Alert.AlertType.ERROR, m.lines().findFirst().orElse(m));
            a.setTitle("Could not write the PDF");
            a.setHeaderText("Could not write the PDF");
            a.initOwner(stage);
            a.getDialogPane().getStylesheets().setAll(stage.getScene().getStylesheets());
            a.show();
        });
    }
}
