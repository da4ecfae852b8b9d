package org.clausewise.ui.history;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.clausewise.lineage.ClauseHistory;
import org.clausewise.lineage.ClauseVersion;
import org.clausewise.lineage.SeriesLineage;
import org.clausewise.model.Resolution;
import org.clausewise.ui.theme.Theme;

/**
 * Opens the history screens in windows of their own, beside the main window, with its theme:
 * a clause history, a series overview (whose cells open histories and comparisons) and the full
 * text of one version. {@code openComparison} is the main window's way to show a pair.
 */
public final class HistoryWindows {
    private final Window owner;
    private final BiConsumer<Resolution, Resolution> openComparison;

    public HistoryWindows(Window owner, BiConsumer<Resolution, Resolution> openComparison) {
        this.owner = owner;
        this.openComparison = openComparison;
    }

    public Stage showHistory(ClauseHistory history, String seriesTitle) {
        ClauseHistoryViewModel model = new ClauseHistoryViewModel(history, seriesTitle);
        model.setOnOpenFullText(this::showFullText);
        ClauseHistoryView view = new ClauseHistoryView(model);
        Stage stage = show(view, model.title(), 760, 720);
        view.scrollToFirstAppearance();
        return stage;
    }

    public Stage showOverview(SeriesLineage lineage, String seriesTitle) {
        SeriesOverviewViewModel model = new SeriesOverviewViewModel(lineage, seriesTitle);
        model.setOnOpenHistory(h -> showHistory(h, seriesTitle));
        model.setOnOpenComparison(openComparison);
        return show(new SeriesOverviewView(model), "Series overview: " + seriesTitle, 980, 760);
    }

    public Stage showFullText(ClauseVersion version) {
        return show(new FullTextView(version), version.text().displayName(), 720, 760);
    }

    private Stage show(Parent root, String title, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(themeOf(owner));
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.getIcons().setAll(owner instanceof Stage s ? s.getIcons() : List.of());
        }
        stage.setTitle(title + " — Clausewise");
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The owner's stylesheets (theme + base), or the light theme when there is no owner. */
    static List<String> themeOf(Window owner) {
        if (owner != null && owner.getScene() != null && !owner.getScene().getStylesheets().isEmpty()) {
            return List.copyOf(owner.getScene().getStylesheets());
        }
        return Theme.LIGHT.stylesheets();
    }
}
