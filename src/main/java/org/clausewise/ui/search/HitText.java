package org.clausewise.ui.search;

import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewise.corpus.search.ClauseHit;
import org.clausewise.corpus.search.Highlight;
import org.clausewise.model.EditOp;
import org.clausewise.model.TextDiff;
import org.clausewise.model.WordEdit;

/**
 * The wording of a hit as a text flow: the passage with the phrase marked, or the redline from
 * the previous text holding it (deleted words struck through, inserted ones underlined, editorial
 * noise quieter), with the viewer's style classes.
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

    static TextFlow redline(TextDiff diff) {
        TextFlow flow = flow();
        for (WordEdit e : diff.edits()) {
            if (e.op() == EditOp.EQUAL) {
                add(flow, e.text());
            } else {
                String style = e.op() == EditOp.DELETE ? SearchStyles.DELETED : SearchStyles.INSERTED;
                // keep the run's leading space outside the mark, so words stay apart and the mark is tight
                String t = e.text();
                int lead = 0;
                while (lead < t.length() && Character.isWhitespace(t.charAt(lead))) {
                    lead++;
                }
                add(flow, t.substring(0, lead));
                if (e.editorial()) {
                    add(flow, t.substring(lead), style, SearchStyles.EDITORIAL);
                } else {
                    add(flow, t.substring(lead), style);
                }
            }
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
