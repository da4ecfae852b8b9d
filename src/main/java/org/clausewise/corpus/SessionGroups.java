package org.clausewise.corpus;

import java.util.BitSet;

/**
 * Disjoint sets of texts that refuse to join two sets which both hold an adopted text of the same
 * session: one series has at most one resolution per session, so such a join would make two
 * recurring resolutions one (union-find, each set knowing its sessions).
 */
final class SessionGroups {
    private final int[] parent;
    private final BitSet[] sessions;

    SessionGroups(int n) {
        parent = new int[n];
        sessions = new BitSet[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    /** Marks text {@code i} as the adopted text of {@code session} in its set. */
    void adoptedIn(int i, int session) {
        if (session >= 0) {
            BitSet s = sessions[i];
            if (s == null) {
                sessions[i] = s = new BitSet();
            }
            s.set(session);
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    boolean together(int a, int b) {
        return root(a) == root(b);
    }

    /** Whether the sets of {@code a} and {@code b} could be one series (no session adopted twice). */
    boolean canJoin(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        return ra == rb || sessions[ra] == null || sessions[rb] == null || !sessions[ra].intersects(sessions[rb]);
    }

    /** Joins the two sets unless that would put two adopted texts of one session together; true if joined. */
    boolean join(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return true;
        }
        if (!canJoin(ra, rb)) {
            return false;
        }
        int keep = Math.min(ra, rb);
        int gone = Math.max(ra, rb);
        parent[gone] = keep;
        if (sessions[gone] != null) {
            if (sessions[keep] == null) {
                sessions[keep] = sessions[gone];
            } else {
                sessions[keep].or(sessions[gone]);
            }
            sessions[gone] = null;
        }
        return true;
    }
}
