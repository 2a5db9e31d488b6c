package dev.handoffls.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Links of the report to a document line, relative to the folder of the output file (the current
 * directory when the report goes to stdout), so the page works from {@code file://} and inside a pull request.
 */
record ReportLinks(Path root, Path outputFolder) {

    /** {@code ../.agent/teams/x/phase-3/coordinator/L2-summary.md#L12} for 0-based {@code line} 11. */
    String href(String workspacePath, int line) {
        String relative = outputFolder
                .relativize(root.resolve(workspacePath).normalize())
                .toString()
                .replace('\\', '/');
        StringBuilder sb = new StringBuilder();
        for (String segment : relative.split("/", -1)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.append("#L").append(line + 1).toString();
    }
}
