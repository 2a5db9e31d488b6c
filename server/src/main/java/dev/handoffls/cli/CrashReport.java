package dev.handoffls.cli;

import java.io.PrintStream;

/**
 * What the command line says when a command fails for a reason of its own (a bug, or the JVM running out
 * of heap or stack): one line on stderr and exit status 2, so that CI never mistakes a crash for findings
 * (exit 1). The stack trace only with {@code --verbose}.
 */
public final class CrashReport {
    /** The option, accepted by every command, that adds the stack trace. */
    public static final String VERBOSE = "--verbose";

    private CrashReport() {}

    /**
     * Reports {@code failure} and returns the exit status: 2, except for {@code hook}, which must never
     * fail an agent's edit for a reason of its own (0, with the line as a note).
     */
    public static int report(Throwable failure, String command, boolean verbose, PrintStream err) {
        String line = describe(failure) + (verbose ? "" : " (run with " + VERBOSE + " for the stack trace)");
        boolean hook = command.equals("hook");
        err.println(hook ? "handoff-ls hook: skipped (" + line + ")" : "handoff-ls: " + line);
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
        return hook ? 0 : 2;
    }

    static String describe(Throwable failure) {
        String what = failure.getClass().getSimpleName() + firstLine(failure.getMessage());
        if (failure instanceof OutOfMemoryError) {
            return "out of memory (" + what + "): run it with a larger heap, e.g. java -Xmx2g -jar handoff-ls.jar …";
        }
        if (failure instanceof StackOverflowError) {
            return "internal error: " + what + " (input nested too deeply?): run it with a larger stack,"
                    + " e.g. java -Xss16m -jar handoff-ls.jar …, and please report it";
        }
        return "internal error: " + what + "; please report it";
    }

    /** {@code ": message"} (its first line: the report is one line), or nothing when there is none. */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        return ": " + PathDisplay.escape(message.strip().lines().findFirst().orElse(""));
    }
}
