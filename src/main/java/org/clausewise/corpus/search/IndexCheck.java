package org.clausewise.corpus.search;

import java.io.IOException;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Whether an index folder can be trusted: it opens, it carries this schema's mark, and every
 * file passes its checksum (Lucene's CheckIndex, checksums only: reading the files once, fast
 * enough for every open). Anything else means: delete and build again.
 */
final class IndexCheck {
    private IndexCheck() {
    }

    /** True for an empty folder (a new index is made) and for a sound index of this schema. */
    static boolean trustworthy(Directory dir, String schemaKey, String schema) throws LockObtainFailedException {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return true;
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                if (!schema.equals(r.getIndexCommit().getUserData().get(schemaKey))) {
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try (CheckIndex check = new CheckIndex(dir)) {
            check.setChecksumsOnly(true);
            return check.checkIndex().clean;
        } catch (LockObtainFailedException e) {
            throw e; // another process holds it: not ours to judge or delete
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes every file of the folder's index but the lock, so that a new one starts clean. */
    static void wipe(Directory dir) throws IOException {
        for (String file : dir.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                dir.deleteFile(file);
            }
        }
    }
}
