package dev.handoffls.features.structure;

import dev.handoffls.model.TaskItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Paths in a task or an Artifacts item, once the token being typed has a {@code /} or a {@code .}:
 * the next path segment of existing files, looked up from the document's folder, then its pipeline
 * folder, then the workspace root (the first resolution roots of spec §5). Folders end with {@code /}.
 */
final class PathCompletion {
    static final int LIMIT = 100;

    private PathCompletion() {}

    static Optional<List<CompletionItem>> complete(CompletionContext ctx) {
        String before = ctx.before();
        int start = before.length();
        while (start > 0 && !stops(before.charAt(start - 1))) {
            start--;
        }
        String partial = before.substring(start);
        if ((partial.indexOf('/') < 0 && partial.indexOf('.') < 0) || partial.startsWith("/") || !inPathContext(ctx)) {
            return Optional.empty();
        }
        String dot = partial.startsWith("./") ? "./" : "";
        String typed = partial.substring(dot.length());
        String typedDir = typed.substring(0, typed.lastIndexOf('/') + 1);
        Map<String, CompletionItem> out = new LinkedHashMap<>();
        SortedSet<String> files = ctx.index().files();
        for (String base : bases(ctx)) {
            String full = base.isEmpty() ? typed : base + "/" + typed;
            String fullDir = full.substring(0, full.lastIndexOf('/') + 1);
            for (String f : files.tailSet(full)) {
                if (!f.startsWith(full) || out.size() >= LIMIT) {
                    break;
                }
                String rest = f.substring(fullDir.length());
                int slash = rest.indexOf('/');
                String segment = slash < 0 ? rest : rest.substring(0, slash + 1);
                String candidate = dot + typedDir + segment;
                out.putIfAbsent(
                        candidate,
                        new CompletionItem(
                                candidate,
                                candidate,
                                fullDir + segment,
                                "",
                                slash < 0 ? CompletionKind.FILE : CompletionKind.FOLDER,
                                ctx.around(partial.length(), 0)));
            }
        }
        return Optional.of(new ArrayList<>(out.values()));
    }

    private static boolean stops(char c) {
        return Character.isWhitespace(c) || "`()[]<>\"'*".indexOf(c) >= 0;
    }

    private static List<String> bases(CompletionContext ctx) {
        List<String> bases = new ArrayList<>();
        bases.add(ctx.doc().location().folder());
        String pipeline = ctx.doc().location().pipelineFolder();
        if (pipeline != null && !bases.contains(pipeline)) {
            bases.add(pipeline);
        }
        if (!bases.contains("")) {
            bases.add("");
        }
        return bases;
    }

    private static boolean inPathContext(CompletionContext ctx) {
        int line = ctx.line();
        for (TaskItem t : ctx.doc().tasks()) {
            if (t.range().startLine() <= line && line <= t.range().endLine()) {
                return true;
            }
        }
        return IdCompletion.category(ctx.doc(), line)
                .filter(c -> !c.ownsIds() && c.name().startsWith("Artifacts"))
                .isPresent();
    }
}
