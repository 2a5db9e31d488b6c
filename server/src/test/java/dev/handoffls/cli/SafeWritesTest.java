package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.features.TextEdit;
import dev.handoffls.features.WorkspaceChange;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.Samples;
import dev.handoffls.text.Range;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sync-pt} and {@code check --fix} never damage a file (issue 13, defects 1–3): a file that
 * changed since it was read, is not UTF-8, is read-only or has another hard link is left byte for
 * byte as it was, named with the reason, exit 2; a written file keeps its mode and owner.
 */
class SafeWritesTest {
    private static final String PIPELINE = ".agent/teams/search-relevance";
    private static final String L2 = PIPELINE + "/phase-2/coordinator/L2-summary.md";
    private static final String PT = PIPELINE + "/permanent-task.md";
    /** An L2 with safe fixes (HL207, HL201) for {@code check --fix}. */
    private static final String FIXABLE = ".agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md";

    @TempDir
    Path ws;

    @BeforeEach
    void copySamples() throws IOException {
        Samples.copyTo(ws);
    }

    private Run run(String... args) {
        return CheckCommandTest.run(ws, args);
    }

    /** {@code sync-pt} with {@code beforeFinalCheck} run just before each file's last comparison. */
    private Run syncPt(Consumer<Path> beforeFinalCheck) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new GateCommands(
                        ws,
                        new CliOutput(
                                new PrintStream(out, true, StandardCharsets.UTF_8),
                                new PrintStream(err, true, StandardCharsets.UTF_8)),
                        beforeFinalCheck)
                .syncPt(new String[] {L2});
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertRefused(Run r, String path, String reason) {
        assertThat(r.exit()).as("status; stderr: %s", r.err()).isEqualTo(2);
        assertThat(r.err()).contains(path + ": " + reason).doesNotContain("Exception");
    }

