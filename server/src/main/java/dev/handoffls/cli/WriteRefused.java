package dev.handoffls.cli;

import java.io.IOException;

/** A file the command line must not rewrite; nothing was written to it. The message names the file and why. */
final class WriteRefused extends IOException {
    private final String path;

    WriteRefused(String path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    /** The workspace-relative path of the file left alone. */
    String path() {
        return path;
    }
}
