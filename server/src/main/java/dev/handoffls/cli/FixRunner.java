package dev.handoffls.cli;

import dev.handoffls.config.ConfigSet;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.TextEdits;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.features.fixes.QuickFix;
import dev.handoffls.features.fixes.QuickFixes;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * {@code check --fix}: applies only the fixes marked safe, the same engine fixes the editor offers.
 * Fixes come from one snapshot, so each pass applies at most one fix per file, then re-reads the
 * workspace — until nothing safe is left (two fixes never hand out the same new ID).
 *
 * <p>A file is left alone from then on, and named with the reason, when a fix would give it back a
 * text it already had (the fixes go round in a cycle and would never converge) or when it must not
 * be rewritten ({@link WriteRefused}).
 */
final class FixRunner {
    private static final int MAX_PASSES = 50;

    /** The fixes for a finding; {@link QuickFixes#forFinding} but for tests. */
    interface FixSource {
        List<QuickFix> fixes(WorkspaceIndex index, HandoffDocument doc, Finding finding);
    }

    /** What a run did: fixes applied, and files left alone because they could not be written. */
    record Outcome(int applied, int refused) {}

    private record PlannedFix(String path, List<TextEdit> edits, String title) {}

    private final Path root;
    private final ConfigSet config;
    private final PathDisplay display;
    private final PrintStream out;
    private final FixSource source;
    private final Consumer<Path> beforeFinalCheck;
    private final Set<String> leftAlone = new HashSet<>();
    /** Per file, digests of the texts it has had during this run. */
    private final Map<String, Set<String>> seen = new HashMap<>();

    FixRunner(Path root, ConfigSet config, PathDisplay display, PrintStream out) {
        this(root, config, display, out, QuickFixes::forFinding, file -> {});
    }

    FixRunner(
            Path root,
            ConfigSet config,
            PathDisplay display,
            PrintStream out,
            FixSource source,
            Consumer<Path> beforeFinalCheck) {
        this.root = root;
        this.config = config;
        this.display = display;
        this.out = out;
        this.source = source;
        this.beforeFinalCheck = beforeFinalCheck;
    }

    Outcome run(Predicate<String> include) throws IOException {
        int applied = 0;
        int refused = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            WorkspaceIndex index = new WorkspaceLoader(root, config).scan();
            Map<String, PlannedFix> planned = plan(index, include);
            if (planned.isEmpty()) {
                return new Outcome(applied, refused);
            }
            ChangeWriter writer = new ChangeWriter(
                    root, index, display, new PrintStream(OutputStream.nullOutputStream()), beforeFinalCheck);
            for (PlannedFix fix : planned.values()) {
                if (!converges(index.document(fix.path()).orElseThrow(), fix)) {
                    leftAlone.add(fix.path());
                    out.println("stopped fixing " + display.text(fix.path()) + ": " + fix.title()
                            + " does not converge (it would bring back an earlier text of the file)");
                    continue;
                }
                try {
                    writer.write(new WorkspaceChange(Map.of(fix.path(), fix.edits()), List.of()));
                    out.println("fixed " + display.text(fix.path()) + ": " + fix.title());
                    applied++;
                } catch (WriteRefused e) {
                    leftAlone.add(fix.path());
                    out.println("not fixed: " + e.getMessage());
                    refused++;
                }
            }
        }
        out.println("stopped after " + MAX_PASSES + " passes: safe fixes are still being offered");
        return new Outcome(applied, refused);
    }

    /** The first safe fix, local to its file, of the first finding of each file not left alone. */
    private Map<String, PlannedFix> plan(WorkspaceIndex index, Predicate<String> include) {
        Map<String, PlannedFix> planned = new LinkedHashMap<>();
        for (Finding f : Checker.standard().check(index, include.and(p -> !leftAlone.contains(p)))) {
            if (planned.containsKey(f.path()) || index.document(f.path()).isEmpty()) {
                continue;
            }
            for (QuickFix fix : source.fixes(index, index.document(f.path()).get(), f)) {
                boolean local = fix.edits().keySet().stream().allMatch(p -> p.equals(f.path()));
                if (fix.safe() && local) {
                    planned.put(
                            f.path(),
                            new PlannedFix(
                                    f.path(),
                                    fix.edits().get(f.path()),
                                    f.code() + " " + fix.title() + " (line "
                                            + (f.range().startLine() + 1) + ")"));
                    break;
                }
            }
        }
        return planned;
    }

    /** False when the fix would give the file a text it already had in this run: a cycle. */
    private boolean converges(HandoffDocument doc, PlannedFix fix) {
        Set<String> texts = seen.computeIfAbsent(fix.path(), p -> new HashSet<>());
        texts.add(digest(doc.text().text()));
        return texts.add(digest(TextEdits.apply(doc.text().text(), fix.edits())));
    }

    /** A digest stands for a text, so that remembering every text of a long run costs little memory. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
