package org.clausewise.corpus;

import java.nio.file.Path;
import java.util.Objects;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;

/** One text of the library: the file it was read from and what the parser made of it. */
public record CorpusEntry(Path source, Resolution resolution) {
    public CorpusEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(resolution, "resolution");
    }

    public boolean isDraft() {
        return resolution.kind() == ResolutionKind.DRAFT;
    }

    /** The file name, which is how a user recognises a text that has no symbol. */
    public String fileName() {
        Path name = source.getFileName();
        return name == null ? source.toString() : name.toString();
    }
}
