package dev.handoffls.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedTextTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    @Test
    void validUtf8DecodesAsIs() {
        DecodedText d = DecodedText.decode(utf8("# 決定 \uD83D\uDE80\n"));
        assertThat(d.text()).isEqualTo("# 決定 \uD83D\uDE80\n");
        assertThat(d.hadBom()).isFalse();
        assertThat(d.invalidSequences()).isZero();
        assertThat(d.binary()).isFalse();
    }

    @Test
    void aBomIsStrippedAndRemembered() {
        DecodedText d = DecodedText.decode(concat(BOM, utf8("---\nstatus: open\n---\n")));
        assertThat(d.text()).isEqualTo("---\nstatus: open\n---\n");
        assertThat(d.hadBom()).isTrue();
        assertThat(d.invalidSequences()).isZero();
    }

    @Test
    void aBomAloneLeavesAnEmptyText() {
        DecodedText d = DecodedText.decode(BOM);
        assertThat(d.text()).isEmpty();
        assertThat(d.hadBom()).isTrue();
    }

    @Test
    void invalidSequencesBecomeReplacementCharactersAndAreCounted() {
        byte[] bytes = concat(utf8("a"), new byte[] {(byte) 0xFF}, utf8("b"), new byte[] {(byte) 0xC3}, utf8("c"));
        DecodedText d = DecodedText.decode(bytes);
        assertThat(d.text()).isEqualTo("a\uFFFDb\uFFFDc");
        assertThat(d.invalidSequences()).isEqualTo(2);
        assertThat(d.binary()).isFalse();
    }

    @Test
    void aTruncatedSequenceAtTheEndIsCounted() {
        byte[] rocket = utf8("\uD83D\uDE80");
        byte[] bytes = concat(utf8("x "), new byte[] {rocket[0], rocket[1]});
        DecodedText d = DecodedText.decode(bytes);
        assertThat(d.text()).startsWith("x ").contains("\uFFFD");
        assertThat(d.invalidSequences()).isEqualTo(1);
    }

    @Test
    void latin1TextIsNotAnException() {
        DecodedText d = DecodedText.decode("Décision prise à l'unanimité".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.text()).startsWith("D\uFFFDcision");
        assertThat(d.invalidSequences()).isEqualTo(3);
    }

    @Test
    void theCountMatchesTheReplacementCharactersInRandomBytes() {
        java.util.Random random = new java.util.Random(1);
        for (int round = 0; round < 50; round++) {
            byte[] bytes = new byte[random.nextInt(2_000) + 1];
            random.nextBytes(bytes);
            for (int i = 0; i + 2 < bytes.length; i++) {
                // Keep a literal U+FFFD (EF BF BD) out of the input so every one in the output is a replacement.
                if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
                    bytes[i] = 'x';
                }
            }
            DecodedText d = DecodedText.decode(bytes);
            assertThat(d.invalidSequences()).as("round %d", round).isEqualTo((int)
                    d.text().chars().filter(c -> c == 0xFFFD).count());
        }
    }

    @Test
    void nulBytesMarkBinaryContent() {
        DecodedText d = DecodedText.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(d.binary()).isTrue();
    }

    @Test
    void emptyInputIsAnEmptyText() {
        DecodedText d = DecodedText.decode(new byte[0]);
        assertThat(d.text()).isEmpty();
        assertThat(d.hadBom()).isFalse();
        assertThat(d.invalidSequences()).isZero();
        assertThat(d.binary()).isFalse();
    }

    @Test
    void utf16WithABomIsTextInEitherByteOrder() {
        String text = "# Décision \uD83D\uDE80 [AD-1]\r\n";
        for (var charset : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = charset == StandardCharsets.UTF_16LE
                    ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            DecodedText d = DecodedText.decode(concat(bom, text.getBytes(charset)));
            assertThat(d.text()).as(charset.name()).isEqualTo(text);
            assertThat(d.binary()).isFalse();
            assertThat(d.hadBom()).isTrue();
            assertThat(d.invalidSequences()).isZero();
            assertThat(d.charset()).isEqualTo(charset);
            assertThat(d.utf8()).isFalse();
        }
        assertThat(DecodedText.decode(utf8("# x\n")).utf8()).isTrue();
    }

    @Test
    void aNulCharacterInUtf16IsStillBinary() {
        byte[] withNul = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\u0000b".getBytes(StandardCharsets.UTF_16LE));
        assertThat(DecodedText.decode(withNul).binary()).isTrue();
    }
}
