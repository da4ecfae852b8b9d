package org.clausewise.model;

/**
 * Whether a row is part of a one-to-two match: SPLIT when one left clause answers two right
 * clauses (the left clause then appears in two consecutive rows), MERGED when two left clauses
 * answer one right clause.
 */
public enum Relation {
    NONE, SPLIT, MERGED
}
