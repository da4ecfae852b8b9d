/**
 * Amendments applied to their draft: each instruction of one or more amendment documents (delete,
 * replace, insert, add; a paragraph, a sub-paragraph or quoted words) carried out in order on a
 * working copy of the draft, giving the draft as amended and, per instruction, what it changed or
 * why it could not be applied. Nothing is guessed: a paragraph that is not there, words found
 * nowhere or twice, or a quoted paragraph that does not read as the draft's is reported, and the
 * instruction is left unapplied.
 *
 * <p>Core code: uses {@code model} only (the amended draft is compared with the draft by
 * {@code compare} and shown through {@code present} by whoever shows it). No JavaFX.
 */
package org.clausewise.amend;
