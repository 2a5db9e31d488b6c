package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.handoffls.testing.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile protocol input (issue 13, tests 3): frames written byte by byte as a broken or malicious
 * client would. A bad message is answered with an error or skipped; the connection keeps serving.
 * (A Content-Length larger than the body, and requests after shutdown, are left to their fix.)
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MalformedFramesProtocolTest {
    @TempDir
    Path tmp;

    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private OutputStream toServer;
    private InputStream fromServer;

    @BeforeEach
    void start() throws IOException {
        TestWorkspace.in(tmp).file("notes/a.md", "# A\n");
        Pipe in = Pipe.open();
        Pipe out = Pipe.open();
        toServer = Channels.newOutputStream(in.sink());
        fromServer = Channels.newInputStream(out.source());
        HandoffLanguageServer server = new HandoffLanguageServer(code -> {});
        var launcher = LSPLauncher.createServerLauncher(
                server, Channels.newInputStream(in.source()), Channels.newOutputStream(out.sink()));
        server.connect(launcher.getRemoteProxy());
        launcher.startListening();
    }

    @AfterEach
    void stop() throws IOException {
        toServer.close();
        reader.shutdownNow();
    }

    @Test
    void aBodyThatIsNotJsonLeavesTheConnectionServing() throws Exception {
        frame("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": \"initialize\", \"params\": {oops");
        frame("\u0000\u00ff not json at all");
        assertThat(initialize(1).getAsJsonObject("result").has("capabilities")).isTrue();
    }

    @Test
    void anUnknownMethodIsMethodNotFound() throws Exception {
        initialize(1);
        frame("{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"handoff/noSuchThing\", \"params\": {}}");
        assertThat(responseTo(2).getAsJsonObject("error").get("code").getAsInt())
                .isEqualTo(-32601);
    }

    @Test
    void paramsOfTheWrongShapeAreAnErrorAndTheNextRequestIsServed() throws Exception {
        initialize(1);
        frame("{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"textDocument/hover\", \"params\": 42}");
        assertThat(responseTo(2).has("error")).isTrue();
        frame("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": \"workspace/symbol\", \"params\": {\"query\": \"\"}}");
        assertThat(responseTo(3).has("result")).isTrue();
    }

    @Test
    void aBurstOfChangesIsAnsweredAfterwardsWithTheLastText() throws Exception {
        try (LspConnection lsp = new LspConnection()) {
            lsp.start(tmp);
            String uri = LspConnection.uri(tmp, "notes/a.md");
            lsp.open(uri, 1, "# A\n");
            for (int v = 2; v <= 3_000; v++) {
                lsp.change(uri, v, new Range(new Position(0, 3), new Position(0, 3)), "x");
            }
            var symbols = lsp.server
                    .getTextDocumentService()
                    .documentSymbol(new org.eclipse.lsp4j.DocumentSymbolParams(
                            new org.eclipse.lsp4j.TextDocumentIdentifier(uri)))
                    .get(20, TimeUnit.SECONDS);
            assertThat(symbols)
                    .singleElement()
                    .satisfies(s -> assertThat(s.getRight().getName()).isEqualTo("A" + "x".repeat(2_999)));
        }
    }

    private JsonObject initialize(int id) throws Exception {
        frame("{\"jsonrpc\": \"2.0\", \"id\": " + id + ", \"method\": \"initialize\", \"params\": {\"processId\": null,"
                + " \"rootUri\": \"" + tmp.toUri() + "\", \"capabilities\": {}}}");
        return responseTo(id);
    }

    private void frame(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(bytes);
        toServer.flush();
    }

    /** Reads messages until the response with this id (notifications and other responses skipped). */
    private JsonObject responseTo(int id) throws Exception {
        while (true) {
            JsonObject m =
                    CompletableFuture.supplyAsync(this::readMessage, reader).get(20, TimeUnit.SECONDS);
            if (m.has("id")
                    && !m.get("id").isJsonNull()
                    && m.get("id").getAsString().equals(String.valueOf(id))) {
                return m;
            }
        }
    }

    private JsonObject readMessage() {
        try {
            int length = -1;
            String line;
            while (!(line = readLine()).isEmpty()) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            byte[] body = fromServer.readNBytes(length);
            return JsonParser.parseString(new String(body, StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = fromServer.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
