package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.PathResolver;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.SourceAnnotation;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HL502: restore the origin's statement in the PT item (the finding's range is the item's ID token):
 * the statement is replaced verbatim, the {@code <!-- source: … -->} annotation is kept, pointed at
 * the origin when it names another file, and added when the item has none (spec §7).
 *
 * <p>Not safe: the PT's wording is lost, and the Lead may have edited it on purpose.
 */
final class RestoreOriginStatement implements FixProvider {
    @Override
    public Code code() {
        return Code.HL502;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        HandoffDocument pt = ctx.doc();
        Optional<IdDefinition> def = FixText.definitionAt(pt, ctx.finding().range());
        if (!pt.isPt() || def.isEmpty()) {
            return List.of();
        }
        Optional<DefinitionSite> origin = ctx.scope().statementOrigin(def.get().id());
        if (origin.isEmpty()) {
            return List.of();
        }
        String source = PathResolver.relativize(
                pt.location().annotationBase(), origin.get().path());
        Optional<SourceAnnotation> annotation = annotationOf(pt, def.get());
        boolean sameStatement =
                origin.get().definition().normalizedStatement().equals(def.get().normalizedStatement());
        DocumentText t = ctx.text();
        List<TextEdit> edits = new ArrayList<>();
        if (!sameStatement) {
            String suffix = annotation.isEmpty() ? " <!-- source: " + source + " -->" : "";
            FixText.replaceStatement(pt, def.get(), origin.get().definition().statement(), suffix)
                    .ifPresent(edits::add);
        }
        if (annotation.isPresent() && !annotation.get().path().equals(source)) {
            Range r = annotation.get().range();
            edits.add(FixText.replace(t, t.offsetAt(r.start()), t.offsetAt(r.end()), source));
        }
        if (edits.isEmpty()) {
            return List.of();
        }
        return List.of(QuickFix.of(
                "Restore the statement of " + def.get().id() + " from "
                        + origin.get().path(),
                code(),
                ctx.path(),
                edits,
                false,
                true));
    }

    static Optional<SourceAnnotation> annotationOf(HandoffDocument pt, IdDefinition def) {
        Range item = def.itemRange();
        return pt.sourceAnnotations().stream()
                .filter(a -> a.id().equals(def.id()) && item.contains(a.range().start()))
                .findFirst();
    }
}
