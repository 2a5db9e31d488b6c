package dev.handoffls.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Appends a line to the file named by {@code -Dhandoff.progress} every 1,000 tries: jqwik reports a
 * property only when it ends, and a run of 100,000 tries lasts hours, so without this a stopped run
 * says nothing of how far it got. Does nothing without the property.
 */
public final class TryProgress implements AroundTryHook {
    private static final int EVERY = 1000;
    private static final AtomicLong TRIES = new AtomicLong();

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters) {
        TryExecutionResult result = aTry.execute(parameters);
        String file = System.getProperty("handoff.progress");
        long done = TRIES.incrementAndGet();
        if (file != null && done % EVERY == 0) {
            String line = Instant.now() + " " + context.label() + " " + done + " tries, last " + result.status() + "\n";
            try {
                Files.writeString(Path.of(file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }
}
