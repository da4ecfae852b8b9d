package org.clausewise.ui;

import org.clausewise.ui.background.BackgroundExecutor;
import org.clausewise.ui.library.ComparisonService;
import org.clausewise.ui.library.LibraryService;
import org.clausewise.ui.library.PdfWriter;
import org.clausewise.ui.library.TextReader;
import org.clausewise.ui.settings.SettingsStore;

/** What the window is built from; made by hand in {@link CompositionRoot} (or by a test). */
public record AppServices(LibraryService library, TextReader reader, ComparisonService comparer, PdfWriter pdf,
                          BackgroundExecutor executor, SettingsStore settings) {
}
