package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.Main;
import dev.handoffls.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lead's gate on a copy of samples/, as issue 4's "done" describes it. */
class GateCommandsTest {
    private static final String PIPELINE = ".agent/teams/search-relevance";
    private static final String L2 = PIPELINE + "/phase-2/coordinator/L2-summary.md";
    private static final String PT = PIPELINE + "/permanent-task.md";

    @TempDir
    Path ws;

    @BeforeEach
    void copySamples() throws IOException {
        Samples.copyTo(ws);
    }

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(
                args,
                ws,
                new CliOutput(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void syncThenCheckShowsNoSyncFindingsAndASecondSyncChangesNothing() throws Exception {
        assertThat(run("check", L2, PT).out()).contains("HL501").contains("HL502");
        Run sync = run("sync-pt", L2);
        assertThat(sync.status()).isZero();
        assertThat(sync.out()).contains("updated " + PT);
        assertThat(run("check", L2, PT).out()).doesNotContain("HL501").doesNotContain("HL502");

        byte[] pt = Files.readAllBytes(ws.resolve(PT));
        byte[] l2 = Files.readAllBytes(ws.resolve(L2));
        assertThat(run("sync-pt", L2).out()).contains("nothing written");
        assertThat(Files.readAllBytes(ws.resolve(PT))).isEqualTo(pt);
        assertThat(Files.readAllBytes(ws.resolve(L2))).isEqualTo(l2);
    }

    @Test
    void theGeneratedDirectiveHasOnlyItsPlaceholdersReported() {
        run("sync-pt", L2);
        Run directive = run("directive", L2);
        assertThat(directive.status()).isZero();
        assertThat(directive.out()).contains("created " + PIPELINE + "/phase-3/directive.md");
        Run check = run("check", PIPELINE + "/phase-3/directive.md", "--format", "json");
        assertThat(check.out())
                .contains("\"code\":\"HL107\"")
                .doesNotContain("\"code\":\"HL503\"")
                .doesNotContain("\"code\":\"HL301\"")
                .doesNotContain("\"code\":\"HL303\"");
        assertThat(run("directive", L2).status()).isEqualTo(1);
    }

    @Test
    void syncRefusesAnL2WithHandoffErrorsAndNamesThem() {
        Run r = run("sync-pt", ".agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("HL201").contains("HL202").contains("HL203");
    }

    @Test
    void keepsCrlfAndTheBom() throws Exception {
        Path pt = ws.resolve(PT);
        String crlf = Files.readString(pt).replace("\n", "\r\n");
        byte[] body = crlf.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(pt, withBom);
        run("sync-pt", L2);
        byte[] after = Files.readAllBytes(pt);
        assertThat(after[0]).isEqualTo((byte) 0xEF);
        String text = new String(after, 3, after.length - 3, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).contains("- [R-1] Query embedding");
    }

    @Test
    void checkFixAppliesOnlySafeFixesAndASecondRunHasNothingLeft() throws Exception {
        String l2 = ".agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md";
        String before = Files.readString(ws.resolve(l2));
        Run fix = run("check", "--fix", l2);
        assertThat(fix.err()).contains("HL207 Add the brackets").contains("HL201 Rewrite 'RISK-6' as R-6");
        String after = Files.readString(ws.resolve(l2));
        assertThat(after).contains("- [AD-6]").contains("[R-6]").isNotEqualTo(before);
        // unsafe fixes (renumbering, conflicting statements) are left for a person
        assertThat(fix.out()).contains("HL203").contains("HL204");
        assertThat(run("check", "--fix", l2).err()).contains("no safe fixes to apply");
        assertThat(Files.readString(ws.resolve(l2))).isEqualTo(after);
    }
}
