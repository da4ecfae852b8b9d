package org.clausewise.ui.library;

import java.util.List;

/**
 * What adding texts did: the library afterwards, how many texts were added, and one line per
 * file that could not be read ("bad.txt: not a General Assembly resolution").
 */
public record AddResult(Library library, int added, List<String> failures) {
    public AddResult {
        failures = List.copyOf(failures);
    }
}
