package org.clausewise.corpus.index;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A cache file of checked records: a header (what kind of file, which {@link CodeVersion} wrote
 * it), then records, each with its length and a CRC-32 of its bytes. Reading checks all three, so
 * a foreign file, a stale one, a truncated one and a damaged one are each told apart and refused
 * ({@link CorruptDataException}) instead of trusted.
 */
public final class FramedFile {
    private static final int MAX_RECORD = 256 * 1024 * 1024;

    private FramedFile() {
    }

    /** Writes the records (atomically, see {@link AtomicWrite}); returns where each record starts. */
    public static long[] write(Path target, String kind, String version, List<byte[]> records) throws IOException {
        byte[] header = header(kind, version);
        long[] offsets = new long[records.size()];
        long at = header.length;
        for (int i = 0; i < records.size(); i++) {
            offsets[i] = at;
            at += 12 + records.get(i).length;
        }
        AtomicWrite.write(target, out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(header);
            for (byte[] r : records) {
                data.writeInt(r.length);
                data.writeLong(crc(r));
                data.write(r);
            }
            data.flush();
        });
        return offsets;
    }

    /** The record at {@code offset}, checked; its length must be {@code length}. */
    public static byte[] read(Path file, String kind, String version, long offset, int length)
            throws IOException, CorruptDataException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            checkHeader(channel, kind, version);
            return readRecord(channel, offset, length);
        }
    }

    /** The first record of the file (a file of one record, such as the catalog), checked. */
    public static byte[] readOnly(Path file, String kind, String version) throws IOException, CorruptDataException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            int start = checkHeader(channel, kind, version);
            byte[] record = readRecord(channel, start, -1);
            if (channel.size() != start + 12L + record.length) {
                throw new CorruptDataException("the file goes on after its last record");
            }
            return record;
        }
    }

    private static byte[] header(String kind, String version) {
        byte[] k = kind.getBytes(StandardCharsets.UTF_8);
        byte[] v = version.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + k.length + v.length);
        b.putInt(k.length).put(k).putInt(v.length).put(v);
        return b.array();
    }

    /** Checks kind and version; returns where the records start. */
    private static int checkHeader(FileChannel channel, String kind, String version)
            throws IOException, CorruptDataException {
        byte[] expected = header(kind, version);
        ByteBuffer found = ByteBuffer.allocate(expected.length);
        readFully(channel, found, 0);
        byte[] k = kind.getBytes(StandardCharsets.UTF_8);
        found.flip();
        if (found.remaining() < 4 + k.length || found.getInt() != k.length
                || !ByteBuffer.wrap(k).equals(found.slice(found.position(), k.length))) {
            throw new CorruptDataException("not a " + kind + " file");
        }
        if (!ByteBuffer.wrap(expected).equals(found.rewind())) {
            throw new CorruptDataException("written by another version of Clausewise");
        }
        return expected.length;
    }

    private static byte[] readRecord(FileChannel channel, long offset, int length)
            throws IOException, CorruptDataException {
        ByteBuffer head = ByteBuffer.allocate(12);
        readFully(channel, head, offset);
        if (head.position() < 12) {
            throw new CorruptDataException("cut short");
        }
        head.flip();
        int n = head.getInt();
        long crc = head.getLong();
        if (n < 0 || n > MAX_RECORD || (length >= 0 && n != length) || offset + 12 + n > channel.size()) {
            throw new CorruptDataException(offset + 12 + n > channel.size() ? "cut short" : "bad record length");
        }
        ByteBuffer body = ByteBuffer.allocate(n);
        readFully(channel, body, offset + 12);
        if (body.position() < n) {
            throw new CorruptDataException("cut short");
        }
        byte[] bytes = body.array();
        if (crc(bytes) != crc) {
            throw new CorruptDataException("damaged (checksum differs)");
        }
        return bytes;
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long at) throws IOException {
        long position = at;
        while (into.hasRemaining()) {
            int n = channel.read(into, position);
            if (n < 0) {
                return;
            }
            position += n;
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
