package org.clausewise.compare;

import org.clausewise.model.Relation;

/**
 * One row-to-be in reading order: indices into the left and right lists (-1 when absent), whether
 * the pair was matched out of order, and its split/merge relation.
 */
record Pairing(int left, int right, boolean moved, Relation relation) {
}
