package dev.handoffls.lsp;

import dev.handoffls.rules.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Engine types to lsp4j types and back: the only place the two meet. */
public final class Convert {
    public static final String SOURCE = "handoff";
    public static final String RULES_DOC = "https://github.com/handoff-ls/handoff-ls/blob/main/docs/rules.md";

    private Convert() {
    }

    public static org.eclipse.lsp4j.Position position(Position p) {
        return new org.eclipse.lsp4j.Position(p.line(), p.character());
    }

    public static Position position(org.eclipse.lsp4j.Position p) {
        return new Position(p.getLine(), p.getCharacter());
    }

    public static org.eclipse.lsp4j.Range range(Range r) {
        return new org.eclipse.lsp4j.Range(position(r.start()), position(r.end()));
    }

    public static Range range(org.eclipse.lsp4j.Range r) {
        return new Range(position(r.getStart()), position(r.getEnd()));
    }

    /** @param uriOf workspace-relative path → URI */
    public static Diagnostic diagnostic(Finding f, Function<String, String> uriOf) {
        Diagnostic d = new Diagnostic(range(f.range()), f.message(), severity(f.severity()), SOURCE);
        d.setCode(Either.forLeft(f.code().name()));
        d.setCodeDescription(new DiagnosticCodeDescription(RULES_DOC + "#" + f.code().docsAnchor()));
        if (!f.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (RelatedLocation r : f.related()) {
                related.add(new DiagnosticRelatedInformation(new Location(uriOf.apply(r.path()), range(r.range())),
                        r.message()));
            }
            d.setRelatedInformation(related);
        }
        if (f.code() == Code.HL205) {
            // A verbatim restatement is redundant text: editors fade it.
            d.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        return d;
    }

    public static DiagnosticSeverity severity(dev.handoffls.rules.Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            default -> DiagnosticSeverity.Hint;
        };
    }
}
