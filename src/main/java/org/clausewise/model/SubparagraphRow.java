package org.clausewise.model;

/** A lettered sub-paragraph aligned inside its clause; either side may be null (added / removed). */
public record SubparagraphRow(SubParagraph left, SubParagraph right, ChangeKind kind, TextDiff diff) {
}
