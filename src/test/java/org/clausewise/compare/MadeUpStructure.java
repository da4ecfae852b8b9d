package org.clausewise.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.ClauseForm;
import org.clausewise.model.Comparison;
import org.clausewise.model.DocumentInfo;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.clausewise.model.SubParagraph;

/**
 * Two made-up texts with sections whose numbering restarts, an annex and nested sub-paragraphs
 * (invented wording that only looks like a resolution), with one of each thing the structure brings:
 * a section added in front (so the others are renumbered: I → II, II → III), a heading renamed, a
 * clause that went from the end of section I to the start of the next one while keeping its order, a
 * sub-paragraph inserted in the middle of a clause, a nested (ii) changed, an annex paragraph changed.
 * Also smaller pairs: sections relabelled only, and an unnumbered operative paragraph against a numbered one.
 */
public final class MadeUpStructure {
    private MadeUpStructure() {
    }

    static final String PP = "Recalling its made-up resolutions on lighthouses and harbours of the imaginary coast,";
    static final String LIGHT_1 = "Requests the imaginary keepers to polish every lens of the towers twice a year;";
    static final String LIGHT_2 = "Encourages the painting of the towers in bright stripes of red and white paint;";
    static final String SHIPS = "Invites the harbour masters to log every passing ship of the imaginary fleet;";
    static final String QUAYS = "Decides to widen the quays of the northern harbour by two metres next spring;";
    static final String PORT = "Urges the imaginary port authorities:";
    static final String SUB_A = "to repair the cranes of the eastern pier before the winter storms arrive;";
    static final String SUB_NEW = "to dredge the channel of the southern harbour every summer without fail;";
    static final String SUB_REGISTERS = "to keep registers of:";
    static final String SUB_ROPES = "the ropes bought for the mooring of large vessels in the harbour;";
    static final String SUB_LANTERNS_LEFT = "the lanterns hung along the breakwater at night;";
    static final String SUB_LANTERNS_RIGHT = "the lanterns hung along the breakwater and the pier at night;";
    static final String SUB_FERRIES = "to publish a timetable of the ferries for the outer islands each month;";
    static final String WEATHER = "Calls for new weather stations on each of the outer islands of the archipelago;";
    static final String ANNEX_1 = "The festival shall open at dawn with a parade of small boats around the bay.";
    static final String ANNEX_2 = "Each boat shall carry one lantern and one flag of its home village.";
    static final String ANNEX_3_LEFT = "Prizes shall be given for the brightest lantern of the evening.";
    static final String ANNEX_3_RIGHT = "Prizes shall be given for the brightest lantern and the finest flag of the evening.";
    static final String LIGHT_TITLE_LEFT = "Lighthouses of the imaginary coast";
    static final String LIGHT_TITLE_RIGHT = "Lighthouses and beacons of the imaginary coast";
    static final String HARBOUR_TITLE = "Harbours and their quays";
    static final String WEATHER_TITLE = "Weather stations on the imaginary islands";
    static final String ANNEX_TITLE = "Rules for the imaginary harbour festival";

    public static Comparison comparison() {
        return new ResolutionComparer().compare(left(), right());
    }

    public static Resolution left() {
        Clause pp = Clause.preambular(1, PP, List.of());
        Clause l1 = op(1, LIGHT_1, "I");
        Clause l2 = op(2, LIGHT_2, "I");
        Clause ships = op(3, SHIPS, "I");
        Clause quays = op(1, QUAYS, "II");
        Clause port = new Clause(Part.OPERATIVE, 2, PORT, List.of(sub("a", SUB_A),
                new SubParagraph("b", SUB_REGISTERS, List.of(), List.of(sub("i", SUB_ROPES), sub("ii", SUB_LANTERNS_LEFT))),
                sub("c", SUB_FERRIES)), List.of(), null, "II", true, ClauseForm.PARAGRAPH, true);
        List<Heading> headings = List.of(heading("I", LIGHT_TITLE_LEFT, l1), heading("II", HARBOUR_TITLE, quays));
        return text("A/RES/1/10", 1, pp, List.of(l1, l2, ships, quays, port), headings,
                annex(ANNEX_3_LEFT));
    }

