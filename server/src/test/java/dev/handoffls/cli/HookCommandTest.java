package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.Main;
import dev.handoffls.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code handoff-ls hook}: Claude Code PostToolUse payloads on a copy of samples/. */
class HookCommandTest {
    private static final String BROKEN = ".agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md";
    private static final String CLEAN = ".agent/teams/checkout-redesign/phase-3/coordinator/L2-summary.md";

    /** What the hook did: its exit status and both streams. */
    private record Run(int status, String out, String err) {}

    @TempDir
    Path ws;

    @BeforeEach
    void workspaceIsACopyOfTheSamples() throws IOException {
        Samples.copyTo(ws);
    }

    private Run hook(String payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new HookCommand(
                        ws,
                        new CliOutput(
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8)))
                .run(new String[0], new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A payload as Claude Code sends it after an Edit (absolute file path, the session's cwd). */
    private String edit(String file) {
        return """
                {"session_id":"abc","transcript_path":"/tmp/t.jsonl","cwd":%s,"permission_mode":"default",
                 "hook_event_name":"PostToolUse","tool_name":"Edit",
                 "tool_input":{"file_path":%s,"old_string":"a","new_string":"b","replace_all":false},
                 "tool_response":{"filePath":%s,"success":true}}""".formatted(
                        q(ws.toString()),
                        q(ws.resolve(file).toString()),
                        q(ws.resolve(file).toString()));
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aBrokenL2ExitsTwoWithOneLinePerFindingOnStderrAndNothingOnStdout() {
        Run r = hook(edit(BROKEN));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("handoff-ls: 7 problems in " + BROKEN + " (l2-summary)")
                .contains(BROKEN + ":40 HL201 error: 'RISK-6' is not a well-formed ID: write R-6")
                .contains(BROKEN + ":38 HL204 error: R-2 is defined in ")
                .contains(BROKEN + ":28 HL301 warning: R-9 is defined nowhere")
                .contains("handoff-ls check --format json " + BROKEN);
        assertThat(r.err().lines().filter(l -> l.startsWith(BROKEN + ":"))).hasSize(7);
    }

    @Test
    void aCleanL2IsSilent() {
        Run r = hook(edit(CLEAN));
        assertThat(r).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void anEditThatBreaksAnL2IsReported() throws IOException {
        Path l2 = ws.resolve(CLEAN);
        Files.writeString(l2, Files.readString(l2).replaceFirst("\\[R-1\\]", "[risk-1]"));
        Run r = hook(edit(CLEAN));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("HL201");
    }

    @Test
    void aRelativePathIsResolvedAndShownAgainstThePayloadsCwd() {
        String payload = """
                {"cwd":%s,"hook_event_name":"PostToolUse","tool_name":"MultiEdit",
                 "tool_input":{"file_path":%s,"edits":[{"old_string":"a","new_string":"b"}]}}""".formatted(
                q(ws.resolve(".agent/teams").toString()), q("checkout-redesign/phase-4/planning-coord/L2-summary.md"));
        Run r = hook(payload);
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("\ncheckout-redesign/phase-4/planning-coord/L2-summary.md:40 HL201 error: ");
    }

    @Test
    void markdownThatIsNotAHandoffDocumentIsSilentEvenWithBrokenLinks() throws IOException {
        Files.writeString(ws.resolve("notes/scratch.md"), "# Scratch\n\nSee [missing](nowhere.md) and R-99.\n");
        assertThat(hook(edit("notes/scratch.md"))).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void otherFilesMissingFilesAndOtherPayloadsAreSilent() throws IOException {
        Files.writeString(ws.resolve("tool.py"), "print('x')\n");
        assertThat(hook(edit("tool.py"))).isEqualTo(new Run(0, "", ""));
        assertThat(hook(edit("no/such/L2-summary.md"))).isEqualTo(new Run(0, "", ""));
        assertThat(hook("{\"tool_name\":\"Bash\",\"tool_input\":{\"command\":\"ls\"}}"))
                .isEqualTo(new Run(0, "", ""));
        assertThat(hook("[]")).isEqualTo(new Run(0, "", ""));
        assertThat(hook("")).isEqualTo(new Run(0, "", ""));
        Run garbage = hook("not json {");
        assertThat(garbage.status()).isZero();
        assertThat(garbage.err()).contains("skipped");
    }

    @Test
    void theBaselineIsHonoured() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(Main.run(new String[] {"check", "--write-baseline"}, ws, new CliOutput(p, p)))
                .isZero();
        assertThat(hook(edit(BROKEN))).isEqualTo(new Run(0, "", ""));
    }

    @Test
    void usageGoesToStderrWithStatusTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = new HookCommand(ws, new CliOutput(e, e))
                .run(new String[] {"--bogus"}, new ByteArrayInputStream(new byte[0]));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: handoff-ls hook");
    }
}
