package org.clausewise.model;

/**
 * How a clause is printed: an ordinary paragraph (numbered or not), an article of a treaty or
 * statute ("Article 5", its numbered paragraphs as sub-paragraphs), or a rule of procedure ("Rule 7").
 */
public enum ClauseForm {
    PARAGRAPH, ARTICLE, RULE
}
