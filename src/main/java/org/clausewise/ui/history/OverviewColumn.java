package org.clausewise.ui.history;

import org.clausewise.model.Resolution;

/** A column of the series overview: one text of the series. */
public record OverviewColumn(int position, String session, String textName, boolean draft, Resolution text) {
}
