package dev.handoffls.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Spec §11: the nearest folder at or above the first PATH holding {@code .handoff.yaml} or {@code .git}. */
final class WorkspaceRoot {
    private WorkspaceRoot() {}

    static Path find(Path firstTarget, Path cwd) {
        Path start = Files.isDirectory(firstTarget) ? firstTarget : firstTarget.getParent();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".handoff.yaml")) || Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        // No marker: the current directory, unless the target lies elsewhere.
        return firstTarget.startsWith(cwd) ? cwd : start;
    }
}
