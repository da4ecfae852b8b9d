package org.clausewise.amend;

/** What an applied instruction changed: the draft paragraph it worked on and the change in words. */
record Done(String target, String detail) {
}
