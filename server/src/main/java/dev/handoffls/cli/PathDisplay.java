package dev.handoffls.cli;

import java.nio.file.Path;

/** Shows workspace-relative paths relative to the current directory, with '/' separators. */
record PathDisplay(Path root, Path cwd) {

    String show(String workspacePath) {
        Path abs = root.resolve(workspacePath).normalize();
        return cwd.relativize(abs).toString().replace('\\', '/');
    }
}
