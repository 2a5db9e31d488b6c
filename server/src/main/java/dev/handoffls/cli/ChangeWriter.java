package dev.handoffls.cli;

import dev.handoffls.features.TextEdit;
import dev.handoffls.features.TextEdits;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.text.DecodedText;
import dev.handoffls.util.RegularFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes a {@link WorkspaceChange} to disk for the command line. The edits were planned on the text
 * of a snapshot, so they are applied to that same text, and only where the file still holds it: each
 * file is read again and compared before anything is written, and once more just before its atomic
 * replace ({@link AtomicReplace}). A file that changed, or that {@link SafeToRewrite} protects, is a
 * {@link WriteRefused}. BOM and line endings are kept (edits already use the file's own).
 */
final class ChangeWriter {
    private static final String CHANGED =
            "changed on disk since it was read: nothing written to it (run the command again)";

    private final Path root;
    private final WorkspaceIndex planned;
    private final PathDisplay display;
    private final PrintStream out;
    private final AtomicReplace replace;

    /** @param planned the snapshot the change was planned on */
    ChangeWriter(Path root, WorkspaceIndex planned, PathDisplay display, PrintStream out) {
        this(root, planned, display, out, file -> {});
    }

    /** @param beforeFinalCheck runs just before each file's last comparison (a test seam) */
    ChangeWriter(
            Path root, WorkspaceIndex planned, PathDisplay display, PrintStream out, Consumer<Path> beforeFinalCheck) {
        this.root = root;
        this.planned = planned;
        this.display = display;
        this.out = out;
        this.replace = new AtomicReplace(beforeFinalCheck);
    }

    /**
     * Every file is checked before the first is written, so a refusal found then writes nothing; a
     * file that changes during the writing itself is refused, the files before it stay written.
     *
     * @return the number of files written
     */
    int write(WorkspaceChange change) throws IOException {
        List<Rewrite> rewrites = new ArrayList<>();
        for (Map.Entry<String, List<TextEdit>> e : change.edits().entrySet()) {
            if (!e.getValue().isEmpty()) {
                Rewrite r = prepare(e.getKey(), e.getValue());
                if (r != null) {
                    rewrites.add(r);
                }
            }
        }
        for (WorkspaceChange.NewFile f : change.creates()) {
            if (Files.exists(root.resolve(f.path()))) {
                throw new WriteRefused(display.text(f.path()), "already exists; not overwritten");
            }
        }
        for (Rewrite r : rewrites) {
            replaceOrRefuse(r.path(), r.original(), r.content());
            out.println("updated " + display.text(r.path()) + " (" + plural(r.edits(), "edit") + ")");
        }
        for (WorkspaceChange.NewFile f : change.creates()) {
            create(f);
        }
        return rewrites.size() + change.creates().size();
    }

    /** A file's new bytes, or null when the edits change nothing. */
    private Rewrite prepare(String path, List<TextEdit> edits) throws IOException {
        String shown = display.text(path);
        HandoffDocument doc = planned.document(path)
                .orElseThrow(() -> new WriteRefused(shown, "not a document of the workspace: not rewritten"));
        Path file = root.resolve(path);
        var refusal = SafeToRewrite.whyNot(file, doc);
        if (refusal.isPresent()) {
            throw new WriteRefused(shown, refusal.get());
        }
        String text = doc.text().text();
        RegularFiles.Content now =
                RegularFiles.read(file, planned.configs().forPath(path).config().maxFileSize());
        if (!(now instanceof RegularFiles.Bytes bytes)) {
            throw new WriteRefused(shown, CHANGED);
        }
        DecodedText onDisk = DecodedText.decode(bytes.bytes());
        if (!onDisk.utf8()) {
            throw new WriteRefused(shown, SafeToRewrite.notUtf8(onDisk));
        }
        if (!onDisk.text().equals(text)) {
            throw new WriteRefused(shown, CHANGED);
        }
        String updated = TextEdits.apply(text, edits);
        return updated.equals(text)
                ? null
                : new Rewrite(path, bytes.bytes(), encode(updated, onDisk.hadBom()), edits.size());
    }

    private record Rewrite(String path, byte[] original, byte[] content, int edits) {}

    /**
     * Reserves the name with an empty file first (never replacing one that appeared meanwhile, and
     * with the mode the user's umask gives), then fills it atomically.
     */
    private void create(WorkspaceChange.NewFile f) throws IOException {
        Path file = root.resolve(f.path());
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new WriteRefused(display.text(f.path()), "already exists; not overwritten");
        }
        replaceOrRefuse(f.path(), new byte[0], encode(f.content(), false));
        out.println("created " + display.text(f.path()));
    }

    private void replaceOrRefuse(String path, byte[] expected, byte[] content) throws IOException {
        boolean replaced;
        try {
            replaced = replace.replace(root.resolve(path), expected, content);
        } catch (AccessDeniedException e) {
            throw new WriteRefused(display.text(path), "no permission to write in its folder: nothing written to it");
        }
        if (!replaced) {
            throw new WriteRefused(display.text(path), CHANGED);
        }
    }

    private static byte[] encode(String text, boolean bom) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
