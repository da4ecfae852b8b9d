package org.clausewise.ui.viewer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clausewise.present.Run;
import org.clausewise.ui.theme.Styles;

/** Presentation runs as the text areas take them: one text, and the style classes of each run. */
public final class ScreenText {
    private ScreenText() {
    }

    public static StyledText of(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        List<StyledText.Run> styled = new ArrayList<>(runs.size());
        int firstChange = -1;
        for (Run run : runs) {
            Set<String> classes = new HashSet<>(RunStyles.classes(run));
            classes.add(Styles.CLAUSE_TEXT);
            if (firstChange < 0 && run.isChange()) {
                firstChange = text.length();
            }
            styled.add(new StyledText.Run(run.text().length(), classes));
            text.append(run.text());
        }
        return new StyledText(text.toString(), styled, firstChange);
    }
}
