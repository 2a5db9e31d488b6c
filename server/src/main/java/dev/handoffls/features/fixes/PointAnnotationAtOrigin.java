package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.PathResolver;
import dev.handoffls.model.SourceAnnotation;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;

/**
 * HL311: point the source annotation at the ID's origin, relative to the pipeline folder (the PT's
 * own folder outside pipelines).
 *
 * <p>Safe: the annotation is a pointer the server can compute; no statement changes.
 */
final class PointAnnotationAtOrigin implements FixProvider {
    @Override
    public Code code() {
        return Code.HL311;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<SourceAnnotation> a = ctx.doc().sourceAnnotations().stream()
                .filter(s -> s.range().equals(ctx.finding().range()))
                .findFirst();
        if (a.isEmpty()) {
            return List.of();
        }
        Optional<DefinitionSite> origin = ctx.scope().statementOrigin(a.get().id());
        if (origin.isEmpty()) {
            return List.of();
        }
        String source = PathResolver.relativize(
                ctx.doc().location().annotationBase(), origin.get().path());
        if (source.equals(a.get().path())) {
            return List.of();
        }
        DocumentText t = ctx.text();
        return List.of(QuickFix.of(
                "Point the source of " + a.get().id() + " at " + source,
                code(),
                ctx.path(),
                List.of(FixText.replace(t, a.get().range(), source)),
                true,
                true));
    }
}
