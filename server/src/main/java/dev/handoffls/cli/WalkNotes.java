package dev.handoffls.cli;

import dev.handoffls.index.WorkspaceLoader;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What {@code check} says on stderr about its walk: every folder or file it could not read (their
 * documents are missing, so cross-document findings may be wrong) with a count, and the symbolic links
 * under the reported PATHs that it did not follow. Never silence: a run that read less than asked says so.
 */
final class WalkNotes {
    private WalkNotes() {}

    static void print(WorkspaceLoader.Walk walk, Predicate<String> reported, PathDisplay display, PrintStream err) {
        walk.unreadable()
                .forEach((path, reason) -> err.println("handoff-ls: warning: cannot read " + shown(display, path) + " ("
                        + reason + "): the documents in it are not checked"));
        int n = walk.unreadable().size();
        if (n > 0) {
            err.println("handoff-ls: warning: " + n + (n == 1 ? " path" : " paths")
                    + " could not be read; findings that depend on them may be missing or wrong");
        }
        walk.notFollowed().forEach((link, reason) -> {
            if (reported.test(link)) {
                err.println("handoff-ls: note: " + shown(display, link) + " is a symbolic link that " + reason);
            }
        });
    }

    /** Why the walk could not read an explicit PATH (workspace-relative), or empty when it could. */
    static Optional<String> unreadable(WorkspaceLoader.Walk walk, String path) {
        for (Map.Entry<String, String> e : walk.unreadable().entrySet()) {
            String u = e.getKey();
            if (u.isEmpty() || path.equals(u) || path.startsWith(u + "/")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static String shown(PathDisplay display, String path) {
        String s = display.text(path);
        return s.isEmpty() ? "." : s;
    }
}
