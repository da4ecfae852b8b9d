package org.clausewise.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A file of the user's (the library list, the settings) that could not be read and that
 * Clausewise therefore leaves alone, as the window tells the user.
 *
 * @param message     what happened and what it means, in the user's words
 * @param freshStart  the label of the button that starts afresh
 * @param startAfresh keeps the old file as a backup and starts a new one; returns the backup
 */
public record UserFileProblem(String message, String freshStart, Callable<Path> startAfresh) {

    static UserFileProblem library(Path file, String why, Callable<Path> startAfresh) {
        return new UserFileProblem("Your library list cannot be read (" + why + "): " + file
                + ". Clausewise has not changed it; texts you add are not remembered until you choose.",
                "Start a new list (keep the old one as a backup)", startAfresh);
    }

    static UserFileProblem libraryChoices(Path file, String why, Callable<Path> startAfresh) {
        return new UserFileProblem("Your library choices (texts removed, copies chosen) cannot be read (" + why + "): "
                + file + ". Clausewise has not changed them; removing a text is not possible until you choose.",
                "Start new choices (keep the old file as a backup)", startAfresh);
    }

    static UserFileProblem settings(Path file, String why, Callable<Path> startAfresh) {
        return new UserFileProblem("Your settings file cannot be read (" + why + "): " + file
                + ". Clausewise uses the usual settings and will not save over it until you choose.",
                "Start new settings (keep the old file as a backup)", startAfresh);
    }
}
