package org.clausewise.ui.viewer;

import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.clausewise.ui.theme.Styles;

/**
 * A light stand-in for a {@link ClauseArea} while its row is off screen: the same text, runs and
 * style classes in a plain {@code TextFlow}, so it wraps to (nearly) the same height. A RichTextFX
 * area costs some thirty times more to build; a comparison builds areas only for the rows in view.
 */
public final class ClausePreview extends TextFlow {
    public ClausePreview(StyledText styled) {
        getStyleClass().addAll(Styles.CLAUSE_AREA, Styles.CLAUSE_PREVIEW);
        int pos = 0;
        for (StyledText.Run run : styled.runs()) {
            Text text = new Text(styled.text().substring(pos, pos + run.length()));
            text.getStyleClass().add("text");
            text.getStyleClass().addAll(run.styleClasses());
            getChildren().add(text);
            pos += run.length();
        }
    }
}
