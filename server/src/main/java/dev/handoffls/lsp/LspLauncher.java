package dev.handoffls.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Starts the server over stdio: stdout carries JSON-RPC only, everything else goes to stderr. */
public final class LspLauncher {
    private LspLauncher() {}

    /** Runs until the connection closes; returns the exit status. */
    public static int runStdio() {
        InputStream in = System.in;
        OutputStream out = System.out;
        // Nothing but JSON-RPC may reach stdout: a stray print would corrupt the stream.
        System.setOut(new PrintStream(System.err, true));
        configureLogging();
        int[] status = {0};
        Object lock = new Object();
        IntConsumer exit = code -> {
            synchronized (lock) {
                status[0] = code;
            }
            System.exit(code);
        };
        HandoffLanguageServer server = new HandoffLanguageServer(exit);
        Launcher<LanguageClient> launcher = ServerLauncher.create(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Logger.getLogger(LspLauncher.class.getName()).log(Level.WARNING, "connection ended", e);
        }
        // The client closed the stream without "exit": end anyway.
        return 1;
    }

    static void configureLogging() {
        Logger root = Logger.getLogger("");
        for (var h : root.getHandlers()) {
            root.removeHandler(h);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setLevel(Level.INFO);
        root.addHandler(stderr);
    }
}
