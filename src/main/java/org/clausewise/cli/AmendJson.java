package org.clausewise.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clausewise.amend.AmendedDraft;
import org.clausewise.amend.InstructionOutcome;
import org.clausewise.model.AmendmentInstruction;
import org.clausewise.model.Resolution;
import org.clausewise.present.Presentation;

/**
 * {@code amend --json}: the draft and the amendments (as comparison sides are named), what each
 * instruction did, the amended text's clauses (as {@code parse --json} gives a text's), and the
 * amended text against the draft (as {@code compare --json} gives a comparison).
 */
final class AmendJson {
    private AmendJson() {
    }

    static Map<String, Object> of(AmendedDraft a, String note, Presentation shown) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("draft", JsonParts.header(a.draft()));
        List<Object> amendments = new ArrayList<>();
        for (Resolution r : a.amendments()) {
            Map<String, Object> am = JsonParts.header(r);
            am.put("amends", r.amendment().draftSymbol());
            amendments.add(am);
        }
        m.put("amendments", amendments);
        m.put("note", note);
        List<Object> instructions = new ArrayList<>();
        for (InstructionOutcome o : a.outcomes()) {
            instructions.add(outcome(o));
        }
        m.put("instructions", instructions);
        m.put("applied", a.appliedCount());
        m.put("notApplied", a.outcomes().size() - a.appliedCount());
        Map<String, Object> amended = ResolutionJson.of(a.amended());
        amended.keySet().retainAll(List.of("title", "preamble", "operative", "headings"));
        m.put("amended", amended);
        m.put("changes", CompareCommand.json(shown));
        return m;
    }

    private static Map<String, Object> outcome(InstructionOutcome o) {
        AmendmentInstruction i = o.instruction();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amendment", o.amendment());
        m.put("number", o.number());
        m.put("action", i.action().jsonName());
        m.put("target", o.target());
        m.put("applied", o.applied());
        m.put("detail", o.detail());
        m.put("printed", i.printed());
        return m;
    }
}
