package dev.handoffls.rules.trail;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.Set;

/**
 * HL605: an item closed without a word of why. The next phase cannot tell a decision from an accident;
 * {@code Superseded: AD-1 by AD-7} says why by itself, and {@code Forwarded} closes nothing.
 */
public final class MarkerWithoutReason implements Rule {
    @Override
    public Code code() {
        return Code.HL605;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        for (TrailMarker m : ctx.document().markers()) {
            if (m.kind().closes() && m.reason().isEmpty() && m.supersededBy() == null) {
                ctx.report(
                        m.range(),
                        m.kind().word() + ": " + String.join(", ", m.idTexts()) + " gives no reason: say why " + "(\""
                                + m.kind().word() + ": " + m.idTexts().get(0)
                                + " — …\") so the next phase knows it was on purpose");
            }
        }
    }
}
