package dev.handoffls.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The house test language over the engine (STYLE habit 9): a workspace on disk built in one
 * expression, findings per file, and expected diagnostics written as {@code d(line, col, line, col, HL203)}.
 *
 * <pre>
 * TestWorkspace ws = TestWorkspace.in(tmp)
 *     .file(".agent/teams/a/phase-3/coordinator/L2-summary.md", "...")
 *     .file("crewai-service/main.py", "");
 * ws.assertFindings(".agent/teams/a/phase-3/coordinator/L2-summary.md", Code.HL203, d(5, 3, 5, 7, Code.HL203));
 * </pre>
 */
public final class TestWorkspace {
    private final Path root;
    private WorkspaceIndex index;

    private TestWorkspace(Path root) {
        this.root = root;
    }

    public static TestWorkspace in(Path root) {
        return new TestWorkspace(root);
    }

    public Path root() {
        return root;
    }

    /** Writes a file (UTF-8); the text is used as is, so CRLF and BOMs can be tested. */
    public TestWorkspace file(String path, String content) {
        return bytes(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public TestWorkspace bytes(String path, byte[] content) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = null;
        return this;
    }

    public TestWorkspace dir(String path) {
        try {
            Files.createDirectories(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = null;
        return this;
    }

    public TestWorkspace delete(String path) {
        try {
            Files.deleteIfExists(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = null;
        return this;
    }

    public LoadedConfig config() {
        try {
            return WorkspaceLoader.readConfig(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loader with every {@code .handoff.yaml} of the workspace, as the CLI and the server read them. */
    public WorkspaceLoader loader() {
        try {
            return new WorkspaceLoader(root, WorkspaceLoader.discoverConfigs(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WorkspaceIndex index() {
        if (index == null) {
            index = loader().scan();
        }
        return index;
    }

    public HandoffDocument document(String path) {
        return index().document(path).orElseThrow(() -> new AssertionError("not a document: " + path));
    }

    /** All findings of one file. */
    public List<Finding> findings(String path) {
        return Checker.standard().check(index(), p -> p.equals(path));
    }

    /** The findings of one file with the given codes. */
    public List<Finding> findings(String path, Code... codes) {
        Set<Code> wanted = Set.of(codes);
        return findings(path).stream().filter(f -> wanted.contains(f.code())).toList();
    }

    /** Every finding of the workspace. */
    public List<Finding> allFindings() {
        return Checker.standard().check(index(), Checker.everything());
    }

    /** Asserts exactly these findings (code and range) among those of {@code code} in the file. */
    public void assertFindings(String path, Code code, Expected... expected) {
        assertDiagnostics(findings(path, code), expected);
    }

    /** Asserts exactly these findings (code and range), of any code, in the file. */
    public void assertAllFindings(String path, Expected... expected) {
        assertDiagnostics(findings(path), expected);
    }

    public static Expected d(int startLine, int startChar, int endLine, int endChar, Code code) {
        return new Expected(startLine, startChar, endLine, endChar, code);
    }

    /** An expected diagnostic: 0-based LSP range and code. */
    public record Expected(int startLine, int startChar, int endLine, int endChar, Code code) {
        static Expected of(Finding f) {
            return new Expected(
                    f.range().start().line(),
                    f.range().start().character(),
                    f.range().end().line(),
                    f.range().end().character(),
                    f.code());
        }

        @Override
        public String toString() {
            return "d(" + startLine + ", " + startChar + ", " + endLine + ", " + endChar + ", " + code + ")";
        }
    }

    public static void assertDiagnostics(List<Finding> actual, Expected... expected) {
        List<Expected> got = actual.stream()
                .map(Expected::of)
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
        List<Expected> want = Arrays.stream(expected)
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .toList();
        assertThat(got)
                .as(
                        "findings: %s",
                        actual.stream()
                                .map(f -> Expected.of(f) + " " + f.message())
                                .collect(Collectors.joining("\n  ", "\n  ", "")))
                .isEqualTo(want);
    }
}
