package dev.handoffls.cli;

import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.io.Writer;

/** {@code path:line:col: severity HLnnn message}, 1-based (UTF-16 columns), then a summary line. */
final class TextFormatter {
    private TextFormatter() {}

    static void write(Report report, Writer out) throws IOException {
        String nl = System.lineSeparator();
        for (Finding f : report.findings()) {
            out.write(report.paths().text(f.path()) + ":" + (f.range().startLine() + 1) + ":"
                    + (f.range().start().character() + 1) + ": " + f.severity().label() + " " + f.code() + " "
                    + PathDisplay.escape(f.message()) + nl);
        }
        out.write(summary(report) + nl);
    }

    static String summary(Report r) {
        return plural(r.count(Severity.ERROR), "error") + ", " + plural(r.count(Severity.WARNING), "warning") + ", "
                + r.count(Severity.INFORMATION) + " information, " + plural(r.count(Severity.HINT), "hint") + " in "
                + plural(r.files(), "file") + (r.baselined() > 0 ? " (" + r.baselined() + " baselined)" : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
