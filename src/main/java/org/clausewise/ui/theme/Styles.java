package org.clausewise.ui.theme;

/**
 * Every CSS style class the code sets, in one place, so the Java and the CSS files cannot drift
 * apart silently (base.css uses exactly these names).
 */
public final class Styles {
    private Styles() {
    }

    // word-level highlights inside clause text
    public static final String CLAUSE_TEXT = "clause-text";
    public static final String INSERTED = "inserted";
    public static final String DELETED = "deleted";
    public static final String EDITORIAL = "editorial";
    public static final String FOOTNOTE_MARK = "footnote-mark";
    public static final String SUB_LABEL = "sub-label";
    /** The clause's operative verb, in italic as the UN prints it (and as the PDF does). */
    public static final String VERB = "verb";
    /** The sign before a sub-paragraph moved within its clause. */
    public static final String MOVED_MARK = "moved-mark";
    public static final String FOUND = "found";

    // rows of the side-by-side viewer
    public static final String ROW = "clause-row";
    public static final String ROW_CURRENT = "current";
    public static final String ROW_GAP = "gap";
    public static final String CLAUSE_NUMBER = "clause-number";
    public static final String BADGE = "badge";
    public static final String PART_HEADING = "part-heading";
    /** A section's or annex's heading row in the viewer, both sides' words beside each other. */
    public static final String SECTION_HEADING = "section-heading";
    /** A heading's entry in the change list. */
    public static final String HEADING_CHANGE = "heading-change";
    public static final String CLAUSE_AREA = "clause-area";
    public static final String CLAUSE_PREVIEW = "clause-preview";
    public static final String VIEWER = "comparison-viewer";
    public static final String VIEWER_HEADER = "viewer-header";

    // panels
    public static final String SIDEBAR = "timeline-sidebar";
    public static final String SERIES_TITLE = "series-title";
    public static final String DRAFT = "draft";
    public static final String PICKED_LEFT = "picked-left";
    public static final String PICKED_RIGHT = "picked-right";
    public static final String CHANGE_PANEL = "change-panel";
    public static final String LEGEND = "legend";
    public static final String LEGEND_SAMPLE = "legend-sample";
    public static final String CHANGE_POSITION = "change-position";
    public static final String COUNT = "count";
    public static final String STATUS_BAR = "status-bar";
    /** The bar above the window's content that says a user file cannot be read. */
    public static final String PROBLEM_BAR = "problem-bar";
    public static final String FIND_BAR = "find-bar";
    public static final String PLACEHOLDER = "placeholder";
    public static final String MUTED = "muted";

    /** The style class of a row or badge for a kind of change: "kind-added", "kind-moved" … */
    public static String kind(org.clausewise.model.ChangeKind kind) {
        return "kind-" + kind.jsonName();
    }
}
