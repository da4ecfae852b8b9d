package org.clausewise.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.clausewise.ingest.ResolutionFiles;
import org.clausewise.model.Resolution;
import org.junit.jupiter.api.Test;

/** Parsed texts go into the index and come back equal; damaged bytes are refused, never decoded wrongly. */
class RecordCodecTest {
    private final RecordCodec codec = new RecordCodec();

    @Test
    void everyBundledTextComesBackEqual() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Resolution r = ResolutionFiles.read(f);
                assertEquals(r, codec.decode(codec.encode(r, Resolution.class), Resolution.class), f.toString());
            }
        }
    }

    sealed interface Shape permits Circle, Square {
    }

    record Circle(double radius) implements Shape {
    }

    record Square(int side, Optional<String> label) implements Shape {
    }

    record Drawing(String name, LocalDate date, List<Shape> shapes, Map<String, Integer> counts, int[] marks,
                   Object anything, Thread.State state) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Drawing d && name.equals(d.name) && date.equals(d.date) && shapes.equals(d.shapes)
                    && counts.equals(d.counts) && Arrays.equals(marks, d.marks) && anything.equals(d.anything)
                    && state == d.state;
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    @Test
    void interfacesMapsOptionalsArraysAndNullsComeBackToo() throws Exception {
        Drawing d = new Drawing("made-up", LocalDate.of(2024, 12, 17),
                List.of(new Circle(1.5), new Square(2, Optional.of("b")), new Square(3, Optional.empty())),
                Map.of("circles", 1), new int[] {3, 1, 2}, "text", Thread.State.BLOCKED);
        assertEquals(d, codec.decode(codec.encode(d, Drawing.class), Drawing.class));
        Drawing nulls = new Drawing("n", LocalDate.MIN, List.of(), Map.of(), new int[0], 42, null);
        assertEquals(nulls, codec.decode(codec.encode(nulls, Drawing.class), Drawing.class));
    }

    @Test
    void cutOrLengthenedBytesAreRefused() {
        byte[] bytes = codec.encode(new Circle(2.0), Circle.class);
        assertThrows(CorruptDataException.class, () -> codec.decode(Arrays.copyOf(bytes, bytes.length - 1), Circle.class));
        assertThrows(CorruptDataException.class, () -> codec.decode(Arrays.copyOf(bytes, bytes.length + 1), Circle.class));
    }

    @Test
    void aHugeLengthInDamagedBytesIsRefusedWithoutAllocatingIt() {
        byte[] bytes = codec.encode(List.of("x"), List.class);
        bytes[1] = 0x7f;
        assertThrows(CorruptDataException.class, () -> codec.decode(bytes, List.class));
    }

    record Holder(Object value) {
    }

    @Test
    void aClassNameFromOutsideTheProjectIsRefused() {
        byte[] bytes = codec.encode(new Holder(new Circle(1)), Holder.class);
        String ours = Circle.class.getName();
        String theirs = "javax.swing.JFrame" + "_".repeat(ours.length() - "javax.swing.JFrame".length());
        String s = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace(ours, theirs);
        byte[] foreign = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThrows(CorruptDataException.class, () -> codec.decode(foreign, Holder.class));
    }
}
