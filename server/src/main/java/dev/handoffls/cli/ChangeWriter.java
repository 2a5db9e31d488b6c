package dev.handoffls.cli;

import dev.handoffls.features.TextEdits;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.text.DecodedText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a {@link WorkspaceChange} to disk for the command line: each file atomically (temporary file
 * + rename), keeping its BOM and line endings (edits already use the file's own), and says what changed.
 */
final class ChangeWriter {
    private final Path root;
    private final PathDisplay display;
    private final PrintStream out;

    ChangeWriter(Path root, PathDisplay display, PrintStream out) {
        this.root = root;
        this.display = display;
        this.out = out;
    }

    /** @return the number of files written */
    int write(WorkspaceChange change) throws IOException {
        int written = 0;
        for (var e : change.edits().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Path file = root.resolve(e.getKey());
            byte[] bytes = Files.readAllBytes(file);
            DecodedText decoded = DecodedText.decode(bytes);
            String updated = TextEdits.apply(decoded.text(), e.getValue());
            if (updated.equals(decoded.text())) {
                continue;
            }
            atomicWrite(file, decoded.hadBom(), updated);
            out.println("updated " + display.show(e.getKey()) + " (" + plural(e.getValue().size(), "edit") + ")");
            written++;
        }
        for (WorkspaceChange.NewFile f : change.creates()) {
            Path file = root.resolve(f.path());
            if (Files.exists(file)) {
                throw new IOException(display.show(f.path()) + " already exists; not overwritten");
            }
            Files.createDirectories(file.getParent());
            atomicWrite(file, false, f.content());
            out.println("created " + display.show(f.path()));
            written++;
        }
        return written;
    }

    private static void atomicWrite(Path file, boolean bom, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            if (bom) {
                byte[] withBom = new byte[body.length + 3];
                withBom[0] = (byte) 0xEF;
                withBom[1] = (byte) 0xBB;
                withBom[2] = (byte) 0xBF;
                System.arraycopy(body, 0, withBom, 3, body.length);
                body = withBom;
            }
            Files.write(tmp, body);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

}
