package dev.handoffls.features.fixes;

import dev.handoffls.features.TextEdit;
import dev.handoffls.rules.Code;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One quick fix for one finding.
 *
 * @param title     what the fix does, as shown in an editor's light bulb
 * @param edits     per workspace-relative path; each list sorted by position and without overlaps
 * @param safe      may be applied unattended ({@code check --fix}): it cannot lose or invent content
 * @param preferred the one obvious fix for the finding (LSP {@code isPreferred})
 */
public record QuickFix(String title, Code code, Map<String, List<TextEdit>> edits, boolean safe, boolean preferred) {
    private static final Comparator<TextEdit> BY_POSITION = Comparator.comparing((TextEdit e) -> e.range().start())
            .thenComparing(e -> e.range().end());

    public QuickFix {
        TreeMap<String, List<TextEdit>> sorted = new TreeMap<>();
        edits.forEach((path, list) -> sorted.put(path, list.stream().sorted(BY_POSITION).toList()));
        edits = java.util.Collections.unmodifiableMap(sorted);
    }

    /** A fix whose edits all touch one document. */
    public static QuickFix of(String title, Code code, String path, List<TextEdit> edits, boolean safe, boolean preferred) {
        return new QuickFix(title, code, Map.of(path, edits), safe, preferred);
    }
}
