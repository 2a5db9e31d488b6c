package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import java.util.Comparator;

/**
 * The order that decides an ID's origin (spec §4): by phase (no phase last), then coordinator L2
 * before worker L2, then the PT, then path in code-point order.
 */
public final class OriginOrder {
    public static final Comparator<HandoffDocument> DOCUMENTS = Comparator.comparingInt(
                    (HandoffDocument d) -> d.location().phase() == null
                            ? Integer.MAX_VALUE
                            : d.location().phase())
            .thenComparingInt(OriginOrder::rank)
            .thenComparing(HandoffDocument::path);

    private OriginOrder() {}

    private static int rank(HandoffDocument d) {
        if (d.isL2()) {
            return d.coordinator() ? 0 : 1;
        }
        return d.isPt() ? 2 : 3;
    }
}
