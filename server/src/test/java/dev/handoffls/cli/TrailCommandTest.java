package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.handoffls.testing.TestWorkspace;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handoff-ls trail}: the one-line trail, states, the JSON schema, exit statuses. */
class TrailCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path ws;

    @BeforeEach
    void pipeline() {
        TestWorkspace.in(ws)
                .file(".handoff.yaml", "coordinatorFolders: [\"coordinator\"]\n")
                .file(l2(3), """
                # Phase 3 — architecture
                Workers mapped the ring of calls.
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                - [R-2] Module Z has no test coverage.
                ### Open Questions (Requires Resolution)
                - [OQ-1] Single DB or multi-tenant?
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                """)
                .file(l2(4), """
                # Phase 4
                The plan keeps AD-1.
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - Mitigated: R-2 — characterisation tests land in T-2
                ### Open Questions (Requires Resolution)
                - Forwarded: OQ-1 → phase 6
                """)
                .file(l2(5), """
                # Phase 5
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-4] Load test not yet run.
                """);
    }

    @Test
    void anIdsTrailHasAHeaderTheOneLineTrailAndOneLinePerSite() {
        CheckCommandTest.Run run = CheckCommandTest.run(ws, "trail", "R-1");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("""
                R-1 · Risks · open — "Circular dependency X↔Y↔Z via interface adapter."
                P3 def → P4 — → P5 —
                  P3 def  .agent/teams/alpha/phase-3/coordinator/L2-summary.md:5:4
                """);
    }

    @Test
    void closedAndForwardedItemsSayHowAndWhere() {
        CheckCommandTest.Run run = CheckCommandTest.run(ws, "trail", "R-2", "OQ-1", "AD-1", ".");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("""
                R-2 · Risks · closed — "Module Z has no test coverage."
                P3 def → P4 mitigated
                  P3 def  .agent/teams/alpha/phase-3/coordinator/L2-summary.md:6:4
                  P4 closed  .agent/teams/alpha/phase-4/coordinator/L2-summary.md:5:3
                """).contains("""
                OQ-1 · Open Questions · forwarded — "Single DB or multi-tenant?"
                P3 def → P4 forwarded → P5 —
                """).contains("""
                AD-1 · Decisions · open — "Event-driven pattern for Module X"
                P3 def → P4 ref → P5 —
                """);
    }

    @Test
    void withoutIdsEveryMustTrackItemOpenOnesFirst() {
        CheckCommandTest.Run run = CheckCommandTest.run(ws, "trail");
        assertThat(run.exit()).isZero();
        List<String> headers = new ArrayList<>();
        run.out().lines().filter(l -> l.contains(" · ")).forEach(l -> headers.add(l.substring(0, l.indexOf(" — "))));
        assertThat(headers)
                .containsExactly(
                        "R-1 · Risks · open",
                        "R-4 · Risks · open",
                        "OQ-1 · Open Questions · forwarded",
                        "R-2 · Risks · closed");
    }

    @Test
    void jsonHasTheDocumentedShapeAndValidatesAgainstTheSchema() throws Exception {
        CheckCommandTest.Run run = CheckCommandTest.run(ws, "trail", "R-2", "OQ-1", "--format", "json");
        assertThat(run.exit()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(schema().validate(root)).as("schema violations").isEmpty();
        JsonNode r2 = root.path("items").get(0);
        assertThat(r2.path("id").asText()).isEqualTo("R-2");
        assertThat(r2.path("scope").asText()).isEqualTo(".agent/teams/alpha");
        assertThat(r2.path("state").asText()).isEqualTo("closed");
        assertThat(r2.path("origin").path("range").path("start").path("line").asInt())
                .isEqualTo(5);
        assertThat(r2.path("origin")
                        .path("range")
                        .path("start")
                        .path("character")
                        .asInt())
                .isEqualTo(3);
        JsonNode closedBy = r2.path("closedBy");
        assertThat(closedBy.path("kind").asText()).isEqualTo("mitigated");
        assertThat(closedBy.path("path").asText()).isEqualTo(l2(4));
        assertThat(closedBy.path("phase").asInt()).isEqualTo(4);
        assertThat(closedBy.path("reason").asText()).isEqualTo("characterisation tests land in T-2");
        assertThat(r2.path("sites").findValuesAsText("kind")).containsExactly("def", "closed");
        JsonNode oq1 = root.path("items").get(1);
        assertThat(oq1.path("state").asText()).isEqualTo("forwarded");
        assertThat(oq1.path("closedBy").isNull()).isTrue();
    }

    @Test
    void theSchemaCheckIsNotVacuous() throws Exception {
        String out =
                CheckCommandTest.run(ws, "trail", "R-2", "--format", "json").out();
        String broken = out.replace("\"state\":\"closed\"", "\"state\":\"gone\"");
        assertThat(broken).isNotEqualTo(out);
        assertThat(schema().validate(JSON.readTree(broken))).isNotEmpty();
    }

    @Test
    void pathsAreRelativeToTheCurrentDirectoryAndPathSelectsThePipelines() throws Exception {
        Files.createDirectories(ws.resolve("sub"));
        CheckCommandTest.Run run = CheckCommandTest.run(ws.resolve("sub"), "trail", "R-1", "..");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("  P3 def  ../.agent/teams/alpha/phase-3/coordinator/L2-summary.md:5:4");
        CheckCommandTest.Run elsewhere = CheckCommandTest.run(ws, "trail", "R-1", "sub");
        assertThat(elsewhere.exit()).isEqualTo(2);
    }

    @Test
    void anUnknownIdIsExitTwoWithItsName() {
        CheckCommandTest.Run run = CheckCommandTest.run(ws, "trail", "R-1", "R-99");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown ID 'R-99'").doesNotContain("Exception");
    }

    @Test
    void usageErrorsAreExitTwoWithoutAStackTrace() {
        assertThat(CheckCommandTest.run(ws, "trail", "--format", "sarif").exit())
                .isEqualTo(2);
        assertThat(CheckCommandTest.run(ws, "trail", "--bogus").err()).contains("unknown option '--bogus'");
        CheckCommandTest.Run missing = CheckCommandTest.run(ws, "trail", "no-such-folder");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err())
                .contains("no such file or folder: no-such-folder")
                .doesNotContain("Exception");
        assertThat(CheckCommandTest.run(ws, "trail", "--help").out()).contains("Usage: handoff-ls trail");
        assertThat(CheckCommandTest.run(ws, "--help").out())
                .contains("Usage: handoff-ls trail")
                .contains("Usage: handoff-ls report");
    }

    private static String l2(int phase) {
        return ".agent/teams/alpha/phase-" + phase + "/coordinator/L2-summary.md";
    }

    private static JsonSchema schema() throws Exception {
        Path file = Path.of(System.getProperty("handoff.repoRoot", "..")).resolve("docs/trail.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
