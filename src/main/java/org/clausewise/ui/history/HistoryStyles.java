package org.clausewise.ui.history;

/**
 * Style classes of the history views. The word-level ones are the viewer's (same names as
 * org.clausewise.ui.theme.Styles and base.css), so a change looks the same in both places; the rest
 * are styled by history.css with the theme's looked-up colours.
 */
final class HistoryStyles {
    private HistoryStyles() {
    }

    // shared with the side-by-side viewer (base.css)
    static final String CLAUSE_AREA = "clause-area";
    static final String INSERTED = "inserted";
    static final String DELETED = "deleted";
    static final String EDITORIAL = "editorial";
    static final String SUB_LABEL = "sub-label";
    static final String BADGE = "badge";
    static final String MUTED = "muted";
    static final String PANEL_HEADING = "panel-heading";

    // history.css
    static final String STYLESHEET = "/css/history.css";
    static final String HISTORY_VIEW = "clause-history";
    static final String HISTORY_HEADER = "history-header";
    static final String HISTORY_TITLE = "history-title";
    static final String VERSION = "history-version";
    static final String VERSION_ABSENT = "absent";
    static final String VERSION_FIRST = "first";
    static final String VERSION_SESSION = "version-session";
    static final String VERSION_NUMBER = "version-number";
    static final String OVERVIEW = "series-overview";
    static final String OVERVIEW_GRID = "overview-grid";
    static final String COLUMN_HEADER = "overview-column";
    static final String ROW_HEADER = "overview-row";
    static final String CELL = "overview-cell";
    static final String LEGEND = "overview-legend";
    static final String FULL_TEXT = "full-text";

    /** "state-added", "state-substantive" …: a badge or cell coloured by what happened to the clause. */
    static String state(VersionState state) {
        return "state-" + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
