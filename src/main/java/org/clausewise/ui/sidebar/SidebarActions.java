package org.clausewise.ui.sidebar;

import org.clausewise.corpus.MissingFile;
import org.clausewise.ui.library.LibraryEntry;
import org.clausewise.ui.library.TextDetails;

import java.nio.file.Path;
import java.util.function.Consumer;

/** What the sidebar's keys and context menu do to the library; the window plugs in the real thing. */
public interface SidebarActions {
    void remove(LibraryEntry text);

    /** Removes a folder the user added, with every text it brought in. */
    void removeFolder(Path folder);

    void removeMissing(MissingFile missing);

    /** Asks where the file or folder is now (a file chooser), then points the library there. */
    void locate(MissingFile missing);

    /** For a text found more than once: keep every copy, told apart by folder. */
    void keepAll(String duplicateKey);

    /** For a text found more than once: use this copy for all. */
    void useOnly(String duplicateKey, LibraryEntry copy);

    /** Shows every copy again and asks anew. */
    void undecide(String duplicateKey);

    /** Works out the text's details off the FX thread and hands them over on it. */
    void describe(LibraryEntry text, Consumer<TextDetails> then);

    /** Does nothing: a sidebar without a library to manage (tests, screenshots). */
    SidebarActions NONE = new SidebarActions() {
        @Override
        public void remove(LibraryEntry text) {
        }

        @Override
        public void removeFolder(Path folder) {
        }

        @Override
        public void removeMissing(MissingFile missing) {
        }

        @Override
        public void locate(MissingFile missing) {
        }

        @Override
        public void keepAll(String duplicateKey) {
        }

        @Override
        public void useOnly(String duplicateKey, LibraryEntry copy) {
        }

        @Override
        public void undecide(String duplicateKey) {
        }

        @Override
        public void describe(LibraryEntry text, Consumer<TextDetails> then) {
        }
    };
}
