package org.clausewise.files;

import java.io.IOException;

/**
 * A write that was not even tried, because it would have destroyed something: an input of the
 * same command, a read-only file, what a link points to, a device or a folder. The message is one
 * line in a user's words ("cannot write /x/a.txt: it is one of the files being read").
 */
public class WriteRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public WriteRefusedException(String message) {
        super(message);
    }
}
