package org.clausewise.ui.search;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.Highlight;
import org.clausewise.model.TextDiff;
import org.clausewise.present.HistoryWording;
import org.clausewise.present.Run;
import org.clausewise.ui.viewer.RunStyles;

/**
 * The wording of a hit as a text flow: the passage with the phrase marked, or the redline from
 * the previous text holding it as the presentation makes it (deleted words struck through,
 * inserted ones underlined, editorial noise quieter), with the viewer's style classes.
 */
final class HitText {
    private HitText() {
    }

    static TextFlow marked(ClauseHit hit) {
        TextFlow flow = flow();
        String p = hit.passage();
        int at = 0;
        for (Highlight h : hit.highlights()) {
            add(flow, p.substring(at, h.start()));
            add(flow, p.substring(h.start(), h.end()), SearchStyles.FOUND);
            at = h.end();
        }
        add(flow, p.substring(at));
        return flow;
    }

    /** The presentation's redline of the diff, drawn with the viewer's style classes (see {@link RunStyles}). */
    static TextFlow redline(TextDiff diff) {
        TextFlow flow = flow();
        for (Run run : HistoryWording.redline(diff)) {
            add(flow, run.text(), RunStyles.classes(run).toArray(new String[0]));
        }
        return flow;
    }

    private static TextFlow flow() {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(SearchStyles.PASSAGE);
        return flow;
    }

    private static void add(TextFlow flow, String text, String... styles) {
        if (text.isEmpty()) {
            return;
        }
        Text t = new Text(text);
        t.getStyleClass().add(SearchStyles.TEXT);
        t.getStyleClass().addAll(List.of(styles));
        flow.getChildren().add(t);
    }
}
