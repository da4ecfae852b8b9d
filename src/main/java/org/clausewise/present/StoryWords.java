package org.clausewise.present;

import java.util.ArrayList;
import java.util.List;
import org.clausewise.compare.OperativeVerb;
import org.clausewise.compare.StepChange;
import org.clausewise.compare.Story;
import org.clausewise.compare.ThreeWayRow;
import org.clausewise.model.ChangeKind;
import org.clausewise.model.ClauseRow;
import org.clausewise.model.Relation;

/** A clause's story and the notes beside it, in the words every drawer shows. */
public final class StoryWords {
    /** The stories in the order a reader wants their counts: what stayed, what the draft did, what negotiation did. */
    public static final List<Story> ORDER = List.of(Story.CARRIED_OVER, Story.CHANGED_FROM_LAST_YEAR,
            Story.NEW_THIS_SESSION, Story.NOT_CARRIED_OVER, Story.CHANGED_IN_NEGOTIATION,
            Story.ADDED_IN_NEGOTIATION, Story.DROPPED_IN_NEGOTIATION, Story.RESTORED);

    private StoryWords() {
    }

    /** "new this session", "carried over unchanged", … */
    public static String of(Story story) {
        switch (story) {
            case NEW_THIS_SESSION: return "new this session";
            case CARRIED_OVER: return "carried over unchanged";
            case CHANGED_FROM_LAST_YEAR: return "changed from last year";
            case CHANGED_IN_NEGOTIATION: return "changed in negotiation";
            case DROPPED_IN_NEGOTIATION: return "dropped in negotiation";
            case ADDED_IN_NEGOTIATION: return "added in negotiation";
            case RESTORED: return "restored";
            default: return "not carried over";
        }
    }

    /** What the story leaves unsaid, in the order a reader takes it in. */
    static List<Badge> notes(ThreeWayRow row, boolean showEditorial) {
        List<Badge> notes = new ArrayList<>();
        Story story = row.story();
        if (row.newThisSession() && story != Story.NEW_THIS_SESSION) {
            notes.add(new Badge(Badge.Kind.ADDED, "new this session"));
        }
        boolean laterStep = story == Story.CHANGED_IN_NEGOTIATION || story == Story.DROPPED_IN_NEGOTIATION;
        if (laterStep && row.lastYearChange() == StepChange.CHANGED && !row.backToLastYear()) {
            notes.add(new Badge(Badge.Kind.MODIFIED, "also changed from last year"));
        }
        if (row.backToLastYear()) {
            notes.add(new Badge(Badge.Kind.MODIFIED, "back to last year's wording"));
        }
        if (story == Story.RESTORED && StepChange.of(row.previousToAdopted()) == StepChange.CHANGED) {
            notes.add(new Badge(Badge.Kind.MODIFIED, "reworded"));
        }
        steps(row, notes);
        if (showEditorial && (row.lastYearChange() == StepChange.EDITORIAL
                || row.negotiationChange() == StepChange.EDITORIAL)) {
            notes.add(new Badge(Badge.Kind.EDITORIAL, "editorial",
                    row.negotiationChange() == StepChange.EDITORIAL ? "quotes, hyphens or OCR slips in negotiation"
                            : "quotes, hyphens or OCR slips since last year"));
        }
        return notes;
    }

    /** Verb changes, moves, splits and merges of each step, naming the step when it matters. */
    private static void steps(ThreeWayRow row, List<Badge> notes) {
        boolean both = row.previous() != null && row.draft() != null && row.adopted() != null;
        step(row.fromLastYear(), both ? " from last year" : "", "last year's ", notes);
        step(row.inNegotiation(), both ? " in negotiation" : "", "draft ", notes);
        if (row.draft() == null) {
            step(row.previousToAdopted(), "", "last year's ", notes);
        }
    }

    private static void step(ClauseRow step, String when, String whose, List<Badge> notes) {
        if (step == null || step.left() == null || step.right() == null) {
            return;
        }
        if (step.verbChanged()) {
            notes.add(new Badge(Badge.Kind.VERB_CHANGED, "verb changed" + when,
                    OperativeVerb.of(step.left().text()) + " \u2192 " + OperativeVerb.of(step.right().text())));
        }
        if (step.kind() == ChangeKind.MOVED) {
            notes.add(new Badge(Badge.Kind.MOVED, "moved" + when, "was " + whose + step.left().label()));
        }
        if (step.relation() == Relation.SPLIT) {
            notes.add(new Badge(Badge.Kind.SPLIT, "split" + when));
        } else if (step.relation() == Relation.MERGED) {
            notes.add(new Badge(Badge.Kind.MERGED, "merged" + when));
        }
    }
}
