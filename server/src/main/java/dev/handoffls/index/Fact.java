package dev.handoffls.index;

import java.util.EnumSet;
import java.util.Set;

/**
 * A cross-document fact of the index that a rule may read while checking one document (STYLE habit
 * 16). Each rule declares the facts it reads; {@link Dependents} re-checks, after one file changed,
 * exactly the documents whose rules read a fact the change altered, and the editor holds back the
 * findings of rules that read facts only a full index knows.
 */
public enum Fact {
    /** IDs of the scope: handoff and PT definitions (statements, categories, brackets), team definitions and labels. */
    SCOPE_IDS(true),
    /** Where the scope's documents mention IDs: references, ranges and closing or forwarding markers (the trail). */
    SCOPE_MENTIONS(true),
    /** Which documents make up the scope and what they are: kinds (the PT), coordinators, phases, PT versions. */
    SCOPE_DOCUMENTS(true),
    /** Ticket ids, statuses and the tickets a consolidating ticket lists, across the workspace. */
    TICKETS(true),
    /** Decision documents and their numbers, across the workspace. */
    DECISIONS(true),
    /** The headings (anchors) of the documents a link points at. */
    HEADINGS(true),
    /** Which files and folders exist; known from the walk, before any document is parsed. */
    FILES(false);

    private final boolean needsParsedDocuments;

    Fact(boolean needsParsedDocuments) {
        this.needsParsedDocuments = needsParsedDocuments;
    }

    /** Whether the fact is only complete once every document is parsed (not just walked). */
    public boolean needsParsedDocuments() {
        return needsParsedDocuments;
    }

    /** The facts complete once the folder is walked, before any document is parsed. */
    public static Set<Fact> knownFromWalk() {
        Set<Fact> out = EnumSet.noneOf(Fact.class);
        for (Fact f : values()) {
            if (!f.needsParsedDocuments) {
                out.add(f);
            }
        }
        return out;
    }
}
