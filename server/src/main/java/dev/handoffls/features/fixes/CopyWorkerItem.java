package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.model.Category;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.HandoffSection;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.Item;
import dev.handoffls.model.TeamItem;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * HL602: copy the worker's item into the coordinator's category of the same kind, verbatim (its
 * first paragraph, as the worker wrote it). Safe: it adds the worker's own words and loses nothing;
 * offered only when the coordinator has that category.
 */
final class CopyWorkerItem implements FixProvider {
    @Override
    public Code code() {
        return Code.HL602;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        if (ctx.finding().related().isEmpty() || ctx.doc().handoff().isEmpty()) {
            return List.of();
        }
        RelatedLocation at = ctx.finding().related().get(0);
        Optional<HandoffDocument> worker = ctx.index().document(at.path());
        Optional<String> prefix = worker.flatMap(w -> categoryOf(w, at.range()));
        Optional<Item> item = worker.flatMap(w -> FixText.itemAt(w, at.range().start()));
        if (prefix.isEmpty() || item.isEmpty()) {
            return List.of();
        }
        HandoffSection section = ctx.doc().handoff().get();
        for (Category c : section.categories()) {
            if (prefix.get().equals(c.prefix())) {
                int after = FixText.lastNonBlank(ctx.text(), c.heading().line(), c.endLine());
                List<String> lines = List.of(("- " + item.get().text()).split("\\r\\n|\\r|\\n"));
                return List.of(QuickFix.of(
                        "Copy " + ctx.finding().data().subject() + " from the worker, verbatim",
                        code(),
                        ctx.path(),
                        List.of(FixText.insertLinesAfter(ctx.text(), after, lines, ctx.eol())),
                        true,
                        true));
            }
        }
        return List.of();
    }

    private static Optional<String> categoryOf(HandoffDocument worker, Range itemRange) {
        for (IdDefinition d : worker.definitions()) {
            if (d.itemRange().equals(itemRange)) {
                return Optional.of(d.categoryPrefix());
            }
        }
        return worker.teamItems().stream()
                .filter(t -> t.itemRange().equals(itemRange))
                .map(TeamItem::categoryPrefix)
                .findFirst();
    }
}
