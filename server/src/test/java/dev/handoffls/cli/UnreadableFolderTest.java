package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.handoffls.Main;
import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.testing.TestWorkspace;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the user may not read is reported, never a silent "0 files" (issue 13, defect 8). Permissions
 * do not stop root, who runs CI: as root the command runs in a JVM of its own as user {@code nobody}
 * ({@code setpriv}, with a copy of the class path that user can read); the test is skipped where neither
 * works.
 */
class UnreadableFolderTest {
    private static final String TICKET = """
            # Rotate the keys

            **ID**: handoff-keys-ann-20260301
            **Assigned to**: ann
            **Status**: open
            **Created**: 2026-03-01
            """;

    @TempDir
    Path tmp;

    private Path ws;

    @BeforeEach
    void workspaceWithAnUnreadableFolder() throws IOException {
        ws = tmp.resolve("ws");
        TestWorkspace.in(ws).file(".handoff.yaml", "").file("notes/handoff-keys-20260301.md", TICKET);
        TestWorkspace.in(ws).file("handoffs/handoff-keys-20260302.md", TICKET.replace("keys-ann", "keys2-ann"));
        Files.setPosixFilePermissions(ws.resolve("handoffs"), PosixFilePermissions.fromString("---------"));
    }

    @AfterEach
    void readableAgain() throws IOException {
        Files.setPosixFilePermissions(ws.resolve("handoffs"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anExplicitPathThatIsAnUnreadableFolderIsExit2() throws Exception {
        Run r = check("handoffs");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("handoff-ls: cannot read handoffs: permission denied\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void theWorkspaceRunNamesTheUnreadableFolderAndCountsIt() throws Exception {
        Run r = check(".");
        assertThat(r.exit()).isZero();
        assertThat(r.err())
                .isEqualTo("handoff-ls: warning: cannot read handoffs (permission denied): the documents in it are not"
                        + " checked\n"
                        + "handoff-ls: warning: 1 path could not be read; findings that depend on them may be missing"
                        + " or wrong\n");
        assertThat(r.out()).contains("in 1 file");
    }

    /** Runs {@code check} where the folder really is unreadable: here when not root, else as nobody. */
    private Run check(String path) throws Exception {
        if (!"0".equals(String.valueOf(Files.getAttribute(tmp, "unix:uid")))) {
            return CheckCommandTest.run(ws, "check", path);
        }
        Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv")
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        assumeTrue(setpriv != null, "running as root without setpriv: cannot drop the permission to read");
        List<String> command = new ArrayList<>(List.of(
                setpriv.toString(),
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                javaBinary(),
                "-cp",
                readableClassPath(),
                Main.class.getName(),
                "check",
                path));
        makeReadableByAll(tmp);
        Process p = new ProcessBuilder(command).directory(ws.toFile()).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("check finished").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(
                !err.contains("setpriv:"),
                "setpriv cannot change the user here: "
                        + err.lines().findFirst().orElse(""));
        return new Run(p.exitValue(), out, err);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The production class path, copied where {@code nobody} can read it (a build under /root is not). */
    private String readableClassPath() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cp"));
        List<String> entries = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        sources.add(Path.of(
                Main.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(e).getFileName().toString();
            if (name.endsWith(".jar") && !name.matches("(?i).*(junit|assertj|opentest|apiguardian|jqwik|surefire).*")) {
                sources.add(Path.of(e));
            }
        }
        int i = 0;
        for (Path source : sources) {
            Path target = dir.resolve(i++ + "-" + source.getFileName());
            copy(source, target);
            entries.add(target.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void copy(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            Files.copy(source, target);
            return;
        }
        try (Stream<Path> all = Files.walk(source)) {
            all.forEach(p -> {
                try {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every folder (but the one under test) and file under {@code top}, and {@code top} itself, readable by all. */
    private void makeReadableByAll(Path top) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path p : all.filter(p -> !p.startsWith(ws.resolve("handoffs"))).toList()) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
