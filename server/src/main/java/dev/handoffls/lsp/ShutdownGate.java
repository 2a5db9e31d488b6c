package dev.handoffls.lsp;

import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;

/**
 * What the client may still send after {@code shutdown} (LSP "shutdown"): a request is answered
 * {@code InvalidRequest} (-32600) here, without reaching the server, a notification other than {@code exit}
 * is dropped, and {@code exit} goes through. Runs on the JSON-RPC message thread, which reads messages in
 * order, so "after" is the order the client sent them.
 */
final class ShutdownGate implements MessageConsumer {
    private static final Logger LOG = Logger.getLogger(ShutdownGate.class.getName());

    private final MessageConsumer server;
    private final MessageConsumer client;
    // owned by the message thread
    private boolean shutDown;

    /**
     * @param server where incoming messages go (lsp4j's endpoint)
     * @param client the outgoing stream, for the refusals
     */
    ShutdownGate(MessageConsumer server, MessageConsumer client) {
        this.server = server;
        this.client = client;
    }

    @Override
    public void consume(Message message) {
        if (!shutDown) {
            server.consume(message);
            shutDown = message instanceof RequestMessage r && "shutdown".equals(r.getMethod());
            return;
        }
        if (message instanceof RequestMessage request) {
            ResponseMessage refusal = new ResponseMessage();
            refusal.setRawId(request.getRawId());
            refusal.setError(new ResponseError(
                    ResponseErrorCode.InvalidRequest,
                    "the server is shut down: '" + request.getMethod() + "' is refused, only 'exit' is accepted",
                    null));
            client.consume(refusal);
        } else if (message instanceof NotificationMessage n && !"exit".equals(n.getMethod())) {
            LOG.fine("ignoring '" + n.getMethod() + "' after shutdown");
        } else {
            server.consume(message); // exit, or the client's answer to a request of ours
        }
    }
}
