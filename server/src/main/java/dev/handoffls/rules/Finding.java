package dev.handoffls.rules;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.text.Range;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found in one document: the engine's own diagnostic type, converted at the edges.
 *
 * @param data what the finding is about, for quick fixes computed from it later
 */
public record Finding(
        String path,
        Range range,
        Code code,
        Severity severity,
        String message,
        List<RelatedLocation> related,
        FindingData data) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(f -> f.range().start())
            .thenComparing(f -> f.code().name())
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
        data = data == null ? FindingData.NONE : data;
    }

    public Finding(
            String path, Range range, Code code, Severity severity, String message, List<RelatedLocation> related) {
        this(path, range, code, severity, message, related, FindingData.NONE);
    }

    /** The same finding with another severity (a client's override). */
    public Finding withSeverity(Severity s) {
        return new Finding(path, range, code, s, message, related, data);
    }
}
