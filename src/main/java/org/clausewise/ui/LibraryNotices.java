package org.clausewise.ui;

import org.clausewise.corpus.MissingFile;
import org.clausewise.corpus.TextOrigin;
import org.clausewise.ui.library.Library;
import org.clausewise.ui.library.LibraryEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The notices about the library as a whole, after it loads or changes: files that went missing,
 * texts found twice (with the choice to make), and the cache of parsed texts when it had to be
 * rebuilt or could not be saved. A notice goes once its matter is settled.
 */
final class LibraryNotices {
    static final String MISSING = "missing";
    static final String DUPLICATES = "duplicates";
    static final String INDEX = "index";

    private LibraryNotices() {
    }

    static void afterLoad(MainViewModel vm, Library library, String indexProblem) {
        if (indexProblem != null) {
            // not a dialog: a rebuild that worked needs no answer, but the user should know why it was slow
            vm.notices().post(new Notice(INDEX, "The saved index of parsed texts: " + indexProblem
                    + ". Your files and your library are not affected."));
        }
        afterChange(vm, library);
    }

    static void afterChange(MainViewModel vm, Library library) {
        missing(vm, library.missing());
        duplicates(vm, library.undecided());
    }

    private static void missing(MainViewModel vm, List<MissingFile> missing) {
        if (missing.isEmpty()) {
            vm.notices().dismiss(MISSING);
            return;
        }
        String what = missing.size() == 1
                ? missing.get(0).name() + " is missing from your library (" + missing.get(0).reason() + ")"
                : missing.size() + " files or folders of your library are missing ("
                        + missing.stream().map(MissingFile::reason).distinct().collect(Collectors.joining(", ")) + ")";
        vm.notices().post(new Notice(MISSING, what + ". " + (missing.size() == 1 ? "It is" : "They are")
                + " listed greyed at the top of the sidebar: right-click to Locate\u2026 or Remove."));
    }

    private static void duplicates(MainViewModel vm, List<Library.DuplicateSet> undecided) {
        if (undecided.isEmpty()) {
            vm.notices().dismiss(DUPLICATES);
            return;
        }
        LibraryActions actions = vm.libraryActions();
        if (undecided.size() == 1) {
            Library.DuplicateSet d = undecided.get(0);
            List<String> folders = d.copies().stream().map(LibraryEntry::whereWords).toList();
            List<Notice.Action> choices = new ArrayList<>();
            choices.add(new Notice.Action(d.copies().size() == 2 ? "Keep Both" : "Keep All",
                    () -> actions.keepAll(d.key())));
            for (LibraryEntry copy : d.copies()) {
                choices.add(new Notice.Action(copy.origin().kind() == TextOrigin.Kind.BUNDLED ? "Use the Bundled One"
                        : "Use the One in " + copy.folderName(), () -> actions.useOnly(d.key(), copy)));
            }
            vm.notices().post(new Notice(DUPLICATES, d.name() + " is in your library " + times(d.copies().size())
                    + ": " + inFolders(folders) + ". Each row names its folder.", choices));
            return;
        }
        String names = undecided.stream().limit(3).map(Library.DuplicateSet::name).collect(Collectors.joining(", "))
                + (undecided.size() > 3 ? " \u2026" : "");
        vm.notices().post(new Notice(DUPLICATES, undecided.size() + " texts are in your library more than once ("
                + names + "). Each row names its folder; right-click one to use only that copy.",
                List.of(new Notice.Action("Keep All Copies", () -> undecided.forEach(d -> actions.keepAll(d.key()))))));
    }

    /** "in alpha and in beta", "bundled, in alpha and in beta". */
    private static String inFolders(List<String> in) {
        return in.size() == 1 ? in.get(0)
                : String.join(", ", in.subList(0, in.size() - 1)) + " and " + in.get(in.size() - 1);
    }

    private static String times(int n) {
        return n == 2 ? "twice" : n + " times";
    }
}
