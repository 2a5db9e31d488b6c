package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.handoffls.Main;
import dev.handoffls.testing.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} command as CI sees it (spec §11): the JSON schema, relative paths and exit statuses. */
class CheckCommandTest {
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "information", "hint");

    private static final String CLEAN_TICKET = """
            # Rotate the staging keys

            **ID**: handoff-key-rotation-ann-20260301
            **Assigned to**: ann
            **Status**: open
            **Created**: 2026-03-01

            ## Tasks

            - [ ] Write the rotation runbook
            """;

    /** A ticket without an assignee: HL402, a warning, and nothing else. */
    private static final String UNASSIGNED_TICKET = """
            # Rotate the staging keys

            **ID**: handoff-key-rotation-20260301
            **Status**: open
            **Created**: 2026-03-01
            """;

    /** A coordinator L2 without a Downstream Handoff: HL101, an error. */
    private static final String COORDINATOR_WITHOUT_HANDOFF = """
            # L2 Summary — Phase 1 Research

            The research is done.
            """;

    /** A worker L2 whose only problem is a gap (AD-2 nowhere): HL206, a hint. */
    private static final String WORKER_WITH_GAP = """
            # L2 Summary — Phase 1 Worker

            ## Downstream Handoff

            ### Decisions Made (Forward-binding)
            - [AD-1] Modules talk through events.
            - [AD-3] One database for every tenant.
            ### Risks Identified (Must-Track)
            - None
            ### Interface Contracts (Must-Satisfy)
            - None
            ### Constraints (Must-Enforce)
            - None
            ### Open Questions (Requires Resolution)
            - None
            ### Artifacts Produced
            - None
            """;

    record Run(int exit, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }

        List<JsonObject> diagnostics() {
            List<JsonObject> list = new ArrayList<>();
            json().getAsJsonArray("diagnostics").forEach(e -> list.add(e.getAsJsonObject()));
            return list;
        }

        List<String> severities() {
            return diagnostics().stream()
                    .map(d -> d.get("severity").getAsString())
                    .toList();
        }
    }

    static Run run(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                cwd,
                new CliOutput(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("handoff.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
    }

    // ---- JSON schema version 1 over the samples ----

    @Test
    void jsonOverSamplesFollowsSchemaVersion1() {
        Run r = run(repoRoot(), "check", "samples", "--format", "json");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonObject root = r.json();
        assertThat(root.get("version").getAsInt()).isEqualTo(1);
        assertThat(root.get("files").getAsInt()).isGreaterThan(0);
        List<JsonObject> diagnostics = r.diagnostics();
        assertThat(diagnostics).isNotEmpty();
        for (JsonObject d : diagnostics) {
            assertThat(d.keySet()).as("%s", d).contains("path", "range", "severity", "code", "message");
            assertThat(d.get("severity").getAsString()).isIn(SEVERITIES);
            assertThat(d.get("code").getAsString()).matches("HL\\d{3}");
            assertThat(d.get("message").getAsString()).isNotBlank();
            JsonObject range = d.getAsJsonObject("range");
            for (String end : List.of("start", "end")) {
                JsonObject p = range.getAsJsonObject(end);
                assertThat(p.get("line").getAsInt()).isNotNegative();
                assertThat(p.get("character").getAsInt()).isNotNegative();
            }
        }
    }

    @Test
    void jsonPathsAreRelativeToTheCurrentDirectory() {
        Run fromRepo = run(repoRoot(), "check", "samples", "--format", "json");
        for (JsonObject d : fromRepo.diagnostics()) {
            String path = d.get("path").getAsString();
            assertThat(path).startsWith("samples/").doesNotContain("\\");
            assertThat(repoRoot().resolve(path)).exists();
        }

        Path inside = repoRoot().resolve("samples/handoffs");
        Run fromInside = run(inside, "check", "..", "--format", "json");
        assertThat(fromInside.diagnostics()).hasSameSizeAs(fromRepo.diagnostics());
        for (JsonObject d : fromInside.diagnostics()) {
            String path = d.get("path").getAsString();
            assertThat(Path.of(path)).isRelative();
            assertThat(inside.resolve(path)).exists();
        }
        assertThat(fromInside.diagnostics())
                .anySatisfy(d -> assertThat(d.get("path").getAsString()).startsWith("handoff-"));
    }

    @Test
    void onlyTheGivenPathsAreReported(@TempDir Path tmp) {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "ignore: [\"archive/**\"]\n")
                .file("handoffs/handoff-key-rotation-ann-20260301.md", CLEAN_TICKET)
                .file(".agent/teams/a/phase-1/research-coord/L2-summary.md", COORDINATOR_WITHOUT_HANDOFF);
        Run r = run(tmp, "check", "handoffs", "--format", "json");
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().get("files").getAsInt()).isEqualTo(1);
    }

    // ---- exit status ----

    @Test
    void cleanWorkspaceExitsZero(@TempDir Path tmp) {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "ignore: [\"archive/**\"]\n")
                .file("README.md", "# Notes\n\nNothing to check here.\n")
                .file("handoffs/handoff-key-rotation-ann-20260301.md", CLEAN_TICKET);
        Run r = run(tmp, "check", "--format", "json");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.json().get("files").getAsInt()).isEqualTo(2);
        assertThat(r.exit()).isEqualTo(0);

        Run text = run(tmp, "check", ".");
        assertThat(text.exit()).isEqualTo(0);
        assertThat(text.out()).contains("0 errors, 0 warnings, 0 information, 0 hints in 2 files");
    }

    @Test
    void errorsExitOne(@TempDir Path tmp) {
        TestWorkspace.in(tmp).file(".agent/teams/a/phase-1/research-coord/L2-summary.md", COORDINATOR_WITHOUT_HANDOFF);
        Run r = run(tmp, "check", ".", "--format", "json");
        assertThat(r.severities()).containsExactly("error");
        assertThat(r.diagnostics().get(0).get("code").getAsString()).isEqualTo("HL101");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void warningsFailOnlyWithFailOnWarning(@TempDir Path tmp) {
        TestWorkspace.in(tmp).file("handoffs/handoff-key-rotation-20260301.md", UNASSIGNED_TICKET);
        Run byDefault = run(tmp, "check", "--format", "json");
        assertThat(byDefault.severities()).isNotEmpty().containsOnly("warning");
        assertThat(byDefault.exit()).isEqualTo(0);

        assertThat(run(tmp, "check", "--format", "json", "--fail-on", "warning").exit())
                .isEqualTo(1);
        assertThat(run(tmp, "check", "--fail-on=warning").exit()).isEqualTo(1);
        assertThat(run(tmp, "check", "--fail-on", "info").exit()).isEqualTo(1);
        assertThat(run(tmp, "check", "--fail-on", "error").exit()).isEqualTo(0);
    }

    @Test
    void hintsNeverFail(@TempDir Path tmp) {
        TestWorkspace.in(tmp).file(".agent/teams/a/phase-1/worker-1/L2-summary.md", WORKER_WITH_GAP);
        Run byDefault = run(tmp, "check", "--format", "json");
        assertThat(byDefault.severities()).isNotEmpty().containsOnly("hint");
        assertThat(byDefault.exit()).isEqualTo(0);
        assertThat(run(tmp, "check", "--fail-on", "warning").exit()).isEqualTo(0);
        assertThat(run(tmp, "check", "--fail-on", "info").exit()).isEqualTo(0);
    }

    // ---- usage, configuration and I/O errors: exit 2, a message, no stack trace ----

    @Test
    void unknownOptionExitsTwo(@TempDir Path tmp) {
        assertUsageError(run(tmp, "check", "--bogus"), "--bogus");
    }

    @Test
    void badFormatExitsTwo(@TempDir Path tmp) {
        assertUsageError(run(tmp, "check", "--format", "xml"), "xml");
        assertUsageError(run(tmp, "check", "--format"), "--format");
    }

    @Test
    void badFailOnExitsTwo(@TempDir Path tmp) {
        assertUsageError(run(tmp, "check", "--fail-on", "hint"), "hint");
    }

    @Test
    void missingPathExitsTwo(@TempDir Path tmp) {
        assertUsageError(run(tmp, "check", "no-such-folder"), "no-such-folder");
    }

    @Test
    void invalidConfigurationExitsTwo(@TempDir Path tmp) {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "handoffMaxLines: 30\ncolour: red\n")
                .file("README.md", "# Notes\n");
        Run r = run(tmp, "check", "--format", "json");
        assertUsageError(r, "colour");
        assertThat(r.err()).contains(".handoff.yaml:2:");
    }

    @Test
    void sizeThatOverflowsExitsTwoWithAPosition(@TempDir Path tmp) {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "maxFileSize: 99999999999999999999\n")
                .file("README.md", "# Notes\n");
        Run r = run(tmp, "check");
        assertUsageError(
                r, ".handoff.yaml:1:14: maxFileSize '99999999999999999999' is more than the highest allowed, 1GB");
    }

    @Test
    void missingConfigFileExitsTwo(@TempDir Path tmp) {
        TestWorkspace.in(tmp).file("README.md", "# Notes\n");
        assertUsageError(run(tmp, "check", "--config", "nope.yaml"), "nope.yaml");
    }

    @Test
    void unknownCommandExitsTwo(@TempDir Path tmp) {
        assertUsageError(run(tmp, "chek"), "chek");
    }

    @Test
    void helpExitsZero(@TempDir Path tmp) {
        for (String[] args :
                List.of(new String[] {"--help"}, new String[] {"check", "--help"}, new String[] {"check", "-h"})) {
            Run r = run(tmp, args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(0);
            assertThat(r.out()).contains("Usage: handoff-ls check");
            assertThat(r.err()).isEmpty();
        }
    }

    private static void assertUsageError(Run r, String named) {
        assertThat(r.exit()).as("exit status; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("handoff-ls: ").contains(named);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anExplicitPathThatHoldsNoDocumentIsAnErrorNotACleanRun(@org.junit.jupiter.api.io.TempDir Path ws)
            throws Exception {
        TestWorkspace.in(ws)
                .file(".git/HEAD", "ref: main\n")
                .file("pom.xml", "<project/>\n")
                .file("archive/old.md", "# Old\n")
                .file("notes/ok.md", "# Fine\n");
        Run pom = run(ws, "check", "pom.xml");
        assertThat(pom.exit()).isEqualTo(2);
        assertThat(pom.err()).contains("pom.xml holds no markdown document to check");
        assertThat(pom.out()).isEmpty();
        assertThat(run(ws, "check", "archive").exit()).isEqualTo(2);
        assertThat(run(ws, "check", "notes").exit()).isEqualTo(0);
        assertThat(run(ws, "check").exit()).isEqualTo(0); // no PATH: the workspace, whatever it holds
    }

    @Test
    void aUtf16FileWithABomIsCheckedAsTextWithUtf16Positions(@TempDir Path tmp) throws Exception {
        // Issue 13, item 14: it was "binary content", HL002, and its ticket ID went unseen.
        String ticket =
                CLEAN_TICKET.replace("# Rotate", "# \uD83D\uDE80 Rotate").replace("\n", "\r\n");
        byte[] utf16 = ticket.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "")
                .file("a/handoff-key-rotation-20260301.md", CLEAN_TICKET)
                .bytes("b/handoff-key-rotation-20260302.md", withBom);
        Run r = run(tmp, "check", "b", "--format", "json");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.get("code").getAsString()).isEqualTo("HL406");
            assertThat(d.get("range").toString())
                    .isEqualTo("{\"start\":{\"line\":2,\"character\":8},\"end\":{\"line\":2,\"character\":41}}");
        });
    }
}
