package dev.handoffls.rules.structure;

import dev.handoffls.model.HandoffDocument;

/**
 * A worker's Downstream Handoff without a single category heading is a free-form note to its
 * coordinator, not the phase's handoff: the structure rules leave it alone (spec §12).
 */
final class FreeFormHandoff {
    private FreeFormHandoff() {}

    static boolean isFreeForm(HandoffDocument doc) {
        return !doc.coordinator()
                && doc.handoff().map(h -> h.categories().isEmpty()).orElse(false);
    }
}
