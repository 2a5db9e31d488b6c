package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before the walk, an open document is parsed under the configuration the walk will find, or waits. */
class ConfigProbeTest {
    private static final String DOC = "pipelines/alpha/phase-1/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void theNearestConfigurationAboveADocumentIsTheOneTheWalkFinds() throws Exception {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL102: error}\n")
                .file("pipelines/.handoff.yaml", "severity: {HL102: info}\n")
                .file("other/.handoff.yaml", "severity: {HL102: off}\n")
                .file(DOC, "# L2\n");
        ConfigProbe probe = new ConfigProbe(tmp);

        assertThat(probe.covers(DOC)).isTrue();

        ConfigSet walked = WorkspaceLoader.discoverConfigs(tmp);
        assertThat(probe.configs().forPath(DOC).path())
                .isEqualTo(walked.forPath(DOC).path());
        assertThat(probe.configs().forPath(DOC).config().severityOf(Code.HL102)).isEqualTo(Severity.INFORMATION);
        assertThat(probe.configs().byFolder()).doesNotContainKey("other"); // beside the document: not read
    }

    @Test
    void theConfigurationsStayTheSameValueUntilAnotherIsFound() {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL102: error}\n")
                .file(DOC, "# L2\n")
                .file("pipelines/alpha/phase-2/L2-summary.md", "# L2\n");
        ConfigProbe probe = new ConfigProbe(tmp);
        probe.covers(DOC);
        ConfigSet first = probe.configs();

        assertThat(probe.covers("pipelines/alpha/phase-2/L2-summary.md")).isTrue();

        assertThat(probe.configs()).isSameAs(first);
    }

    @Test
    void documentsTheWalkWouldReachOtherwiseWaitForIt() throws Exception {
        TestWorkspace.in(tmp).file(DOC, "# L2\n").file("node_modules/pkg/README.md", "# pkg\n");
        Files.createSymbolicLink(tmp.resolve("linked"), tmp.resolve("pipelines"));
        ConfigProbe probe = new ConfigProbe(tmp);

        assertThat(probe.covers("node_modules/pkg/README.md")).isFalse();
        assertThat(probe.covers("linked/alpha/phase-1/L2-summary.md")).isFalse();
        assertThat(probe.covers("not-yet-created/L2-summary.md")).isFalse();
        assertThat(probe.covers(DOC)).isTrue();
    }
}
