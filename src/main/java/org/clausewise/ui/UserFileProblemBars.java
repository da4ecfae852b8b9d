package org.clausewise.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import org.clausewise.ui.theme.Styles;

/**
 * One bar per user file that cannot be read ({@link MainViewModel#problems()}), above the window's
 * content: what happened, a fresh start that keeps the old file as a backup, and "Not now".
 */
final class UserFileProblemBars {
    private final MainViewModel vm;
    private final VBox bars = new VBox();

    UserFileProblemBars(MainViewModel vm) {
        this.vm = vm;
        vm.problems().addListener((ListChangeListener<UserFileProblem>) c -> show());
        show();
    }

    VBox node() {
        return bars;
    }

    private void show() {
        bars.getChildren().setAll(vm.problems().stream().map(this::bar).toList());
    }

    private HBox bar(UserFileProblem problem) {
        Label message = new Label(problem.message());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button fresh = new Button(problem.freshStart());
        fresh.setOnAction(e -> vm.startAfresh(problem));
        Button later = new Button("Not now");
        later.setOnAction(e -> vm.dismiss(problem));
        for (Button b : List.of(fresh, later)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, message, fresh, later);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.PROBLEM_BAR);
        return bar;
    }
}
