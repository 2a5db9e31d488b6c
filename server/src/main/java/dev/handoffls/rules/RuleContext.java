package dev.handoffls.rules;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.index.PathResolver;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.index.Trail;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a rule sees while checking one document, and where it reports. */
public final class RuleContext {
    private final HandoffDocument document;
    private final WorkspaceIndex index;
    private final PathResolver resolver;
    private final List<Finding> findings = new ArrayList<>();
    /**
     * Equal messages and finding data of this document, held once: 230,000 tasks naming the same missing
     * file make 230,000 equal messages of 250 characters (issue 13, pathological inputs).
     */
    private final Map<Object, Object> shared = new HashMap<>();

    private Code current;

    public RuleContext(HandoffDocument document, WorkspaceIndex index, PathResolver resolver) {
        this.document = document;
        this.index = index;
        this.resolver = resolver;
    }

    public HandoffDocument document() {
        return document;
    }

    public WorkspaceIndex index() {
        return index;
    }

    public ScopeIndex scope() {
        return index.scopeOf(document);
    }

    /** The trail of the document's scope (spec §13). */
    public Trail trail() {
        return scope().trail(config());
    }

    public HandoffConfig config() {
        return index.configFor(document.path());
    }

    public PathResolver resolver() {
        return resolver;
    }

    void startRule(Code code) {
        this.current = code;
    }

    public void report(Range range, String message, RelatedLocation... related) {
        report(current, range, message, List.of(related));
    }

    /**
     * For findings whose range is not what they are about (an item reported on a heading): the subject
     * (an ID) travels with the finding for its quick fix.
     */
    public void reportAbout(String subject, Range range, String message, RelatedLocation... related) {
        add(current, config().severityOf(current), range, message, List.of(related), subject);
    }

    public void report(Code code, Range range, String message, List<RelatedLocation> related) {
        Severity severity = config().severityOf(code);
        reportWithSeverity(code, severity, range, message, related);
    }

    /** For rules whose default depends on the case (HL106, HL501); configuration still wins. */
    public void reportWithSeverity(
            Code code, Severity defaultSeverity, Range range, String message, List<RelatedLocation> related) {
        Severity configured = config().severity().get(code);
        add(code, configured != null ? configured : defaultSeverity, range, message, related, null);
    }

    /** @param subject what the finding is about, or null for the text its range covers */
    private void add(
            Code code, Severity severity, Range range, String message, List<RelatedLocation> related, String subject) {
        if (severity != Severity.OFF) {
            FindingData data = data(range, related);
            findings.add(new Finding(
                    document.path(),
                    range,
                    code,
                    severity,
                    shared(message),
                    related,
                    shared(subject == null ? data : new FindingData(subject, data.origin()))));
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    /** The text the range covers (the offending ID, path or token: spec §9 ranges) and the first related path. */
    private FindingData data(Range range, List<RelatedLocation> related) {
        String subject = "";
        if (range.startLine() == range.endLine()) {
            var text = document.text();
            int start = text.offsetAt(range.start());
            int end = text.offsetAt(range.end());
            subject = end - start <= 200 ? text.text().substring(start, end) : "";
        }
        return new FindingData(subject, related.isEmpty() ? "" : related.get(0).path());
    }

    public Code currentCode() {
        return current;
    }

    List<Finding> findings() {
        return findings;
    }

    /** A range for "the document's first heading, or line 0" (spec §9 ranges). */
    public Range firstHeadingOrStart() {
        return document.firstHeading().map(h -> h.range()).orElseGet(() -> {
            int line =
                    document.frontMatter().map(fm -> fm.range().endLine() + 1).orElse(0);
            line = Math.min(line, document.text().lineCount() - 1);
            return document.text()
                    .range(document.text().lineStart(line), document.text().lineEnd(line));
        });
    }
}
