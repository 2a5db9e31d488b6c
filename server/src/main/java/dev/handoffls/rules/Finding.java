package dev.handoffls.rules;

import dev.handoffls.text.Range;
import java.util.Comparator;
import java.util.List;

/** One problem found in one document: the engine's own diagnostic type, converted at the edges. */
public record Finding(String path, Range range, Code code, Severity severity, String message,
        List<RelatedLocation> related) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(f -> f.range().start())
            .thenComparing(f -> f.code().name())
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
    }
}
