package dev.handoffls.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes read from disk, decoded as UTF-8. A BOM is dropped (editors hide it too) and remembered;
 * invalid sequences become U+FFFD and are counted so a rule can report them, never thrown.
 */
public record DecodedText(String text, boolean hadBom, int invalidSequences, boolean binary) {

    public static DecodedText decode(byte[] bytes) {
        int start = 0;
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) {
            start = 3;
        }
        boolean binary = false;
        for (int i = start; i < Math.min(bytes.length, start + 8000); i++) {
            if (bytes[i] == 0) {
                binary = true;
                break;
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharsetDecoder strict = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new DecodedText(strict.decode(in).toString(), bom, 0, binary);
        } catch (CharacterCodingException e) {
            in.rewind();
            String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            return new DecodedText(lenient, bom, countReplacements(bytes, start), binary);
        }
    }

    private static int countReplacements(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        int errors = 0;
        while (in.hasRemaining()) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                errors++;
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        return errors;
    }
}
