package org.clausewise.ui.threeway;

/**
 * Style classes of the negotiation window. The word-level and row ones are the viewer's (base.css,
 * org.clausewise.ui.theme.Styles), so a change looks the same everywhere; the rest are threeway.css's.
 */
final class ThreeWayStyles {
    private ThreeWayStyles() {
    }

    static final String STYLESHEET = "/css/threeway.css";
    static final String VIEW = "negotiation-view";
    static final String TOOLBAR = "negotiation-toolbar";
    static final String HEADER = "negotiation-header";
    static final String COLUMN_ROLE = "column-role";
    static final String STORY = "story";
    static final String NOTE = "story-note";
    static final String COUNTS = "story-counts";
    /** A section heading over the rows of its section. */
    static final String SECTION = "section-heading";

    /** "story-changed-in-negotiation": a badge or count coloured by its story. */
    static String story(org.clausewise.compare.Story story) {
        return "story-" + story.jsonName();
    }
}
