package dev.handoffls.rules.structure;

import dev.handoffls.codes.Code;
import dev.handoffls.config.CategorySpec;
import dev.handoffls.index.Fact;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.List;
import java.util.Set;

/** HL102: every category of the handoff section, reported once with all missing names. */
public final class MissingHandoffCategory implements Rule {
    @Override
    public Code code() {
        return Code.HL102;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.document().isL2()
                || ctx.document().handoff().isEmpty()
                || FreeFormHandoff.isFreeForm(ctx.document())) {
            return;
        }
        HandoffSection section = ctx.document().handoff().get();
        List<CategorySpec> specs = ctx.config().categories();
        List<String> missing = specs.stream()
                .filter(s -> section.categories().stream().map(Category::order).noneMatch(o -> o == specs.indexOf(s)))
                .map(s -> "'" + s.l2Name() + "'")
                .toList();
        if (!missing.isEmpty()) {
            ctx.report(
                    section.heading().range(),
                    "Downstream Handoff lacks " + (missing.size() == 1 ? "category " : "categories ")
                            + String.join(", ", missing)
                            + ": write each as a '###' heading (with '- None' when it is empty)");
        }
    }
}