    private byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(ws.resolve(path));
    }

    // ---- 1. plan and apply against the same bytes ----

    @Test
    void syncPtRefusesAPtThatChangesWhileItIsWritten() throws IOException {
        byte[] l2 = bytes(L2);
        String saved = Files.readString(ws.resolve(PT)) + "\nA line an editor saved meanwhile.\n";
        Run r = syncPt(file -> {
            if (file.endsWith("permanent-task.md")) {
                write(file, saved.getBytes(StandardCharsets.UTF_8));
            }
        });
        assertRefused(r, PT, "changed on disk since it was read");
        assertThat(Files.readString(ws.resolve(PT))).isEqualTo(saved);
        assertThat(bytes(L2)).isEqualTo(l2);
        assertThat(Files.list(ws.resolve(PIPELINE)))
                .noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void aChangePlannedOnAnOlderTextIsRefusedBeforeAnythingIsWritten() throws IOException {
        WorkspaceIndex planned = new WorkspaceLoader(ws, WorkspaceLoader.discoverConfigs(ws)).scan();
        byte[] saved = "# Rewritten by someone else\n".getBytes(StandardCharsets.UTF_8);
        Files.write(ws.resolve(PT), saved);
        ChangeWriter writer = new ChangeWriter(
                ws, planned, new PathDisplay(ws, ws), new PrintStream(OutputStream.nullOutputStream()));
        WorkspaceChange change =
                new WorkspaceChange(Map.of(PT, List.of(new TextEdit(Range.of(0, 0, 0, 0), "x"))), List.of());
        assertThatThrownBy(() -> writer.write(change))
                .isInstanceOf(WriteRefused.class)
                .hasMessageContaining(PT);
        assertThat(bytes(PT)).isEqualTo(saved);
    }

    @Test
    void checkFixLeavesAFileThatChangesWhileItIsWritten() throws IOException {
        String saved = Files.readString(ws.resolve(FIXABLE)) + "\nSaved meanwhile.\n";
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        FixRunner runner = new FixRunner(
                ws,
                WorkspaceLoader.discoverConfigs(ws),
                new PathDisplay(ws, ws),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                dev.handoffls.features.fixes.QuickFixes::forFinding,
                file -> write(file, saved.getBytes(StandardCharsets.UTF_8)));
        FixRunner.Outcome outcome = runner.run(FIXABLE::equals);
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(outcome.applied()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("not fixed: " + FIXABLE + ": changed on disk since it was read");
        assertThat(Files.readString(ws.resolve(FIXABLE))).isEqualTo(saved);
    }

    // ---- 2. a file that is not UTF-8 is never rewritten ----

    @Test
    void checkFixLeavesALatin1FileByteForByteAndKeepsHL003() throws IOException {
        String text = Files.readString(ws.resolve(FIXABLE)).replaceFirst("\n", " (café, naïve)\n");
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        Files.write(ws.resolve(FIXABLE), latin1);
        Run r = run("check", "--fix", FIXABLE);
        assertRefused(r, FIXABLE, "not valid UTF-8: not rewritten");
        assertThat(r.err()).contains("not fixed: ");
        assertThat(r.out()).contains("HL003");
        assertThat(bytes(FIXABLE)).isEqualTo(latin1);
    }

    @Test
    void syncPtRefusesALatin1Pt() throws IOException {
        byte[] latin1 = Files.readString(ws.resolve(PT))
                .replace("—", "-")
                .replaceFirst("\n", " (Zürich)\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(ws.resolve(PT), latin1);
        byte[] l2 = bytes(L2);
        assertRefused(run("sync-pt", L2), PT, "not valid UTF-8: not rewritten");
        assertThat(bytes(PT)).isEqualTo(latin1);
        assertThat(bytes(L2)).isEqualTo(l2);
    }

    @Test
    void checkFixLeavesAUtf16FileByteForByte() throws IOException {
        // UTF-16 is read as text now (issue 13, item 14); writing it back as UTF-8 would still change the file.
        byte[] utf16 = concat(
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                Files.readString(ws.resolve(FIXABLE)).getBytes(StandardCharsets.UTF_16LE));
        Files.write(ws.resolve(FIXABLE), utf16);
        Run r = run("check", "--fix", FIXABLE);
        assertRefused(r, FIXABLE, "not UTF-8 (UTF-16LE): not rewritten");
        assertThat(r.out()).contains("HL201");
        assertThat(bytes(FIXABLE)).isEqualTo(utf16);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---- 3. mode, owner, read-only files and hard links ----

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-rw-r--"})
    void aRewrittenFileKeepsItsMode(String mode) throws IOException {
        assumePosix();
        Files.setPosixFilePermissions(ws.resolve(PT), PosixFilePermissions.fromString(mode));
        assertThat(run("sync-pt", L2).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.resolve(PT))))
                .isEqualTo(mode);
    }

    @Test
    void aReadOnlyFileIsRefusedAndUntouched() throws IOException {
        assumePosix();
        Files.setPosixFilePermissions(ws.resolve(PT), PosixFilePermissions.fromString("r--r--r--"));
        byte[] pt = bytes(PT);
        assertRefused(run("sync-pt", L2), PT, "read-only: not rewritten");
        assertThat(bytes(PT)).isEqualTo(pt);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ws.resolve(PT))))
                .isEqualTo("r--r--r--");
    }

    @Test
    void aFileWithAnotherHardLinkIsRefusedAndBothNamesKeepTheirText() throws IOException {
        Path other = ws.resolve("pt-link.md");
        try {
            Files.createLink(other, ws.resolve(PT));
        } catch (UnsupportedOperationException e) {
            assumeTrue(false, "no hard links on this file system");
        }
        byte[] pt = bytes(PT);
        assertRefused(run("sync-pt", L2), PT, "has 2 hard links: not rewritten");
        assertThat(bytes(PT)).isEqualTo(pt);
        assertThat(Files.isSameFile(other, ws.resolve(PT))).isTrue();
    }

    @Test
    void theOwnerAndGroupAreKeptWhereThePlatformAllows() throws IOException {
        assumePosix();
        PosixFileAttributeView pt = Files.getFileAttributeView(ws.resolve(PT), PosixFileAttributeView.class);
        UserPrincipal nobody;
        GroupPrincipal nogroup;
        try {
            var lookup = ws.getFileSystem().getUserPrincipalLookupService();
            nobody = lookup.lookupPrincipalByName("nobody");
            nogroup = lookup.lookupPrincipalByGroupName("nogroup");
            pt.setOwner(nobody);
            pt.setGroup(nogroup);
        } catch (IOException e) {
            assumeTrue(false, "cannot give a file away here (not root, or no nobody:nogroup): " + e.getMessage());
            return;
        }
        assertThat(run("sync-pt", L2).exit()).isZero();
        assertThat(pt.readAttributes().owner()).isEqualTo(nobody);
        assertThat(pt.readAttributes().group()).isEqualTo(nogroup);
    }

    @Test
    void aCreatedFileGetsTheUsualModeNotAPrivateOne() throws IOException {
        assumePosix();
        run("sync-pt", L2);
        assertThat(run("directive", L2).exit()).isZero();
        Path usual = Files.createFile(ws.resolve("usual.md"));
        assertThat(Files.getPosixFilePermissions(ws.resolve(PIPELINE + "/phase-3/directive.md")))
                .isEqualTo(Files.getPosixFilePermissions(usual));
    }

    private void assumePosix() {
        assumeTrue(ws.getFileSystem().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
