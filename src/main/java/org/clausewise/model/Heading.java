package org.clausewise.model;

/**
 * A section heading as printed: "IV." over "Questions relating to …", "Section 29A", "Part two",
 * "A." — or an article's or rule's title ("Article 5" over "Protection of sovereignty").
 *
 * @param part   where it stands: PREAMBLE or OPERATIVE for the body (the part of the clause that follows it),
 *               ANNEX in an annex
 * @param annex  the annex id ({@code ""}, {@code "I"} …), null in the body
 * @param path   the section path its clauses carry: {@code "IV"}, {@code "IV.A"}; an unlabelled heading or
 *               an article's title keeps the path of the section it stands in (null at the top)
 * @param label  the label as printed, {@code "IV."}, {@code "Section IV"}, {@code "Article 5"}; {@code ""} when none
 * @param text   the heading's words, {@code ""} when it is only a label
 * @param level  1 for a top-level section, 2 for one inside it, …
 * @param firstClause the clause printed right after it (its first clause, or the article it titles), so
 *               that every view can place the heading; null when none follows
 */
public record Heading(Part part, String annex, String path, String label, String text, int level,
                      Clause firstClause) {
    /** A heading whose place among the clauses is not known. */
    public Heading(Part part, String annex, String path, String label, String text, int level) {
        this(part, annex, path, label, text, level, null);
    }

    /** Label and words as one line: "IV. Questions relating to …". */
    public String display() {
        if (label.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? label : label + " " + text;
    }
}
