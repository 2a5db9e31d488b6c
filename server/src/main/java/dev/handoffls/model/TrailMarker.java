package dev.handoffls.model;

import dev.handoffls.text.Range;
import java.util.List;

/**
 * A line or list item that closes or forwards items on purpose (spec §13): {@code Resolved: OQ-1 —
 * single DB}, {@code Dropped: R-2 — out of scope}, {@code Superseded: AD-1 by AD-7},
 * {@code Forwarded: → phase 7}.
 *
 * @param ids          the IDs (or team labels) it names, ranges expanded
 * @param idRanges     where each written ID token is (a range's ends only)
 * @param idTexts      the written token at each of {@code idRanges}
 * @param supersededBy the ID after "by" of a {@code Superseded} marker, or null
 * @param reason       the text after the IDs, trimmed ("" when there is none)
 * @param range        the marker word through the end of its line
 */
public record TrailMarker(
        Kind kind,
        List<String> ids,
        List<Range> idRanges,
        List<String> idTexts,
        String supersededBy,
        String reason,
        Range range) {

    public enum Kind {
        RESOLVED,
        MITIGATED,
        DROPPED,
        SUPERSEDED,
        FORWARDED;

        /** Everything but {@code Forwarded} closes the item from its phase on. */
        public boolean closes() {
            return this != FORWARDED;
        }

        /** Dropped and superseded items should not be leaned on later (HL603); resolved ones may be cited. */
        public boolean retires() {
            return this == DROPPED || this == SUPERSEDED;
        }

        public String word() {
            return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TrailMarker {
        ids = List.copyOf(ids);
        idRanges = List.copyOf(idRanges);
        idTexts = List.copyOf(idTexts);
        reason = reason == null ? "" : reason;
    }
}
