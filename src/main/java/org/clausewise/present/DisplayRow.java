package org.clausewise.present;

/**
 * One row of what is shown, in reading order: a group heading (a part of the text; later also a
 * section or an annex) or a clause row.
 */
public sealed interface DisplayRow permits GroupRow, PresentedRow {
}
