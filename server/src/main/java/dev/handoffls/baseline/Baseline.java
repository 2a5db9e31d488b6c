package dev.handoffls.baseline;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The findings a team has accepted for now (spec §14): a multiset of entries, so two identical
 * findings on identical lines are matched one to one. Immutable.
 */
public final class Baseline {
    public static final Baseline EMPTY = new Baseline(List.of());

    private final List<BaselineEntry> entries;
    private final Map<BaselineEntry, Integer> counts = new HashMap<>();

    public Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().sorted().toList();
        this.entries.forEach(e -> counts.merge(e, 1, Integer::sum));
    }

    /** The baseline of these findings. */
    public static Baseline of(List<Finding> findings, WorkspaceIndex index) {
        return new Baseline(
                findings.stream().map(f -> BaselineEntry.of(f, index)).toList());
    }

    /** Sorted, so the written file is stable. */
    public List<BaselineEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** This baseline's entries for paths the filter rejects, plus {@code other}'s: rewriting part of a workspace. */
    public Baseline replacing(Baseline other, Predicate<String> replacedPaths) {
        List<BaselineEntry> out = new ArrayList<>(other.entries);
        entries.stream().filter(e -> !replacedPaths.test(e.path())).forEach(out::add);
        return new Baseline(out);
    }

    /** The findings not in the baseline, and how many were. */
    public Filtered filter(List<Finding> findings, WorkspaceIndex index) {
        if (entries.isEmpty()) {
            return new Filtered(findings, 0);
        }
        // Entries used up by earlier findings of this call: each entry hides one finding.
        Map<BaselineEntry, Integer> used = new HashMap<>();
        List<Finding> shown = new ArrayList<>();
        int baselined = 0;
        for (Finding f : findings) {
            BaselineEntry e = BaselineEntry.of(f, index);
            if (used.getOrDefault(e, 0) < counts.getOrDefault(e, 0)) {
                used.merge(e, 1, Integer::sum);
                baselined++;
            } else {
                shown.add(f);
            }
        }
        return new Filtered(List.copyOf(shown), baselined);
    }

    /** The findings to report and how many the baseline hid. */
    public record Filtered(List<Finding> findings, int baselined) {}
}
