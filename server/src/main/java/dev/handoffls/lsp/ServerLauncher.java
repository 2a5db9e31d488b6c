package dev.handoffls.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * lsp4j's server launcher with the two guards of the incoming stream: {@link FrameReader} (a wrong
 * {@code Content-Length} does not desynchronise the stream) and {@link ShutdownGate} (nothing but {@code exit}
 * after {@code shutdown}). lsp4j builds the outgoing stream first, then the endpoint that receives: each
 * passes through {@link #wrapMessageConsumer} once, in that order.
 */
final class ServerLauncher extends LSPLauncher.Builder<LanguageClient> {
    private MessageJsonHandler json;
    private RemoteEndpoint endpoint;
    private MessageConsumer outgoing;

    static Launcher<LanguageClient> create(LanguageServer server, InputStream in, OutputStream out) {
        return new ServerLauncher()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .create();
    }

    @Override
    protected RemoteEndpoint createRemoteEndpoint(MessageJsonHandler jsonHandler) {
        json = jsonHandler;
        endpoint = super.createRemoteEndpoint(jsonHandler);
        return endpoint;
    }

    @Override
    protected MessageConsumer wrapMessageConsumer(MessageConsumer consumer) {
        MessageConsumer wrapped = super.wrapMessageConsumer(consumer);
        if (consumer instanceof RemoteEndpoint) {
            return new ShutdownGate(wrapped, outgoing);
        }
        outgoing = wrapped;
        return wrapped;
    }

    @Override
    protected ConcurrentMessageProcessor createMessageProcessor(
            MessageProducer reader, MessageConsumer consumer, LanguageClient proxy) {
        return super.createMessageProcessor(new FrameReader(input, json, endpoint), consumer, proxy);
    }
}
