package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
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
 * @param command   an action to run instead of edits (then {@code edits} is empty), or null
 */
public record QuickFix(
        String title,
        Code code,
        Map<String, List<TextEdit>> edits,
        boolean safe,
        boolean preferred,
        FixCommand command) {
    private static final Comparator<TextEdit> BY_POSITION = Comparator.comparing(
                    (TextEdit e) -> e.range().start())
            .thenComparing(e -> e.range().end());

    public QuickFix {
        TreeMap<String, List<TextEdit>> sorted = new TreeMap<>();
        edits.forEach((path, list) ->
                sorted.put(path, list.stream().sorted(BY_POSITION).toList()));
        edits = java.util.Collections.unmodifiableMap(sorted);
    }

    public QuickFix(String title, Code code, Map<String, List<TextEdit>> edits, boolean safe, boolean preferred) {
        this(title, code, edits, safe, preferred, null);
    }

    /** The same fix, not to be applied unattended. */
    public QuickFix unsafe() {
        return new QuickFix(title, code, edits, false, preferred, command);
    }

    /** A fix that runs an action (never safe: it touches documents beyond the finding's own). */
    public static QuickFix run(String title, Code code, FixCommand command, boolean preferred) {
        return new QuickFix(title, code, Map.of(), false, preferred, command);
    }

    /** Whether applying it does something: edits to make or an action to run. */
    public boolean isEmpty() {
        return command == null && edits.values().stream().allMatch(List::isEmpty);
    }

    /** A fix whose edits all touch one document. */
    public static QuickFix of(
            String title, Code code, String path, List<TextEdit> edits, boolean safe, boolean preferred) {
        return new QuickFix(title, code, Map.of(path, edits), safe, preferred);
    }
}
