package dev.handoffls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.FindingData;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    static final String DATA_SUBJECT = "subject";
    static final String DATA_ORIGIN = "origin";
    public static final String RULES_DOC = "https://github.com/handoff-ls/handoff-ls/blob/main/docs/rules.md";

    private Convert() {}

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
        d.setCodeDescription(
                new DiagnosticCodeDescription(RULES_DOC + "#" + f.code().docsAnchor()));
        if (!f.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (RelatedLocation r : f.related()) {
                related.add(new DiagnosticRelatedInformation(
                        new Location(uriOf.apply(r.path()), range(r.range())), r.message()));
            }
            d.setRelatedInformation(related);
        }
        JsonObject data = new JsonObject();
        data.addProperty(DATA_SUBJECT, f.data().subject());
        data.addProperty(DATA_ORIGIN, f.data().origin());
        d.setData(data);
        if (f.code() == Code.HL205) {
            // A verbatim restatement is redundant text: editors fade it.
            d.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        return d;
    }

    /**
     * The finding an editor sends back in a code action request, rebuilt from the diagnostic: its code,
     * range, message, related locations and {@code data}. Empty for a diagnostic that is not ours.
     *
     * @param pathOf URI → workspace-relative path, empty outside the workspace
     */
    public static Optional<Finding> finding(Diagnostic d, String path, Function<String, Optional<String>> pathOf) {
        if (!SOURCE.equals(d.getSource())
                || d.getCode() == null
                || d.getCode().getLeft() == null
                || d.getRange() == null) {
            return Optional.empty();
        }
        Optional<Code> code = Code.parse(d.getCode().getLeft());
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<RelatedLocation> related = new ArrayList<>();
        if (d.getRelatedInformation() != null) {
            for (DiagnosticRelatedInformation r : d.getRelatedInformation()) {
                pathOf.apply(r.getLocation().getUri())
                        .ifPresent(p -> related.add(
                                new RelatedLocation(p, range(r.getLocation().getRange()), r.getMessage())));
            }
        }
        FindingData data = FindingData.NONE;
        if (d.getData() instanceof JsonObject o) {
            data = new FindingData(string(o, DATA_SUBJECT), string(o, DATA_ORIGIN));
        }
        return Optional.of(new Finding(
                path,
                range(d.getRange()),
                code.get(),
                severity(d.getSeverity()),
                d.getMessage() == null ? "" : d.getMessage(),
                related,
                data));
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    static dev.handoffls.codes.Severity severity(DiagnosticSeverity s) {
        if (s == null) {
            return dev.handoffls.codes.Severity.WARNING;
        }
        return switch (s) {
            case Error -> dev.handoffls.codes.Severity.ERROR;
            case Warning -> dev.handoffls.codes.Severity.WARNING;
            case Information -> dev.handoffls.codes.Severity.INFORMATION;
            case Hint -> dev.handoffls.codes.Severity.HINT;
        };
    }

    public static DiagnosticSeverity severity(dev.handoffls.codes.Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            default -> DiagnosticSeverity.Hint;
        };
    }
}
