package dev.handoffls.parse;

import java.util.Locale;
import java.util.Set;

/** Classifies the verb of a task (spec §5, §12): what it says about the existence of its paths. */
public final class Verbs {

    public enum Kind {
        /** The target must exist now (deploy, verify…). */
        EXISTENCE,
        /** The task makes the target; only a checked task claims it exists (create, write…). */
        CREATION,
        OTHER
    }

    private static final Set<String> EXISTENCE = Set.of(
            "deploy",
            "ship",
            "release",
            "roll",
            "restart",
            "run",
            "execute",
            "verify",
            "review",
            "check",
            "test",
            "validate",
            "configure",
            "migrate",
            "apply",
            "install",
            "update",
            "patch",
            "fix",
            "import",
            "load",
            "monitor",
            "audit",
            "inspect",
            "read",
            "edit",
            "modify",
            "upgrade",
            "merge",
            "launch",
            "start",
            "rerun",
            "debug",
            "rotate",
            "publish",
            "confirm",
            "open",
            "refactor",
            "extend",
            "wire",
            "integrate",
            "revert",
            "rollback",
            "redeploy",
            "lint",
            "benchmark",
            "profile",
            "analyze",
            "analyse",
            "scan",
            "examine",
            "consult",
            "study",
            "reference");
    private static final Set<String> CREATION = Set.of(
            "create",
            "write",
            "add",
            "generate",
            "produce",
            "document",
            "draft",
            "scaffold",
            "implement",
            "build",
            "make",
            "author",
            "prepare",
            "compose",
            "record",
            "save",
            "export",
            "design",
            "define",
            "establish",
            "initialize",
            "initialise",
            "set",
            "setup",
            "bootstrap",
            "outline",
            "sketch",
            "summarize",
            "summarise",
            "capture",
            "log",
            "output",
            "emit",
            "dump",
            "copy",
            "extract",
            "rename",
            "move");

    private Verbs() {}

    public static Kind classify(String word) {
        if (word == null || word.isEmpty()) {
            return Kind.OTHER;
        }
        String base = baseForm(word.toLowerCase(Locale.ROOT));
        if (base == null) {
            return Kind.OTHER;
        }
        return EXISTENCE.contains(base) ? Kind.EXISTENCE : CREATION.contains(base) ? Kind.CREATION : Kind.OTHER;
    }

    /** The known verb {@code word} is a form of (deployed → deploy, verifies → verify), or null. */
    static String baseForm(String w) {
        if (known(w)) {
            return w;
        }
        String[][] rules = {
            {"ies", "y"},
            {"ied", "y"},
            {"ing", ""},
            {"ing", "e"},
            {"ed", ""},
            {"ed", "e"},
            {"d", ""},
            {"es", ""},
            {"s", ""},
        };
        for (String[] r : rules) {
            if (w.endsWith(r[0]) && w.length() > r[0].length() + 1) {
                String stem = w.substring(0, w.length() - r[0].length());
                String candidate = stem + r[1];
                if (known(candidate)) {
                    return candidate;
                }
                // shipped → ship, running → run
                if (r[1].isEmpty()
                        && stem.length() > 2
                        && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && known(stem.substring(0, stem.length() - 1))) {
                    return stem.substring(0, stem.length() - 1);
                }
            }
        }
        return null;
    }

    private static boolean known(String w) {
        return EXISTENCE.contains(w) || CREATION.contains(w);
    }
}
