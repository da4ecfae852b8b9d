package org.clausewise.compare;

import org.clausewise.model.SubParagraph;
import org.clausewise.model.SubparagraphRow;

/**
 * A lettered sub-paragraph across the three texts, inside its clause's row: each side null where
 * that text's clause lacks it, and the two-way sub-paragraph rows it was joined from (null where a
 * step does not apply, and all three null where the clause's sub-paragraphs could not be aligned,
 * beside a split or merge: then they are only listed in order).
 */
public record ThreeWaySubRow(SubParagraph previous, SubParagraph draft, SubParagraph adopted,
                             SubparagraphRow fromLastYear, SubparagraphRow inNegotiation,
                             SubparagraphRow previousToAdopted) {
}
