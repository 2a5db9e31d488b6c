package dev.handoffls.cli;

/** A bad command line, configuration or I/O problem: a message and exit status 2, never a stack trace. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
