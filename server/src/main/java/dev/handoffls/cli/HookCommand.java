package dev.handoffls.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.handoffls.codes.Severity;
import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import dev.handoffls.text.DecodedText;
import dev.handoffls.util.RegularFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code handoff-ls hook}: an agent's post-edit hook (Claude Code {@code PostToolUse} on
 * {@code Write|Edit|MultiEdit}). Reads the hook's JSON on stdin, takes {@code tool_input.file_path}
 * (relative paths against the payload's {@code cwd}), and when the engine classifies that file as a
 * handoff document checks the workspace with that file reported. Errors, and warnings of the ID
 * (HL2xx), reference (HL3xx) and trail (HL6xx) families, go to stderr one per line and the exit
 * status is 2, which Claude Code feeds back to the agent. Anything else — not markdown, not a
 * handoff document, nothing to report, an unreadable payload or workspace — is exit 0: a hook must
 * never fail the agent's edit for a reason of its own.
 */
public final class HookCommand {
    public static final String USAGE = """
            Usage: handoff-ls hook [--verbose]    (PostToolUse hook JSON on stdin; for agents such as Claude Code)
              Checks the file named by tool_input.file_path when it is a handoff document. Exit status:
              2 with one finding per line on stderr (errors; warnings of HL2xx, HL3xx, HL6xx), else 0 (also
              after an internal error, noted on stderr; --verbose adds its stack trace).""";
    /** A Write payload carries the whole file; a few MB is already far more than any handoff. */
    private static final int MAX_PAYLOAD = 64 * 1024 * 1024;

    private final Path cwd;
    private final CliOutput io;

    public HookCommand(Path cwd, CliOutput io) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.io = io;
    }

    public int run(String[] args, InputStream stdin) {
        if (args.length > 0) {
            boolean help = args[0].equals("--help") || args[0].equals("-h");
            (help ? io.out() : io.err()).println(USAGE);
            return help ? 0 : 2;
        }
        try {
            Edited edited = editedFile(stdin);
            return edited == null ? 0 : check(edited.file(), edited.base());
        } catch (IOException | UncheckedIOException e) {
            io.err().println("handoff-ls hook: skipped (" + e.getMessage() + ")");
            return 0;
        }
    }

    /** The edited file, and the folder the agent works in (the payload's {@code cwd}). */
    private record Edited(Path file, Path base) {}

    /** The edited markdown file named by the payload, or null when there is nothing to check. */
    private Edited editedFile(InputStream stdin) throws IOException {
        byte[] bytes = stdin.readNBytes(MAX_PAYLOAD);
        JsonObject payload;
        try {
            JsonElement parsed = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) {
                return null;
            }
            payload = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            io.err().println("handoff-ls hook: skipped (the hook input is not JSON)");
            return null;
        }
        String filePath = string(payload.get("tool_input"), "file_path");
        if (filePath == null || filePath.isBlank()) {
            return null;
        }
        String lower = filePath.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
            return null;
        }
        try {
            String base = string(payload, "cwd");
            Path dir = base == null || base.isBlank() ? cwd : cwd.resolve(base);
            Path file = dir.resolve(filePath).normalize();
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? new Edited(file.toRealPath(), dir) : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String string(JsonElement object, String key) {
        if (object == null || !object.isJsonObject()) {
            return null;
        }
        JsonElement v = object.getAsJsonObject().get(key);
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }

    private int check(Path file, Path base) throws IOException {
        // Without a .handoff.yaml or .git above the file, the agent's folder is the workspace (as cwd for check).
        Path agentDir = Files.isDirectory(base) ? base.toRealPath() : cwd;
        Path root = WorkspaceRoot.find(file, agentDir);
        ConfigSet configs = WorkspaceLoader.discoverConfigs(root);
        for (LoadedConfig c : configs.all()) {
            if (!c.problems().isEmpty()) {
                io.err()
                        .println("handoff-ls hook: skipped (invalid configuration " + c.path()
                                + "; run handoff-ls check to see why)");
                return 0;
            }
        }
        WorkspaceLoader loader = new WorkspaceLoader(root, configs);
        String rel = loader.relative(file);
        if (!loader.isDocumentCandidate(rel) || kind(loader, file, rel) == DocumentKind.OTHER) {
            return 0;
        }
        WorkspaceIndex index = loader.scan();
        List<Finding> all = Checker.standard().check(index, Checker.under(List.of(rel)));
        CheckOptions defaults = new CheckOptions(
                List.of(), "text", null, Severity.ERROR, false, false, null, false, false, false, false);
        BaselineStep baseline = new BaselineStep(defaults, agentDir, root, io.err());
        List<Finding> shown = baseline.read().filter(all, index).findings().stream()
                .filter(HookCommand::blocks)
                .sorted(Finding.ORDER)
                .toList();
        if (shown.isEmpty()) {
            return 0;
        }
        PathDisplay display = new PathDisplay(root, agentDir);
        String path = display.text(rel);
        io.err()
                .println("handoff-ls: " + shown.size() + " problem" + (shown.size() == 1 ? "" : "s") + " in " + path
                        + " (" + index.documents().get(rel).kind().id()
                        + "); fix each as its message says, then save again:");
        for (Finding f : shown) {
            io.err()
                    .println(display.text(f.path()) + ":" + (f.range().startLine() + 1) + " " + f.code() + " "
                            + f.severity().label() + ": " + PathDisplay.escape(f.message()));
        }
        io.err()
                .println("(rules: docs/rules.md of handoff-ls; all findings: handoff-ls check --format json " + path
                        + ")");
        return 2;
    }

    /** The engine's own classification of the file as it is on disk now, read without a workspace scan. */
    private static DocumentKind kind(WorkspaceLoader loader, Path file, String rel) throws IOException {
        RegularFiles.Content content =
                RegularFiles.read(file, loader.configs().forPath(rel).config().maxFileSize());
        if (!(content instanceof RegularFiles.Bytes bytes)) {
            return DocumentKind.OTHER;
        }
        DecodedText decoded = DecodedText.decode(bytes.bytes());
        return decoded.binary()
                ? DocumentKind.OTHER
                : loader.parse(rel, decoded.text()).kind();
    }

    /** What the agent must act on now: errors, and warnings of the ID, reference and trail families. */
    static boolean blocks(Finding f) {
        if (f.severity() == Severity.ERROR) {
            return true;
        }
        if (f.severity() != Severity.WARNING) {
            return false;
        }
        char family = f.code().name().charAt(2);
        return family == '2' || family == '3' || family == '6';
    }
}
