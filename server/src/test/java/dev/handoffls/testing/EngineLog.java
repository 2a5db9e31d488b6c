package dev.handoffls.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records SEVERE log records of the engine. The checker, the loader and the fix registry contain a
 * failing rule, parser or fix by logging it; for a test such a record is the exception that escaped.
 */
public final class EngineLog implements AutoCloseable {
    private final Logger engine = Logger.getLogger("dev.handoffls");
    private final List<String> severe = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                synchronized (severe) {
                    severe.add(r.getMessage() + " " + r.getThrown());
                }
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private EngineLog() {
        engine.addHandler(recorder);
    }

    public static EngineLog record() {
        return new EngineLog();
    }

    /** What failed inside the engine so far, each with its exception. */
    public List<String> severe() {
        synchronized (severe) {
            return List.copyOf(severe);
        }
    }

    @Override
    public void close() {
        engine.removeHandler(recorder);
    }
}
