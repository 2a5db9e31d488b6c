package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diagnostic on samples/ whose code has a fix in spec §9 gets a quick fix over LSP. */
class SampleQuickFixesProtocolTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("handoff.repoRoot", "..")).resolve("samples");
    /** Codes whose §9 row names a quick fix. */
    private static final Set<Code> FIXABLE = EnumSet.of(
            Code.HL101,
            Code.HL102,
            Code.HL103,
            Code.HL105,
            Code.HL106,
            Code.HL108,
            Code.HL201,
            Code.HL202,
            Code.HL203,
            Code.HL204,
            Code.HL207,
            Code.HL302,
            Code.HL305,
            Code.HL311,
            Code.HL402,
            Code.HL403,
            Code.HL404,
            Code.HL501,
            Code.HL502,
            Code.HL503,
            Code.HL504);

    @TempDir
    Path tmp;

    @Test
    void everyFixableSampleDiagnosticHasAQuickFix() throws Exception {
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            for (Path p : s.toList()) {
                Path t = tmp.resolve(SAMPLES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        Set<Code> seen = EnumSet.noneOf(Code.class);
        try (LspConnection lsp = new LspConnection();
                Stream<Path> files = Files.walk(tmp)) {
            lsp.start(tmp);
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                var id = new TextDocumentIdentifier(f.toUri().toString());
                var report = lsp.server
                        .getTextDocumentService()
                        .diagnostic(new DocumentDiagnosticParams(id))
                        .get(10, TimeUnit.SECONDS)
                        .getLeft();
                for (Diagnostic d : report.getItems()) {
                    Code code = Code.valueOf(d.getCode().getLeft());
                    if (!FIXABLE.contains(code)) {
                        continue;
                    }
                    seen.add(code);
                    CodeActionContext context = new CodeActionContext(List.of(d));
                    context.setOnly(List.of(CodeActionKind.QuickFix));
                    var actions = lsp.server
                            .getTextDocumentService()
                            .codeAction(new CodeActionParams(id, d.getRange(), context))
                            .get(10, TimeUnit.SECONDS);
                    if (actions.isEmpty()) {
                        missing.add(tmp.relativize(f) + ":"
                                + (d.getRange().getStart().getLine() + 1) + " " + code);
                    }
                }
            }
        }
        assertThat(missing).as("diagnostics without a quick fix").isEmpty();
        assertThat(seen)
                .as("the samples exercise the fixes")
                .contains(
                        Code.HL101,
                        Code.HL201,
                        Code.HL204,
                        Code.HL302,
                        Code.HL305,
                        Code.HL501,
                        Code.HL502,
                        Code.HL503,
                        Code.HL504);
    }
}
