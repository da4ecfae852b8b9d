package org.clausewise.model;

/** Whether a text is an adopted resolution or a draft before adoption. */
public enum ResolutionKind {
    RESOLUTION, DRAFT;

    /** The word used in the command-line JSON: {@code "resolution"} or {@code "draft"}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
