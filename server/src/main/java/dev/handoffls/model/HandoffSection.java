package dev.handoffls.model;

import java.util.List;
import java.util.Optional;

/**
 * The {@code ## Downstream Handoff} section of an L2, or the registry part of a PT.
 *
 * @param heading  the section heading (for a PT: its first heading)
 * @param endLine  exclusive end line of the section
 * @param syncMark the {@code PT-synced: ✅ date} line, if present
 */
public record HandoffSection(Heading heading, int endLine, List<Category> categories, Optional<SyncMark> syncMark) {

    public record SyncMark(int line, String date) {}

    public Optional<Category> category(String prefix) {
        return categories.stream().filter(c -> prefix.equals(c.prefix())).findFirst();
    }
}
