package org.clausewise.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a drop onto the window accepts: folders and .pdf / .txt / .md files, nothing else. */
class FileDropTest {
    @TempDir
    Path dir;

    @Test
    void acceptsTextsAndFoldersOnly() throws Exception {
        assertTrue(FileDrop.isText(Files.writeString(dir.resolve("A-RES-69-179.TXT"), "x")));
        assertTrue(FileDrop.isText(Files.writeString(dir.resolve("draft.md"), "x")));
        assertTrue(FileDrop.isText(Files.createDirectories(dir.resolve("corpus"))));
        assertTrue(FileDrop.isText(Files.writeString(dir.resolve("A_RES_78_1.PDF"), "x")));
        assertFalse(FileDrop.isText(Files.writeString(dir.resolve("resolution.docx"), "x")));
        assertFalse(FileDrop.isText(Files.writeString(dir.resolve("photo.png"), "x")));
    }
}
