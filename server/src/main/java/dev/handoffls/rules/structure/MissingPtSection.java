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

/** HL108: the PT's registry sections (D-012), reported once with all missing names. */
public final class MissingPtSection implements Rule {
    @Override
    public Code code() {
        return Code.HL108;
    }

    @Override
    public Set<Fact> reads() {
        return Set.of();
    }

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.document().isPt() || ctx.document().text().text().isBlank()) {
            return;
        }
        // A PT without any heading has no registry at all: every section is missing (range: line 0).
        List<Category> present =
                ctx.document().registry().map(HandoffSection::categories).orElse(List.of());
        List<CategorySpec> specs = ctx.config().ptSections();
        List<String> missing = specs.stream()
                .filter(s -> present.stream().map(Category::order).noneMatch(o -> o == specs.indexOf(s)))
                .map(s -> "'" + s.ptName() + "'")
                .toList();
        if (!missing.isEmpty()) {
            ctx.report(
                    ctx.firstHeadingOrStart(),
                    "PERMANENT Task lacks " + (missing.size() == 1 ? "section " : "sections ")
                            + String.join(", ", missing)
                            + ": the Lead copies handoff items into these (Decision 011 §4.2)");
        }
    }
}
