package org.clausewise.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.clausewise.ui.theme.Styles;

/**
 * The bottom of the window: the notices that wait for the user (each with its buttons and a close
 * button), then the status line with progress and Stop while the library loads.
 */
final class StatusBar extends VBox {
    static final String NOTICE = "notice";

    private final MainViewModel vm;
    private final VBox notices = new VBox();

    StatusBar(MainViewModel vm) {
        this.vm = vm;
        notices.setId("notices");
        vm.notices().shown().addListener((ListChangeListener<Notice>) c -> showNotices());
        getChildren().addAll(notices, statusLine());
        showNotices();
    }

    private HBox statusLine() {
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setId("status");
        status.setMinWidth(0);
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(vm.statusProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        progress.setPrefWidth(160);
        progress.setMinWidth(60);
        Button stop = new Button("Stop");
        stop.setId("stop-loading");
        stop.setTooltip(new Tooltip("Stop loading; the texts read so far are shown, the rest are read next time"));
        stop.setOnAction(e -> vm.cancelLoad());
        stop.visibleProperty().bind(vm.loadingProperty());
        stop.managedProperty().bind(vm.loadingProperty());
        stop.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, progress, stop);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    private void showNotices() {
        notices.getChildren().setAll(vm.notices().shown().stream().map(this::bar).toList());
    }

    private HBox bar(Notice notice) {
        Label message = new Label(notice.message());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox bar = new HBox(8, message);
        for (Notice.Action action : notice.actions()) {
            Button b = new Button(action.label());
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setOnAction(e -> vm.notices().act(notice, action));
            bar.getChildren().add(b);
        }
        Button close = new Button("\u2715");
        close.setTooltip(new Tooltip("Close this message"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.getStyleClass().add("small-button");
        close.setOnAction(e -> vm.notices().dismiss(notice));
        bar.getChildren().add(close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(NOTICE);
        bar.setId("notice-" + notice.key());
        return bar;
    }
}
