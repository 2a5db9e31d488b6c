package dev.handoffls.lsp;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/** Sends the server's warnings and errors to the client's output ({@code window/logMessage}); stderr keeps all. */
final class LogForwarder extends Handler {
    private final LanguageClient client;

    private LogForwarder(LanguageClient client) {
        this.client = client;
        setLevel(Level.INFO);
    }

    static void install(LanguageClient client) {
        Logger root = Logger.getLogger("dev.handoffls");
        for (Handler h : root.getHandlers()) {
            if (h instanceof LogForwarder) {
                root.removeHandler(h);
            }
        }
        root.addHandler(new LogForwarder(client));
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        MessageType type = record.getLevel().intValue() >= Level.SEVERE.intValue()
                ? MessageType.Error
                : record.getLevel().intValue() >= Level.WARNING.intValue() ? MessageType.Warning : MessageType.Log;
        String text = record.getMessage() + (record.getThrown() != null ? ": " + record.getThrown() : "");
        try {
            client.logMessage(
                    new MessageParams(type, "[" + record.getLoggerName().replaceFirst(".*\\.", "") + "] " + text));
        } catch (RuntimeException e) {
            // The connection is gone; stderr still has it.
        }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
}
