package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidEncodingTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    /** UTF-8 text with raw bytes spliced in where {@code ¤} stands. */
    private static byte[] withRawBytes(String text, int... raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] parts = text.split("¤", -1);
        int r = 0;
        for (int i = 0; i < parts.length; i++) {
            out.writeBytes(parts[i].getBytes(StandardCharsets.UTF_8));
            if (i < parts.length - 1) {
                out.write(raw[r++]);
            }
        }
        return out.toByteArray();
    }

    @Test
    void windows1252BytesFireAtTheFirstUndecodableCharacterAndTheFileIsStillChecked() {
        // 0x97 and 0x86 are the Windows-1252 em dash and dagger: not valid UTF-8 on their own.
        TestWorkspace ws = TestWorkspace.in(tmp).bytes(L2, withRawBytes("""
                # Phase 3 ¤ Architecture
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X¤
                - [AD-1] Circular dependency
                """, 0x97, 0x86));
        ws.assertFindings(L2, Code.HL003, d(0, 10, 0, 11, Code.HL003));
        assertThat(ws.findings(L2, Code.HL003).get(0).message()).contains("2 invalid byte sequences");
        ws.assertFindings(L2, Code.HL203, d(4, 3, 4, 7, Code.HL203));
        assertThat(ws.findings(L2, Code.HL102)).hasSize(1);
    }

    @Test
    void columnIsCountedInUtf16CodeUnits() {
        TestWorkspace ws = TestWorkspace.in(tmp).bytes(L2, withRawBytes("""
                # Phase 3
                😀 X↔Y ¤
                """, 0xE2));
        ws.assertFindings(L2, Code.HL003, d(1, 7, 1, 8, Code.HL003));
    }

    @Test
    void validUtf8WithOrWithoutBomDoesNotFire() {
        String text = "# Phase 3 — Architecture\nX↔Y↔Z\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        String other = ".agent/teams/alpha/phase-3/architect-1/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).bytes(L2, utf8).bytes(other, bom);
        ws.assertFindings(L2, Code.HL003);
        ws.assertFindings(other, Code.HL003);
    }

    @Test
    void literalReplacementCharacterInValidUtf8DoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, "# Phase 3\nThe old export showed \uFFFD here.\n");
        ws.assertFindings(L2, Code.HL003);
    }

    @Test
    void columnIgnoresADroppedByteOrderMark() {
        byte[] body = withRawBytes("# Phase 3\nab ¤\n", 0xFF);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TestWorkspace ws = TestWorkspace.in(tmp).bytes(L2, bytes);
        ws.assertFindings(L2, Code.HL003, d(1, 3, 1, 4, Code.HL003));
    }

    @Test
    void aTruncatedMultiByteSequenceCountsOnce() {
        // E2 86 is the start of "↔" (E2 86 94) cut short.
        TestWorkspace ws = TestWorkspace.in(tmp).bytes(L2, withRawBytes("# Phase 3\nX¤¤Y\n", 0xE2, 0x86));
        ws.assertFindings(L2, Code.HL003, d(1, 1, 1, 2, Code.HL003));
        assertThat(ws.findings(L2, Code.HL003).get(0).message()).contains("1 invalid byte sequence ");
    }
}
