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
        StyledText pp1 = new ClauseTextBuilder(true).build(
                new org.clausewise.model.ClauseRow(org.clausewise.model.Part.PREAMBLE, r.preamble().get(0),
                        r.preamble().get(0), org.clausewise.model.ChangeKind.UNCHANGED,
                        org.clausewise.model.TextDiff.none(r.preamble().get(0).text()), false, java.util.List.of(),
                        org.clausewise.model.Relation.NONE), Side.RIGHT);
        assertEquals(true, pp1.text().contains("25 June 1993\u00B9 for enhancing"), pp1.text());
    }
}
