package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.model.TaskItem;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Optional;

/**
 * HL305: uncheck the task whose output is missing: {@code [x]} → {@code [ ]}.
 *
 * <p>Not safe: the output may exist under another name; unchecking is the author's call.
 */
final class UncheckTask implements FixProvider {
    @Override
    public Code code() {
        return Code.HL305;
    }

    @Override
    public List<QuickFix> fixes(FixContext ctx) {
        Optional<TaskItem> task = ctx.doc().tasks().stream()
                .filter(tk -> tk.checked()
                        && tk.checkboxRange() != null
                        && tk.paths().stream()
                                .anyMatch(p -> p.range().equals(ctx.finding().range())))
                .findFirst();
        if (task.isEmpty()) {
            return List.of();
        }
        DocumentText t = ctx.text();
        var r = task.get().checkboxRange();
        return List.of(QuickFix.of(
                "Uncheck the task",
                code(),
                ctx.path(),
                List.of(FixText.replace(t, t.offsetAt(r.start()), t.offsetAt(r.end()), "[ ]")),
                false,
                true));
    }
}
