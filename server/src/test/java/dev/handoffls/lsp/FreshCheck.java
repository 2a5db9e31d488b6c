package dev.handoffls.lsp;

import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.rules.Checker;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/** What a fresh {@code check} of a workspace says about one document holding the editor's text. */
final class FreshCheck {
    private FreshCheck() {}

    static List<Diagnostic> of(Path root, String path, String text, String uri) {
        WorkspaceLoader loader = TestWorkspace.in(root).loader();
        var index = loader.scan().withDocument(loader.parse(path, text));
        return Checker.standard().check(index, path::equals).stream()
                .map(f -> Convert.diagnostic(f, p -> uri))
                .toList();
    }

    /** What an editor shows of each diagnostic, in a stable order. */
    static List<String> shown(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.getCode().getLeft() + " " + d.getSeverity() + " " + d.getRange() + " " + d.getMessage())
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
