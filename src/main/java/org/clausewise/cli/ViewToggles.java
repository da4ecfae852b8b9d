package org.clausewise.cli;

import org.clausewise.present.ViewOptions;
import picocli.CommandLine.Option;

/**
 * The window's two toggles on the command line, the same words for {@code compare} and
 * {@code compare3}: {@code @Mixin ViewToggles view;}.
 */
public final class ViewToggles {
    @Option(names = "--only-changes",
            description = "Show only the clauses that changed, as the window's 'Show only changes' (text, JSON and PDF).")
    boolean onlyChanges;

    @Option(names = "--hide-editorial",
            description = "Do not mark editorial changes (quotes, hyphens, OCR slips), as the window's "
                    + "'Show editorial changes' unticked: a clause changed only so counts as unchanged.")
    boolean hideEditorial;

    public ViewOptions options() {
        return new ViewOptions(onlyChanges, !hideEditorial);
    }
}
