package org.clausewise.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Running headers and footers at page breaks. */
class PageFurnitureTest {
    private static final String TITLE = "The role of Ombudsman and mediator institutions in the promotion and "
            + "protection of human rights, good governance and the rule of law";

    private static boolean[] find(String text, String symbol, String title) {
        List<Line> lines = LineCleaner.clean(text);
        return PageFurniture.find(lines, symbol, title);
    }

    @Test
    void pageHeaderWithWrappedRunningTitleIsFurniture() {
        // A-RES-79-177.txt, page 5: the running title wraps over three lines, the last one short.
        String text = "in respect of matters carried out in connection with their lawful duties and obligations; \n"
                + "\n"
                + "The role of Ombudsman and mediator institutions in the promotion \n"
                + "and protection of human rights, good governance  \n"
                + "and the rule of law \n"
                + "A/RES/79/177\n"
                + " \n"
                + "5/6\n"
                + "24-24218 \n"
                + " \n"
                + "(f) ";
        assertArrayEquals(new boolean[] {false, false, true, true, true, true, false, true, true, false, false},
                find(text, "A/RES/79/177", TITLE));
    }

    @Test
    void aPageNumberAloneIsText() {
        // Made-up one-word-per-line text: "68/167" and "the rule of law" next to no page header stay.
        String text = "Recalling\nits\nresolution\n68/167\nand\nthe rule of law\nof\n18 December 2013,";
        assertArrayEquals(new boolean[8], find(text, "A/RES/79/177", TITLE));
    }

    @Test
    void jobNumberAndBarcodeOnACoverAreFurniture() {
        // A-RES-72-186.txt cover
        String text = "17-23182 (E)    010218     \n*1723182* \nSeventy-second session ";
        assertArrayEquals(new boolean[] {true, true, false}, find(text, null, null));
    }
}
