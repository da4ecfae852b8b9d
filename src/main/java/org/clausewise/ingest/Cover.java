package org.clausewise.ingest;

import java.time.LocalDate;
import org.clausewise.model.DocumentInfo;
import org.clausewise.model.ResolutionKind;

/**
 * What the cover block (everything before the clauses) says about the text.
 *
 * @param symbol    the text's own symbol, or null
 * @param session   session number, or null
 * @param kind      resolution, draft, decision, draft decision or amendment
 * @param title     title without the "67/169." prefix, or null
 * @param adopted   "Resolution adopted by the General Assembly on …", or null
 * @param issued    the date under "Distr.:", or null
 * @param bodyStart index of the first line of the clauses (after "The General Assembly,"; for a decision
 *                  the "The General Assembly, taking note …" line itself; for an amendment its first
 *                  instruction); -1 when no clauses can be found
 * @param bodyGuessed there is no "The General Assembly," line: the clauses are taken from after the title
 * @param info      what the masthead and the adoption line say
 * @param amends    for an amendment, the symbol of the draft it amends; else null
 * @param notATextReason when the document is something else (a note, a report), what it is; else null
 */
record Cover(String symbol, Integer session, ResolutionKind kind, String title, LocalDate adopted,
             LocalDate issued, int bodyStart, boolean bodyGuessed, DocumentInfo info, String amends,
             String notATextReason) {
}
