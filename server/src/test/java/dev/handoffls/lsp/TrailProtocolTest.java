package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's story in the editor: a dropped risk is flagged, and forwarding it clears it as you type. */
class TrailProtocolTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P5 = ".agent/teams/alpha/phase-5/coordinator/L2-summary.md";
    private static final String P5_TEXT = """
            # Phase 5
            ## Downstream Handoff
            ### Risks Identified (Must-Track)
            - [R-4] Load test not yet run.
            """;

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        lsp.close();
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }

    @Test
    void forwardingTheDroppedRiskClearsHl601WithoutSaving() throws Exception {
        TestWorkspace.in(tmp).file(P3, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter. Must be resolved in planning.
                """).file(P5, P5_TEXT);
        lsp = new LspConnection();
        lsp.start(tmp);
        String uri = LspConnection.uri(tmp, P5);
        lsp.open(uri, 1, P5_TEXT);
        PublishDiagnosticsParams dropped = lsp.client.awaitDiagnostics(uri, d -> codes(d).contains("HL601"), 5000);
        assertThat(dropped.getDiagnostics().get(0).getRange())
                .isEqualTo(new Range(new Position(1, 0), new Position(1, 21)));

        lsp.change(uri, 2, new Range(new Position(4, 0), new Position(4, 0)), "- Forwarded: R-1 → phase 6\n");
        lsp.client.awaitDiagnostics(
                uri, d -> Integer.valueOf(2).equals(d.getVersion()) && !codes(d).contains("HL601"), 5000);
        assertThat(Files.readString(tmp.resolve(P5))).isEqualTo(P5_TEXT);

        // Taking the line out again brings the finding back; a plain mention clears it too.
        lsp.change(uri, 3, new Range(new Position(4, 0), new Position(5, 0)), "");
        lsp.client.awaitDiagnostics(
                uri, d -> Integer.valueOf(3).equals(d.getVersion()) && codes(d).contains("HL601"), 5000);
        lsp.change(uri, 4, new Range(new Position(4, 0), new Position(4, 0)), "R-1 is folded into R-4.\n");
        lsp.client.awaitDiagnostics(
                uri, d -> Integer.valueOf(4).equals(d.getVersion()) && !codes(d).contains("HL601"), 5000);
    }
}
