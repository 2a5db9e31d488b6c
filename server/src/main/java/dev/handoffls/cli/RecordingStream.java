package dev.handoffls.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes a run's stderr through and keeps the lines printed with {@code println(String)}, so that a
 * cached run prints them again; output written any other way is passed through but marks the run as
 * one that cannot be replayed exactly.
 */
final class RecordingStream extends PrintStream {
    private final PrintStream target;
    private final List<String> lines = new ArrayList<>();
    private boolean unrecorded;

    RecordingStream(PrintStream target) {
        super(target, true);
        this.target = target;
    }

    @Override
    public synchronized void println(String line) {
        lines.add(line);
        target.println(line);
    }

    @Override
    public synchronized void write(int b) {
        unrecorded = true;
        super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        unrecorded = true;
        super.write(b, off, len);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized boolean unrecorded() {
        return unrecorded;
    }
}
