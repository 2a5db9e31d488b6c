package dev.handoffls.cli.cache;

import dev.handoffls.rules.Finding;
import java.util.List;

/**
 * What {@code check} needs to print a run again: the findings shown (after the baseline), the number
 * of documents checked, how many findings the baseline hid, and the lines the run printed on stderr.
 */
public record CachedRun(List<Finding> findings, int files, int baselined, List<String> messages) {
    public CachedRun {
        findings = List.copyOf(findings);
        messages = List.copyOf(messages);
    }
}
