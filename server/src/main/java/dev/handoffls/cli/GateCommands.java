package dev.handoffls.cli;

import dev.handoffls.features.lead.DirectivePlanner;
import dev.handoffls.features.lead.SyncToPt;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.HandoffDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * {@code handoff-ls sync-pt L2_PATH} and {@code handoff-ls directive L2_OR_PT_PATH}: the Lead's gate
 * without an editor — the same engine planners as the LSP actions, written to disk.
 */
public final class GateCommands {
    public static final String USAGE = """
            Usage: handoff-ls sync-pt L2_PATH [--verbose]         copy the L2's handoff items into the pipeline's PERMANENT Task
                   handoff-ls directive L2_OR_PT_PATH [--verbose]  write phase-{N+1}/directive.md from the PT's counts
              --verbose   on an internal error (exit 2), print its stack trace
            Exit status: 0 done (or nothing to do), 1 refused (the reason is printed), 2 usage, I/O or internal error, or a file
            that must not be rewritten (changed since it was read, not UTF-8, read-only, hard-linked).""";

    private final Path cwd;
    private final CliOutput io;
    private final Consumer<Path> beforeFinalCheck;

    public GateCommands(Path cwd, CliOutput io) {
        this(cwd, io, file -> {});
    }

    /** @param beforeFinalCheck runs just before each written file's last comparison (a test seam) */
    GateCommands(Path cwd, CliOutput io, Consumer<Path> beforeFinalCheck) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.io = io;
        this.beforeFinalCheck = beforeFinalCheck;
    }

    public int syncPt(String[] args) {
        return run(args, (index, doc, writer) -> {
            SyncToPt.Result r = SyncToPt.plan(index, doc, LocalDate.now());
            if (r instanceof SyncToPt.Refused refused) {
                io.err()
                        .println("handoff-ls: not synced: " + doc.path()
                                + " has handoff errors that would corrupt the PT:");
                refused.reasons().forEach(reason -> io.err().println("  " + reason));
                return 1;
            }
            SyncToPt.Planned p = (SyncToPt.Planned) r;
            p.notes().forEach(n -> io.err().println("note: " + n));
            int written = writer.write(p.change());
            io.out().println(written == 0 ? "PT already in sync; nothing written" : "synced " + doc.path());
            return 0;
        });
    }

    public int directive(String[] args) {
        return run(args, (index, doc, writer) -> {
            DirectivePlanner.Result r = DirectivePlanner.plan(index, doc);
            if (r instanceof DirectivePlanner.Refused refused) {
                io.err().println("handoff-ls: no directive written: " + refused.reason());
                return 1;
            }
            writer.write(((DirectivePlanner.Planned) r).change());
            return 0;
        });
    }

    private interface Action {
        int apply(WorkspaceIndex index, HandoffDocument doc, ChangeWriter writer) throws IOException;
    }

    private int run(String[] args, Action action) {
        if (args.length != 1 || args[0].startsWith("-")) {
            if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
                io.out().println(USAGE);
                return 0;
            }
            io.err().println(USAGE);
            return 2;
        }
        try {
            Path target = cwd.resolve(args[0]).normalize();
            if (!Files.isRegularFile(target)) {
                io.err()
                        .println("handoff-ls: " + (Files.exists(target) ? "not a regular file: " : "no such file: ")
                                + args[0]);
                return 2;
            }
            target = target.toRealPath();
            Path root = WorkspaceRoot.find(target, cwd.toRealPath());
            var config = WorkspaceLoader.discoverConfigs(root);
            for (var c : config.all()) {
                if (!c.problems().isEmpty()) {
                    io.err()
                            .println("handoff-ls: invalid configuration in "
                                    + (c.path() == null ? ".handoff.yaml" : c.path()) + ": "
                                    + c.problems().get(0).message());
                    return 2;
                }
            }
            WorkspaceIndex index = new WorkspaceLoader(root, config).scan();
            String rel = root.relativize(target).toString().replace('\\', '/');
            HandoffDocument doc = index.document(rel).orElse(null);
            if (doc == null) {
                io.err().println("handoff-ls: " + args[0] + " is not a markdown document of the workspace");
                return 2;
            }
            return action.apply(
                    index, doc, new ChangeWriter(root, index, new PathDisplay(root, cwd), io.out(), beforeFinalCheck));
        } catch (IOException | UncheckedIOException e) {
            io.err().println("handoff-ls: " + PathDisplay.escape(e.getMessage()));
            return 2;
        }
    }
}
