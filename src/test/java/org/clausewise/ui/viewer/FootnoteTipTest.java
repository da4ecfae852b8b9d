package org.clausewise.ui.viewer;

import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hover tip of a clause lists its footnotes, read from the real 69th-session text. */
class FootnoteTipTest {
    @Test
    void firstPreambularParagraphOf69179CitesTheViennaDeclaration() throws Exception {
        Resolution r = ResolutionFiles.read(Path.of("corpus/A-RES-69-179.txt"));
        assertEquals("\u00B9 A/CONF.157/24 (Part I), chap. III.", RowCell.footnotes(r.preamble().get(0), r));
        var comparison = new org.clausewise.compare.ResolutionComparer().compare(r, r);
        var presented = org.clausewise.present.Presentation.of(comparison, org.clausewise.present.ViewOptions.ALL)
                .clauseRows().get(0);
        StyledText pp1 = ScreenText.of(presented.text(org.clausewise.present.Side.RIGHT));
        assertEquals(true, pp1.text().contains("1993\u00B9 for"), pp1.text());
        assertEquals(java.util.Set.of(org.clausewise.ui.theme.Styles.CLAUSE_TEXT, org.clausewise.ui.theme.Styles.FOOTNOTE_MARK),
                pp1.classesAt(pp1.text().indexOf('\u00B9')));
    }
}
