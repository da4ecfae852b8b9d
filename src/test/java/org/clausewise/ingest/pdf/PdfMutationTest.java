package org.clausewise.ingest.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Broken PDFs never crash the reader: every mutant of a made-up resolution (bytes changed, cut,
 * or a stretch repeated) either reads or is refused with one line. Seeded, so a failure repeats.
 */
class PdfMutationTest {
    private static final int MUTANTS = 150;

    @Test
    void everyMutantReadsOrIsRefusedWithOneLine() {
        byte[] good = MadeUpResolution.pdf(true);
        Random random = new Random(20261204);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = mutate(good, random);
            try {
                PdfText text = PdfTextReader.read(mutant, "mutant-" + i + ".pdf");
                assertFalse(text.text() == null);
                read++;
            } catch (PdfRefusedException e) {
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                refused++;
            }
        }
        assertEquals(MUTANTS, read + refused);
    }

    private static byte[] mutate(byte[] good, Random random) {
        byte[] b = Arrays.copyOf(good, good.length);
        switch (random.nextInt(3)) {
            case 0 -> {
                for (int k = 0; k < 1 + random.nextInt(20); k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(b, 16 + random.nextInt(b.length - 16));
            }
            default -> {
                int from = random.nextInt(b.length / 2);
                int length = 1 + random.nextInt(Math.min(2000, b.length - from));
                byte[] longer = Arrays.copyOf(b, b.length + length);
                System.arraycopy(b, from, longer, from + length, b.length - from);
                return longer;
            }
        }
    }
}
