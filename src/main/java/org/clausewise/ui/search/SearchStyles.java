package org.clausewise.ui.search;

/**
 * Style classes of the search window, styled by search.css with the theme's looked-up colours;
 * the word-level ones are the viewer's names, so a change reads the same everywhere.
 */
final class SearchStyles {
    private SearchStyles() {
    }

    static final String STYLESHEET = "/css/search.css";

    static final String VIEW = "corpus-search";
    static final String BAR = "search-bar";
    static final String SUMMARY = "search-summary";
    static final String FIRST_AGREED = "first-agreed";
    static final String RESULTS = "search-results";
    static final String SERIES = "search-series";
    static final String SERIES_TITLE = "search-series-title";
    static final String STRIP = "evolution-strip";
    static final String STEP = "evolution-step";
    static final String HIT = "search-hit";
    static final String HIT_HEAD = "search-hit-head";
    static final String ABSENT = "absent";
    static final String FIRST = "first";
    static final String MORE = "search-more";
    static final String MUTED = "muted";
    static final String BADGE = "badge";

    static final String HIT_REF = "search-hit-ref";

    // runs of text (Text nodes in a TextFlow, which carry no style class of their own)
    static final String PASSAGE = "passage";
    static final String TEXT = "text";
    static final String FOUND = "found";

    /** "step-first", "step-unchanged", "step-substantive", "step-editorial", "step-new", "step-absent". */
    static String step(String what) {
        return "step-" + what;
    }
}
