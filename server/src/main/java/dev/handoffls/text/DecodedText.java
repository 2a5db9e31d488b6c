package dev.handoffls.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes read from disk, decoded as UTF-8 — or as UTF-16 when they start with a UTF-16 byte order mark
 * (editors on Windows write those; they are text, not binary). A BOM is dropped (editors hide it too)
 * and remembered; invalid sequences become U+FFFD and are counted so a rule can report them, never
 * thrown. The text is a Java string either way, so positions are UTF-16 code units as LSP wants.
 *
 * @param charset the encoding the bytes were read in: UTF-8, UTF-16LE or UTF-16BE
 */
public record DecodedText(String text, boolean hadBom, int invalidSequences, boolean binary, Charset charset) {

    public static DecodedText decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        return decode(bytes, bom ? 3 : 0, StandardCharsets.UTF_8);
    }

    /** Whether the bytes were UTF-8 (with or without a BOM): only such a file may be written back as UTF-8. */
    public boolean utf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    private static DecodedText decode(byte[] bytes, int start, Charset charset) {
        boolean bom = start > 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        int invalid = 0;
        try {
            text = strict(charset).decode(in).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, start, bytes.length - start, charset);
            invalid = countReplacements(bytes, start, charset);
        }
        return new DecodedText(text, bom, invalid, hasNul(text), charset);
    }

    /** Binary content: a NUL character near the start (never in markdown, in any of the encodings read). */
    private static boolean hasNul(String text) {
        int end = Math.min(text.length(), 8000);
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == 0) {
                return true;
            }
        }
        return false;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int countReplacements(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = strict(charset);
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
