package org.clausewise.ui.history;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * A read-only RichTextFX area as tall as its text, drawing styled runs with the viewer's style
 * classes, so a change looks the same here as in the side-by-side viewer.
 */
final class WordingArea extends StyleClassedTextArea {
    WordingArea(List<StyledRun> runs, String... extraStyleClasses) {
        super(false);
        getStyleClass().add(HistoryStyles.CLAUSE_AREA);
        getStyleClass().addAll(extraStyleClasses);
        setEditable(false);
        setWrapText(true);
        setAutoHeight(true);
        setOnScroll(e -> { }); // the list scrolls, not each area
        String text = StyledRun.text(runs);
        replaceText(text);
        if (!text.isEmpty()) {
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            for (StyledRun run : runs) {
                spans.add(run.styles(), run.text().length());
            }
            setStyleSpans(0, spans.create());
        }
        moveTo(0);
    }
}
