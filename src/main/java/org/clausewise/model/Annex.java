package org.clausewise.model;

import java.util.List;

/**
 * An annex to a resolution: a declaration, a treaty, a programme, a table. Its clauses (Part.ANNEX)
 * and headings are its own; numbering in an annex is its own too.
 *
 * @param id       {@code ""} for a lone "Annex", {@code "I"}, {@code "II"} … as printed
 * @param label    as printed: "Annex", "Annex II"
 * @param title    the annex's title, {@code ""} when it has none
 * @param clauses  its paragraphs and articles in reading order
 * @param headings its section headings and article titles in reading order
 */
public record Annex(String id, String label, String title, List<Clause> clauses, List<Heading> headings) {
    public Annex {
        clauses = List.copyOf(clauses);
        headings = List.copyOf(headings);
    }
}
