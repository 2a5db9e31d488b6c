package dev.handoffls.lsp;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageProducer;

/**
 * lsp4j's reader of {@code Content-Length} frames, which finds its way back to the next frame when a length
 * is wrong (issue 13, item 14); lsp4j's own reads the rest of the stream out of step for ever.
 *
 * <ul>
 *   <li>Too large: the declared body holds the next frame's header. A raw {@code Content-Length: N} line
 *       cannot be inside a JSON message (a JSON string escapes CR and LF), so the message is what comes
 *       before it, and reading resumes at the header as soon as it arrives, without waiting for the bytes
 *       the wrong length promised.
 *   <li>Too small: the message does not parse and is dropped (lsp4j logs it); the rest of its body is read
 *       as a header line that ends in the next {@code Content-Length}, and reading resumes there.
 * </ul>
 */
final class FrameReader extends StreamMessageProducer {
    private static final Logger LOG = Logger.getLogger(FrameReader.class.getName());
    private static final String CONTENT_LENGTH = "Content-Length:";
    private static final byte[] HEADER = CONTENT_LENGTH.getBytes(StandardCharsets.US_ASCII);
    /** More than a {@code Content-Length: N} line: how far back a read looks for one it may have cut. */
    private static final int HEADER_LINE = 64;

    private final Rereadable in;

    private FrameReader(Rereadable in, MessageJsonHandler json, MessageIssueHandler issues) {
        super(in, json, issues);
        this.in = in;
    }

    FrameReader(InputStream input, MessageJsonHandler json, MessageIssueHandler issues) {
        this(new Rereadable(input), json, issues);
    }

    @Override
    protected void parseHeader(String line, Headers headers) {
        int at = line.indexOf(CONTENT_LENGTH);
        if (at > 0) {
            LOG.warning("skipped " + at + " characters that were no message, up to the next Content-Length header");
        }
        super.parseHeader(at > 0 ? line.substring(at) : line, headers);
    }

    @Override
    protected boolean handleMessage(InputStream input, Headers headers) throws IOException {
        byte[] body = readBody(Math.max(0, headers.contentLength));
        if (body == null) {
            return false; // the stream ended inside the body
        }
        int next = nextFrame(body, 0, body.length, true);
        if (next >= 0) {
            LOG.warning("a Content-Length of " + headers.contentLength + " ran into the next message: read the " + next
                    + " bytes before it as the message, and the next message from its header");
            in.unread(Arrays.copyOfRange(body, next, body.length));
            body = Arrays.copyOf(body, next);
            if (new String(body, StandardCharsets.UTF_8).isBlank()) {
                return true;
            }
        }
        headers.contentLength = body.length;
        return super.handleMessage(new ByteArrayInputStream(body), headers);
    }

    /**
     * The declared body, or less when a complete header line of the next frame arrives first: a length that is
     * too large recovers as soon as the next message comes, not once the declared number of bytes has.
     */
    private byte[] readBody(int length) throws IOException {
        byte[] buffer = new byte[Math.min(length, 1 << 16)];
        int size = 0;
        while (size < length) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(length, 2L * buffer.length));
            }
            int n = in.read(buffer, size, buffer.length - size);
            if (n < 0) {
                return null;
            }
            int from = Math.max(0, size - HEADER_LINE);
            size += n;
            if (nextFrame(buffer, from, size, false) >= 0) {
                break;
            }
        }
        return Arrays.copyOf(buffer, size);
    }

    /**
     * Where a raw {@code Content-Length: N} line starts in {@code body[from, to)}, or -1; {@code cut}: the body
     * may end inside it (once the whole declared body is read).
     */
    private static int nextFrame(byte[] body, int from, int to, boolean cut) {
        for (int i = from; i + HEADER.length <= to; i++) {
            if (body[i] == 'C' && Arrays.equals(body, i, i + HEADER.length, HEADER, 0, HEADER.length)) {
                int j = i + HEADER.length;
                while (j < to && body[j] == ' ') {
                    j++;
                }
                int digits = j;
                while (j < to && body[j] >= '0' && body[j] <= '9') {
                    j++;
                }
                if (j == to ? cut : j > digits && body[j] == '\r') {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The input, with bytes read too far put back in front of it. */
    private static final class Rereadable extends FilterInputStream {
        private byte[] again = new byte[0];
        private int pos;

        Rereadable(InputStream in) {
            super(in);
        }

        void unread(byte[] bytes) {
            byte[] rest = Arrays.copyOfRange(again, pos, again.length);
            again = Arrays.copyOf(bytes, bytes.length + rest.length);
            System.arraycopy(rest, 0, again, bytes.length, rest.length);
            pos = 0;
        }

        @Override
        public int read() throws IOException {
            return pos < again.length ? again[pos++] & 0xff : super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (pos >= again.length) {
                return super.read(b, off, len);
            }
            int n = Math.min(len, again.length - pos);
            System.arraycopy(again, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public int available() throws IOException {
            return again.length - pos + super.available();
        }
    }
}
