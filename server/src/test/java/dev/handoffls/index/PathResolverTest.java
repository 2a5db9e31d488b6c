package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.index.PathResolver.Resolution;
import dev.handoffls.index.PathResolver.Status;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §5's resolution order, one root at a time, and what is never a workspace path. */
class PathResolverTest {
    private static final String L2 = ".agent/teams/alpha/phase-4/planning-coord/L2-summary.md";

    @TempDir
    Path tmp;

    private TestWorkspace ws;

    @BeforeEach
    void workspace() {
        ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "fileRoots: [\".\", services]\n")
                .file(L2, "# Phase 4\n")
                .file(".agent/teams/alpha/phase-4/planning-coord/notes.md", "")
                .file(".agent/teams/alpha/phase-3/coordinator/L1-index.yaml", "")
                .file("README.md", "")
                .file("services/worker/main.py", "")
                .file("services/api/app.py", "")
                .file("pkg1/util/io.py", "")
                .file("pkg2/util/io.py", "")
                .file("deep/only/engine.py", "");
    }

    private Resolution resolve(String written) {
        return new PathResolver(ws.index()).resolve(ws.document(L2), written, false, true);
    }

    @Test
    void theDocumentsFolderComesFirstThenThePipelineFolderThenTheRootThenConfiguredRoots() {
        assertThat(resolve("notes.md"))
                .isEqualTo(new Resolution(Status.FOUND, ".agent/teams/alpha/phase-4/planning-coord/notes.md", false));
        assertThat(resolve("phase-3/coordinator/L1-index.yaml"))
                .isEqualTo(new Resolution(Status.FOUND, ".agent/teams/alpha/phase-3/coordinator/L1-index.yaml", false));
        assertThat(resolve("README.md")).isEqualTo(new Resolution(Status.FOUND, "README.md", false));
        assertThat(resolve("worker/main.py")).isEqualTo(new Resolution(Status.FOUND, "services/worker/main.py", false));
    }

    @Test
    void aBareNameIsFoundAnywhereByNameAndAPathByItsUniqueTrailingSegments() {
        assertThat(resolve("engine.py")).isEqualTo(new Resolution(Status.FOUND, "deep/only/engine.py", true));
        assertThat(resolve("only/engine.py")).isEqualTo(new Resolution(Status.FOUND, "deep/only/engine.py", true));
        // util/io.py ends two files: nobody can tell which one was meant.
        assertThat(resolve("util/io.py").status()).isEqualTo(Status.MISSING);
        assertThat(resolve("api/app.py")).isEqualTo(new Resolution(Status.FOUND, "services/api/app.py", false));
        assertThat(resolve("nowhere/app.py").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void absoluteHomeDriveAndEscapingPathsAreOutsideAndEndpointsAreNotPaths() {
        assertThat(resolve("/services/api/app.py").status()).isEqualTo(Status.OUTSIDE);
        assertThat(resolve("/openapi.json").status()).isEqualTo(Status.NOT_A_PATH);
        assertThat(resolve("/health/api").status()).isEqualTo(Status.NOT_A_PATH);
        assertThat(resolve("~/notes.md").status()).isEqualTo(Status.OUTSIDE);
        assertThat(resolve("C:\\\\work\\\\x.md").status()).isEqualTo(Status.OUTSIDE);
        assertThat(resolve("../../../../../../etc/passwd").status()).isEqualTo(Status.OUTSIDE);
        assertThat(resolve("../planning-coord/notes.md"))
                .isEqualTo(new Resolution(Status.FOUND, ".agent/teams/alpha/phase-4/planning-coord/notes.md", false));
    }

    @Test
    void aFolderIsWrittenWithATrailingSlash() {
        assertThat(resolve("services/worker/")).isEqualTo(new Resolution(Status.FOUND, "services/worker", false));
        assertThat(resolve("services/worker/main.py/").status()).isEqualTo(Status.MISSING);
    }
}
