package org.clausewise.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.clausewise.compare.ThreeWayComparer;
import org.clausewise.compare.ThreeWayComparison;
import org.clausewise.model.Annex;
import org.clausewise.model.Clause;
import org.clausewise.model.DocumentInfo;
import org.clausewise.model.Heading;
import org.clausewise.model.Part;
import org.clausewise.model.Resolution;
import org.clausewise.model.ResolutionKind;
import org.junit.jupiter.api.Test;

/** Made-up texts with sections and an annex: headings open before their first row shown, annexes are groups. */
class ThreeWaySectionsTest {
    private static final String[] OPS = {
        "Decides to paint the invented lighthouses blue before the imaginary summer;",
        "Requests the dream bureau to list the harbours of the made-up coast;",
        "Invites the guild of kite makers to design a kite for every invented island;",
        "Encourages the puppeteers to perform in every imaginary village square;"};

    @Test
    void headingsOpenBeforeTheirFirstRowShownAndAnnexesAreGroups() {
        Resolution previous = text("A/RES/1/10", ResolutionKind.RESOLUTION, OPS[3]);
        Resolution draft = text(null, ResolutionKind.DRAFT, OPS[3]);
        Resolution adopted = text("A/RES/2/20", ResolutionKind.RESOLUTION,
                "Encourages the puppeteers to perform in every imaginary village square and harbour;");
        ThreeWayComparison c = new ThreeWayComparer().compare(previous, draft, adopted);

        ThreeWayPresentation all = ThreeWayPresentation.of(c, ViewOptions.ALL);
        List<ThreeWayPresentedRow> op = all.groups().get(1).rows();
        assertEquals(List.of("I. Lighthouses and harbours"), op.get(0).headings());
        assertEquals(List.of(), op.get(1).headings());
        assertEquals(List.of("II. Kites and puppets"), op.get(2).headings());
        assertEquals("OP II.2", op.get(3).label());

        ThreeWayPresentation changes = ThreeWayPresentation.of(c, new ViewOptions(true, true));
        ThreeWayPresentedRow only = changes.groups().get(1).rows().get(0);
        assertEquals("changed in negotiation", only.storyText());
        assertEquals(List.of("II. Kites and puppets"), only.headings(), "the section's heading comes with its row");

        List<String> groups = all.groups().stream().map(g -> g.heading().title()).collect(Collectors.toList());
        assertEquals(List.of("Preamble", "Operative part", "Annex: Invented rules of the game"), groups);
        assertEquals(Part.ANNEX, all.groups().get(2).part());
        assertEquals("carried over unchanged", all.groups().get(2).rows().get(0).storyText());
    }

    private static Resolution text(String symbol, ResolutionKind kind, String lastOp) {
        List<Clause> op = new ArrayList<>();
        op.add(Clause.operative(1, OPS[0], List.of(), List.of()).inSection("I", true));
        op.add(Clause.operative(2, OPS[1], List.of(), List.of()).inSection("I", true));
        op.add(Clause.operative(1, OPS[2], List.of(), List.of()).inSection("II", true));
        op.add(Clause.operative(2, lastOp, List.of(), List.of()).inSection("II", true));
        List<Heading> headings = List.of(
                new Heading(Part.OPERATIVE, null, "I", "I.", "Lighthouses and harbours", 1, op.get(0)),
                new Heading(Part.OPERATIVE, null, "II", "II.", "Kites and puppets", 1, op.get(2)));
        Clause rule = new Clause(Part.ANNEX, 1, "Every player brings one invented shell to the game.", List.of(),
                List.of(), "", null, true, null, false);
        Annex annex = new Annex("", "Annex", "Invented rules of the game", List.of(rule), List.of());
        return new Resolution(symbol, 2, kind, "Made-up sections", LocalDate.of(1947, 12, 1),
                List.of(Clause.preambular(1, "Recalling the imaginary charter of invented things,", List.of())),
                op, List.of(), List.of(), "made-up.txt", DocumentInfo.NONE, headings, List.of(annex), null);
    }
}
