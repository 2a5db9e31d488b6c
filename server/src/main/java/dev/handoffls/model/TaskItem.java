package dev.handoffls.model;

import dev.handoffls.text.Range;
import java.util.List;
import java.util.Optional;

/**
 * A task: a task-list item or an item with an action label ({@code **YOUR ACTION:**}).
 *
 * @param verb  the verb as written, lower-cased (null if none)
 * @param paths  the path tokens of the task's own text (shown by hover and document links)
 * @param object the path the task acts on — the only one the existence rules check (spec §5): the
 *               first path on the task's own line, or {@code Y} in "add X to Y"; null when none
 */
public record TaskItem(
        Range range,
        boolean checkbox,
        boolean checked,
        Range checkboxRange,
        String verb,
        List<PathRef> paths,
        PathRef object) {

    public Optional<PathRef> target() {
        return Optional.ofNullable(object);
    }
}
