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
 *       before it, and reading resumes at the header.
 *   <li>Too small: the message does not parse and is dropped (lsp4j logs it); the rest of its body is read
 *       as a header line that ends in the next {@code Content-Length}, and reading resumes there.
 * </ul>
 */
final class FrameReader extends StreamMessageProducer {
    private static final Logger LOG = Logger.getLogger(FrameReader.class.getName());
    private static final String CONTENT_LENGTH = "Content-Length:";
    private static final byte[] HEADER = CONTENT_LENGTH.getBytes(StandardCharsets.US_ASCII);

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
        byte[] body = input.readNBytes(Math.max(0, headers.contentLength));
        if (body.length < headers.contentLength) {
            return false; // the stream ended inside the body
        }
        int next = nextFrame(body);
        if (next >= 0) {
            LOG.warning("a Content-Length of " + headers.contentLength + " ran into the next message: read the " + next
                    + " bytes before it as the message, and the next message from its header");
            in.unread(Arrays.copyOfRange(body, next, body.length));
            body = Arrays.copyOf(body, next);
            if (new String(body, StandardCharsets.UTF_8).isBlank()) {
                return true;
            }
            headers.contentLength = body.length;
        }
        return super.handleMessage(new ByteArrayInputStream(body), headers);
    }

    /** Where a raw {@code Content-Length:} header line starts in a body, or -1. */
    private static int nextFrame(byte[] body) {
        for (int i = 0; i + HEADER.length <= body.length; i++) {
            if (body[i] == 'C' && Arrays.equals(body, i, i + HEADER.length, HEADER, 0, HEADER.length)) {
                int j = i + HEADER.length;
                while (j < body.length && body[j] == ' ') {
                    j++;
                }
                int digits = j;
                while (j < body.length && body[j] >= '0' && body[j] <= '9') {
                    j++;
                }
                if (j == body.length || j > digits && body[j] == '\r') { // the body may end inside the header
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