    public static Resolution right() {
        Clause pp = Clause.preambular(1, PP, List.of());
        Clause weather = op(1, WEATHER, "I");
        Clause l1 = op(1, LIGHT_1, "II");
        Clause l2 = op(2, LIGHT_2, "II");
        Clause ships = op(1, SHIPS, "III");
        Clause quays = op(2, QUAYS, "III");
        Clause port = new Clause(Part.OPERATIVE, 3, PORT, List.of(sub("a", SUB_A), sub("b", SUB_NEW),
                new SubParagraph("c", SUB_REGISTERS, List.of(), List.of(sub("i", SUB_ROPES), sub("ii", SUB_LANTERNS_RIGHT))),
                sub("d", SUB_FERRIES)), List.of(), null, "III", true, ClauseForm.PARAGRAPH, true);
        List<Heading> headings = List.of(heading("I", WEATHER_TITLE, weather), heading("II", LIGHT_TITLE_RIGHT, l1),
                heading("III", HARBOUR_TITLE, ships));
        return text("A/RES/2/10", 2, pp, List.of(weather, l1, l2, ships, quays, port), headings,
                annex(ANNEX_3_RIGHT));
    }

    /** The same text as {@link #left()} with its sections lettered A., B. instead of I., II.: nothing changed. */
    public static Resolution leftRelabelled() {
        Resolution l = left();
        List<Clause> op = new ArrayList<>();
        for (Clause c : l.operative()) {
            op.add(c.inSection(c.section().equals("I") ? "A" : "B", true));
        }
        List<Heading> headings = List.of(heading("A", LIGHT_TITLE_LEFT, op.get(0)), heading("B", HARBOUR_TITLE, op.get(3)));
        return text("A/RES/1/11", 1, l.preamble().get(0), op, headings, l.annexes().get(0));
    }

    /** A text whose one operative paragraph has no number, and a later one that numbers it and adds a second. */
    public static List<Resolution> unnumberedThenNumbered() {
        Clause pp = Clause.preambular(1, PP, List.of());
        Clause lone = new Clause(Part.OPERATIVE, 1, QUAYS, List.of(), List.of(), null, null, false, ClauseForm.PARAGRAPH, false);
        Resolution first = new Resolution("A/RES/1/12", 1, ResolutionKind.RESOLUTION, "Made-up quays", LocalDate.of(1946, 12, 1),
                List.of(pp), List.of(lone), List.of(), List.of(), "A-RES-1-12.txt");
        Resolution second = new Resolution("A/RES/2/12", 2, ResolutionKind.RESOLUTION, "Made-up quays", LocalDate.of(1947, 12, 1),
                List.of(pp), List.of(Clause.operative(1, QUAYS, List.of(), List.of()), Clause.operative(2, SHIPS, List.of(), List.of())),
                List.of(), List.of(), "A-RES-2-12.txt");
        return List.of(first, second);
    }

    private static Clause op(int number, String text, String section) {
        return new Clause(Part.OPERATIVE, number, text, List.of(), List.of(), null, section, true, ClauseForm.PARAGRAPH, true);
    }

    private static SubParagraph sub(String label, String text) {
        return new SubParagraph(label, text, List.of());
    }

    private static Heading heading(String path, String text, Clause first) {
        return new Heading(Part.OPERATIVE, null, path, path + ".", text, 1, first);
    }

    private static Annex annex(String third) {
        List<Clause> clauses = List.of(annexClause(1, ANNEX_1), annexClause(2, ANNEX_2), annexClause(3, third));
        return new Annex("I", "Annex I", ANNEX_TITLE, clauses, List.of());
    }

    private static Clause annexClause(int number, String text) {
        return new Clause(Part.ANNEX, number, text, List.of(), List.of(), "I", null, true, ClauseForm.PARAGRAPH, false);
    }

    private static Resolution text(String symbol, int session, Clause pp, List<Clause> op, List<Heading> headings,
                                   Annex annex) {
        return new Resolution(symbol, session, ResolutionKind.RESOLUTION, "Made-up lighthouses and harbours",
                LocalDate.of(1945 + session, 12, 1), List.of(pp), op, List.of(), List.of(),
                symbol.replace('/', '-') + ".txt", DocumentInfo.NONE, headings, List.of(annex), null);
    }
}
