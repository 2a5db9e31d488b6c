package dev.handoffls.lsp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raw bytes over a pipe (issue 13, item 14): a wrong {@code Content-Length} costs at most the message it
 * belongs to, never the rest of the stream.
 */
class FramingProtocolTest {
    private static final String INITIALIZE =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
    private static final String SYMBOLS =
            "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}";

    private final Pipe toServer = Pipe.open();
    private final Pipe toClient = Pipe.open();
    private final OutputStream send = Channels.newOutputStream(toServer.sink());
    private final InputStream receive = Channels.newInputStream(toClient.source());

    FramingProtocolTest() throws IOException {}

    @BeforeEach
    void startServer() {
        HandoffLanguageServer server = new HandoffLanguageServer(status -> {});
        var launcher = ServerLauncher.create(
                server, Channels.newInputStream(toServer.source()), Channels.newOutputStream(toClient.sink()));
        server.connect(launcher.getRemoteProxy());
        launcher.startListening();
    }

    @AfterEach
    void closePipes() throws IOException {
        send.close();
        receive.close();
    }

    @Test
    void aContentLengthLargerThanTheBodyLosesNoMessage() throws Exception {
        // The declared length runs 30 bytes into the next frame's header.
        send(frame(INITIALIZE, INITIALIZE.getBytes(UTF_8).length + 30) + frame(SYMBOLS.formatted(2)));

        assertThat(response(1).getAsJsonObject("result").has("capabilities")).isTrue();
        assertThat(response(2).getAsJsonArray("result")).isEmpty();
    }

    @Test
    void aContentLengthFarLargerThanTheBodyRecoversAsSoonAsTheNextFrameArrives() throws Exception {
        // A megabyte that never comes: the next frame's header ends the message.
        send(frame(INITIALIZE, INITIALIZE.getBytes(UTF_8).length + 1_000_000) + frame(SYMBOLS.formatted(2)));

        assertThat(response(1).getAsJsonObject("result").has("capabilities")).isTrue();
        assertThat(response(2).getAsJsonArray("result")).isEmpty();
    }

    @Test
    void aContentLengthSmallerThanTheBodyLosesOnlyThatMessage() throws Exception {
        String cut = SYMBOLS.formatted(2);
        send(frame(INITIALIZE) + frame(cut, cut.getBytes(UTF_8).length - 5) + frame(SYMBOLS.formatted(3)));

        assertThat(response(1).getAsJsonObject("result").has("capabilities")).isTrue();
        assertThat(response(3).getAsJsonArray("result")).isEmpty();
    }

    @Test
    void aFrameHeaderInsideAStringIsText() throws Exception {
        // Escaped in JSON, a header inside a document's text is no frame boundary.
        String open = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"file:///nowhere/a.md\",\"languageId\":\"markdown\",\"version\":1,"
                + "\"text\":\"Content-Length: 12\\r\\n\\r\\n\"}}}";
        send(frame(INITIALIZE) + frame(open) + frame(SYMBOLS.formatted(2)));

        assertThat(response(1).getAsJsonObject("result").has("capabilities")).isTrue();
        assertThat(response(2).getAsJsonArray("result")).isEmpty();
    }

    private static String frame(String json) {
        return frame(json, json.getBytes(UTF_8).length);
    }

    private static String frame(String json, int declaredLength) {
        return "Content-Length: " + declaredLength + "\r\n\r\n" + json;
    }

    private void send(String bytes) throws IOException {
        send.write(bytes.getBytes(UTF_8));
        send.flush();
    }

    /** The server's answer to request {@code id}, skipping what it sends meanwhile (log messages). */
    private JsonObject response(int id) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
                    while (true) {
                        JsonObject message = JsonParser.parseString(readFrame()).getAsJsonObject();
                        if (message.has("id")
                                && !message.has("method")
                                && message.get("id").getAsInt() == id) {
                            return message;
                        }
                    }
                })
                .get(30, TimeUnit.SECONDS);
    }

    private String readFrame() {
        try {
            int length = -1;
            for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                if (line.startsWith("Content-Length:")) {
                    length = Integer.parseInt(
                            line.substring("Content-Length:".length()).trim());
                }
            }
            return new String(receive.readNBytes(length), UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = receive.read(); b != '\n'; b = receive.read()) {
            if (b < 0) {
                throw new IOException("the server closed its output");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(UTF_8);
    }
}
