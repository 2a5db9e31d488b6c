package dev.handoffls.cli;

import dev.handoffls.config.ConfigSet;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.features.fixes.QuickFix;
import dev.handoffls.features.fixes.QuickFixes;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code check --fix}: applies only the fixes marked safe, the same engine fixes the editor offers.
 * Fixes come from one snapshot, so each pass applies at most one fix per file, then re-reads the
 * workspace — until nothing safe is left (two fixes never hand out the same new ID).
 */
final class FixRunner {
    private static final int MAX_PASSES = 50;

    private final Path root;
    private final ConfigSet config;
    private final PathDisplay display;
    private final PrintStream out;

    FixRunner(Path root, ConfigSet config, PathDisplay display, PrintStream out) {
        this.root = root;
        this.config = config;
        this.display = display;
        this.out = out;
    }

    /** @return how many fixes were applied */
    int run(Predicate<String> include) throws IOException {
        int applied = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            WorkspaceIndex index = new WorkspaceLoader(root, config).scan();
            Map<String, List<TextEdit>> edits = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (Finding f : Checker.standard().check(index, include)) {
                if (edits.containsKey(f.path()) || index.document(f.path()).isEmpty()) {
                    continue;
                }
                for (QuickFix fix : QuickFixes.forFinding(index, index.document(f.path()).get(), f)) {
                    boolean local = fix.edits().keySet().stream().allMatch(p -> p.equals(f.path()));
                    if (fix.safe() && local) {
                        edits.put(f.path(), fix.edits().get(f.path()));
                        titles.put(f.path(), f.code() + " " + fix.title() + " (line " + (f.range().start().line() + 1) + ")");
                        break;
                    }
                }
            }
            if (edits.isEmpty()) {
                return applied;
            }
            new ChangeWriter(root, display, new PrintStream(java.io.OutputStream.nullOutputStream()))
                    .write(new WorkspaceChange(edits, List.of()));
            titles.forEach((path, title) -> out.println("fixed " + display.show(path) + ": " + title));
            applied += edits.size();
        }
        return applied;
    }
}
