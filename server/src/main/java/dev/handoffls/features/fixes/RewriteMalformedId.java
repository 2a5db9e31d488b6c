package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.Item;
import dev.handoffls.model.MalformedId;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * HL201: rewrite the malformed token as the ID it means ({@link MalformedId#suggested()}), or, when
 * no number was written, as the scope's next free ID. An unbracketed attempt ({@code AD1: text})
 * also gets its brackets ({@code [AD-1] text}).
 *
 * <p>Safe only when the suggested ID is derived from what was written, this document does not define
 * it already (the rewrite would make a duplicate), and it changes no HL202 verdict; a number chosen
 * from the scope is not safe.
 */
final class RewriteMalformedId implements FixProvider {
    @Override
    public Code code() {
        return Code.HL201;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        HandoffDocument doc = ctx.doc();
        Optional<MalformedId> found = doc.malformedIds().stream()
                .filter(m -> m.range().equals(ctx.finding().range()))
                .findFirst();
        if (found.isEmpty()) {
            return List.of();
        }
        MalformedId m = found.get();
        String id = m.suggested() != null ? m.suggested() : ctx.scope().nextFreeId(m.prefix());
        boolean safe = m.suggested() != null
                && doc.definitions().stream().noneMatch(d -> d.id().equals(id))
                && keepsCategoryVerdicts(ctx, m);
        DocumentText t = ctx.text();
        if (m.bracketed()) {
            return List.of(QuickFix.of(
                    "Rewrite '" + m.text() + "' as " + id,
                    code(),
                    ctx.path(),
                    List.of(FixText.replace(t, m.range(), id)),
                    safe,
                    true));
        }
        Optional<Item> item = FixText.itemAt(doc, m.range().start());
        if (item.isEmpty()) {
            return List.of();
        }
        Matcher lead = FixText.unbracketedLead(item.get().text(), m.text());
        if (!lead.find()) {
            return List.of();
        }
        String replacement = AddBrackets.bracketed(id, item.get().text(), lead.group(), lead.end());
        int start = item.get().textStart();
        return List.of(QuickFix.of(
                "Rewrite '" + m.text() + "' as [" + id + "]",
                code(),
                ctx.path(),
                List.of(FixText.replace(t, start, start + lead.end(), replacement)),
                safe,
                true));
    }

    /**
     * Whether the new ID leaves HL202's verdicts as they were: it sits under its own category, and the
     * scope's definitions of its prefix are not a team's convention ({@code R-N} under Decisions
     * throughout, as {@code IdInWrongCategory} reads it), which one more {@code R-N} elsewhere would end,
     * turning each of them into an error.
     */
    private static boolean keepsCategoryVerdicts(FixContext ctx, MalformedId m) {
        int line = m.range().startLine();
        boolean ownCategory = FixText.idCategories(ctx.doc()).stream()
                .anyMatch(c -> m.prefix().equals(c.prefix()) && c.heading().line() < line && line < c.endLine());
        List<String> categories = ctx.scope().allDefinitions().values().stream()
                .map(DefinitionSite::definition)
                .filter(d -> d.token().prefix().equals(m.prefix()))
                .map(IdDefinition::categoryPrefix)
                .toList();
        boolean convention = categories.size() >= 2
                && categories.stream().distinct().count() == 1
                && !categories.get(0).equals(m.prefix());
        return ownCategory && !convention;
    }
}
