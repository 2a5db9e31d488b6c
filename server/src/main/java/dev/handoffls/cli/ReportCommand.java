package dev.handoffls.cli;

import dev.handoffls.codes.Code;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code handoff-ls report [PATH] [--format html|md] [--out FILE]}: the pipeline report of spec §13. */
public record ReportCommand(Path cwd, CliOutput io) {
    public static final String USAGE = """
            Usage: handoff-ls report [PATH] [--format html|md] [--out FILE] [--verbose]
              PATH        folder or file (default: .): selects the workspace root (like check) and the pipelines
              --format    html (default: one self-contained page) or md (markdown tables)
              --out       write to FILE (folders are created; links are relative to its folder) instead of stdout
              --verbose   on an internal error (exit 2), print its stack trace
            Exit status: 0 written, 2 usage, I/O or internal error.""";

    private static final Set<Code> TRAIL_CODES = Set.of(Code.HL601, Code.HL602, Code.HL603, Code.HL604, Code.HL605);

    private static final PipelineArgs.Spec SPEC =
            new PipelineArgs.Spec("report", USAGE, List.of("html", "md"), false, true);

    public int run(String[] args) {
        return PipelineArgs.run(SPEC, args, io, a -> {
            WorkspaceTarget target = WorkspaceTarget.open(cwd, a.path());
            Path outFile = a.out() == null
                    ? null
                    : cwd.toAbsolutePath().resolve(a.out()).normalize();
            Path outFolder = outFile == null ? cwd.toRealPath() : folderOf(outFile, a.out());
            List<PipelineMatrix> pipelines = pipelines(target);
            ReportLinks links = new ReportLinks(target.root(), outFolder);
            String text = a.format().equals("md")
                    ? MarkdownReport.render(pipelines, links)
                    : HtmlReport.render(pipelines, links);
            if (outFile == null) {
                io.out().print(text);
                io.out().flush();
                return 0;
            }
            try {
                Files.writeString(outFolder.resolve(outFile.getFileName()), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot write " + a.out() + ": " + e.getMessage());
            }
            io.err().println("wrote " + a.out());
            return 0;
        });
    }

    /** The output file's folder, created when missing, as a real path (links are relative to it). */
    private static Path folderOf(Path outFile, String shown) throws UsageException {
        if (Files.isDirectory(outFile)) {
            throw new UsageException("--out names a folder: " + shown);
        }
        try {
            return Files.createDirectories(outFile.getParent()).toRealPath();
        } catch (IOException e) {
            throw new UsageException("cannot create the folder of " + shown + ": " + e.getMessage());
        }
    }

    private static List<PipelineMatrix> pipelines(WorkspaceTarget target) {
        List<Finding> trailFindings = Checker.standard().check(target.index(), target.include()).stream()
                .filter(f -> TRAIL_CODES.contains(f.code()))
                .toList();
        List<PipelineMatrix> out = new ArrayList<>();
        target.pipelineTrails().forEach((scope, trail) -> {
            List<Finding> mine = trailFindings.stream()
                    .filter(f -> scope.equals(scopeOf(target, f)))
                    .toList();
            out.add(PipelineMatrix.of(target, scope, trail, mine));
        });
        return out;
    }

    private static String scopeOf(WorkspaceTarget target, Finding f) {
        return target.index()
                .document(f.path())
                .map(HandoffDocument.class::cast)
                .map(d -> target.index().scopeKeyOf(d))
                .orElse("");
    }
}
