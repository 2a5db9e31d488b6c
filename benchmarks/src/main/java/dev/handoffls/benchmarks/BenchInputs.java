package dev.handoffls.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Inputs the benchmarks make for themselves (the server's test-side WorkspaceGenerator is richer, but
 * benchmarks do not depend on test classes): a long L2 and a workspace of pipelines and tickets.
 */
final class BenchInputs {
    static final String[] CATS = {"Decisions Made", "Risks Identified", "Interface Contracts", "Constraints",
        "Open Questions"};
    static final String[] PREFIXES = {"AD", "R", "IC", "C", "OQ"};

    private BenchInputs() {
    }

    /** An L2 of about {@code lines} lines: prose with ID references, findings, then a Downstream Handoff. */
    static String largeL2(int lines) {
        StringBuilder sb = new StringBuilder("# L2 Summary — Phase 3 Architecture\n\n## Summary\n\n");
        int items = 40;
        for (int i = 0, written = 4; written < lines - items - 12; i++, written++) {
            if (i % 8 == 0) {
                sb.append("\n### Finding ").append(i).append("\n\n");
                written += 3;
            }
            sb.append("- The `services/pricing/quote.py` path keeps the quote for AD-").append(1 + i % 8)
                    .append(" and R-").append(1 + i % 8).append("; see [the report](L3-full/report.md) and [[skill-ops]].\n");
        }
        sb.append("\n## Downstream Handoff\nPT-synced: ✅ 2026-02-13\n\n");
        for (int c = 0; c < CATS.length; c++) {
            sb.append("### ").append(CATS[c]).append('\n');
            for (int n = 1; n <= items / CATS.length; n++) {
                sb.append("- [").append(PREFIXES[c]).append('-').append(n).append("] Statement ").append(n)
                        .append(" of the ").append(CATS[c].toLowerCase()).append(", with **emphasis** and `code`.\n");
            }
        }
        return sb.append("### Artifacts Produced\n- L1: `L1-index.yaml`\n").toString();
    }

    /** A coordinator L2 of one phase: a little prose referencing earlier phases, then its handoff items. */
    static String phaseL2(int phase) {
        StringBuilder sb = new StringBuilder("# L2 Summary — Phase " + phase + "\n\n## Summary\n\nBuilds on AD-1 through AD-"
                + (2 * phase - 2 > 0 ? 2 * phase - 2 : 1) + " and R-1.\n\n## Downstream Handoff\n\n");
        for (int c = 0; c < CATS.length; c++) {
            sb.append("### ").append(CATS[c]).append('\n');
            for (int n = 2 * phase - 1; n <= 2 * phase; n++) {
                sb.append("- [").append(PREFIXES[c]).append('-').append(n).append("] Item ").append(n).append(" of ")
                        .append(CATS[c].toLowerCase()).append(".\n");
            }
        }
        return sb.append("### Artifacts Produced\n- L1: `L1-index.yaml`\n").toString();
    }

    /** Writes {@code files} markdown files: pipelines of a PT and 9 phase L2s (50%), tickets (40%), notes. */
    static void writeWorkspace(Path root, int files) throws IOException {
        write(root.resolve("services/pricing/quote.py"), "");
        for (int i = 0; i < files; i++) {
            int pipeline = i / 20;
            int slot = i % 20;
            String base = ".agent/teams/p" + pipeline + "/";
            if (slot == 0) {
                write(root.resolve(base + "permanent-task.md"), "# PERMANENT Task\n\n## Architecture Decisions\n- [AD-1] Item 1"
                        + " of decisions made. <!-- source: phase-1/coordinator/L2-summary.md -->\n## Risk Registry\n"
                        + "## Active Contracts\n## Constraints\n## Open Questions\n## Codebase Impact Map\n");
            } else if (slot < 10) {
                write(root.resolve(base + "phase-" + slot + "/coordinator/L2-summary.md"), phaseL2(slot));
                write(root.resolve(base + "phase-" + slot + "/coordinator/L1-index.yaml"), "phase: " + slot + "\n");
            } else if (slot < 18) {
                write(root.resolve("handoffs/handoff-task-" + i + "-ana-20260301.md"), "---\nstatus: open\n---\n# Task " + i
                        + "\n\n**ID**: handoff-task-" + i + "-ana-20260301\n**Assigned to**: ana\n\n- [ ] Deploy "
                        + "services/pricing/quote.py to Render\n- [ ] Verify healer.py exists in services/pricing/\n");
            } else {
                write(root.resolve("notes/note-" + i + ".md"), "# Note " + i + "\n\nSee [[note-" + (i + 1) + "]] and AD-1.\n");
            }
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
