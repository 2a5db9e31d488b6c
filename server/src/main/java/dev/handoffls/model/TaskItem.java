package dev.handoffls.model;

import dev.handoffls.text.Range;
import java.util.List;

/**
 * A task: a task-list item or an item with an action label ({@code **YOUR ACTION:**}).
 *
 * @param verb  the verb as written, lower-cased (null if none)
 * @param paths the path tokens of the task's own text
 */
public record TaskItem(Range range, boolean checkbox, boolean checked, Range checkboxRange, String verb,
        List<PathRef> paths) {
}
