package org.clausewise.ingest;

import java.time.LocalDate;
import org.clausewise.model.ResolutionKind;

/**
 * What the cover block (everything before "The General Assembly,") says about the text.
 *
 * @param symbol    the text's own symbol, or null
 * @param session   session number, or null
 * @param kind      resolution or draft
 * @param title     title without the "67/169." prefix, or null
 * @param adopted   "Resolution adopted by the General Assembly on …", or null
 * @param issued    the date under "Distr.:", or null
 * @param bodyStart index of the first line after "The General Assembly,"; -1 when that line is missing
 *                  and no "67/169. Title" line tells where the clauses start either
 * @param bodyGuessed there is no "The General Assembly," line: the clauses are taken from after the title
 */
record Cover(String symbol, Integer session, ResolutionKind kind, String title, LocalDate adopted,
             LocalDate issued, int bodyStart, boolean bodyGuessed) {
}
