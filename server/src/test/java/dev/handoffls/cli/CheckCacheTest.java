package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.testing.FileClock;
import dev.handoffls.testing.TestWorkspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The result cache of {@code check} (docs/cli.md, "Cache"): a repeat run prints what an uncached run
 * prints, whatever changed in between. Hits are observed through {@code --verbose}, never timed.
 */
class CheckCacheTest {
    private static final String NOTES = "_agents/_handoffs/notes.md";
    /** HL304 (worker.py does not exist) and HL306 (no document is called nowhere). */
    private static final String DEPLOY = """
            # Notes
            - [ ] Deploy worker.py
            - see [[nowhere]]
            """;
    /** The same size as DEPLOY; HL304 on helper.py instead. */
    private static final String HELPER = """
            # Notes
            - [ ] Deploy helper.py
            - see [[nowhere]]
            """;

    @TempDir
    Path tmp;

    private TestWorkspace workspace() {
        return TestWorkspace.in(tmp).dir(".git").file(NOTES, DEPLOY).file("docs/readme.md", "# Docs\n");
    }

    /** A run as the user makes it, with {@code --verbose} to see what the cache did. */
    private Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--verbose"));
        all.addAll(List.of(args));
        return run(tmp, all.toArray(String[]::new));
    }

    private Run uncached(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--no-cache"));
        all.addAll(List.of(args));
        return run(tmp, all.toArray(String[]::new));
    }

    private static void assertSameOutput(Run cached, Run uncached) {
        assertThat(cached.out()).isEqualTo(uncached.out());
        assertThat(cached.exit()).isEqualTo(uncached.exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void aRepeatRunIsAHitThatPrintsByteForByteWhatAnUncachedRunPrints(String format) throws Exception {
        workspace();
        FileClock.passTick(tmp);
        Run first = check("--format", format);
        assertThat(first.err()).contains("cache: miss").contains("cache: stored");

        Run second = check("--format", format);
        assertThat(second.err()).contains("cache: hit (0 of 2 files read)");
        assertSameOutput(second, uncached("--format", format));
        assertSameOutput(second, first);
        assertThat(second.out()).contains("HL304");
    }

    @Test
    void aRunInAnotherFormatOrFromAnotherFolderReplaysTheSameFindings() throws Exception {
        workspace();
        FileClock.passTick(tmp);
        check();
        Run json = check("--format", "json");
        assertThat(json.err()).contains("cache: hit");
        assertSameOutput(json, uncached("--format", "json"));

        Path inside = tmp.resolve("_agents");
        Run fromInside = run(inside, "check", "..", "--verbose");
        assertThat(fromInside.err()).contains("cache: hit");
        assertThat(fromInside.out())
                .isEqualTo(run(inside, "check", "..", "--no-cache").out());
    }

    @Test
    void aFileChangedWithTheSameSizeAndModificationTimeIsReadAgain() throws Exception {
        workspace();
        Path notes = tmp.resolve(NOTES);
        FileTime before = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        Files.setLastModifiedTime(notes, before);
        FileClock.passTick(tmp);
        Run first = check();
        assertThat(first.err()).contains("cache: stored");

        assertThat(HELPER).hasSameSizeAs(DEPLOY);
        Files.writeString(notes, HELPER, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(notes, before);
        FileClock.passTick(tmp);
        Run second = check();

        assertThat(second.err()).contains("cache: miss (1 of 2 files read)");
        assertSameOutput(second, uncached());
        assertThat(second.out()).contains("helper.py").doesNotContain("worker.py");
    }

    @Test
    void aFileCreatedElsewhereChangesTheFindingsOfADocumentThatNamesIt() throws Exception {
        workspace();
        FileClock.passTick(tmp);
        assertThat(check().out()).contains("HL304");

        Files.writeString(tmp.resolve("worker.py"), "print('hi')\n");
        Run afterCreate = check();
        assertThat(afterCreate.err()).contains("cache: miss");
        assertSameOutput(afterCreate, uncached());
        assertThat(afterCreate.out()).doesNotContain("HL304");

        Files.delete(tmp.resolve("worker.py"));
        Run afterDelete = check();
        assertThat(afterDelete.err()).contains("cache: miss");
        assertThat(afterDelete.out()).contains("HL304");
    }

    @Test
    void aChangedConfigurationOrBaselineIsANewRun() throws Exception {
        workspace();
        FileClock.passTick(tmp);
        check();

        Files.writeString(tmp.resolve(".handoff.yaml"), "severity:\n  HL306: off\n");
        Run configured = check();
        assertThat(configured.err()).contains("cache: miss");
        assertSameOutput(configured, uncached());
        assertThat(configured.out()).doesNotContain("HL306");

        assertThat(run(tmp, "check", "--write-baseline").exit()).isZero();
        Run baselined = check();
        assertThat(baselined.err()).contains("cache: miss");
        assertSameOutput(baselined, uncached());
        assertThat(baselined.out()).contains("(1 baselined)");
        assertSameOutput(check("--no-baseline"), uncached("--no-baseline"));
    }

    @Test
    void aWarningOfTheRunIsPrintedAgainByTheReplay() throws Exception {
        workspace().file(".handoff-baseline.json", "{ not json");
        FileClock.passTick(tmp);
        Run first = check();
        assertThat(first.err()).contains("warning: ignoring the baseline");

        Run second = check();
        assertThat(second.err()).contains("cache: hit");
        assertThat(warnings(second)).isEqualTo(warnings(first));
    }

    private static List<String> warnings(Run r) {
        return r.err().lines().filter(l -> l.contains("warning:")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"truncated", "flipped", "foreign"})
    void aDamagedCacheFileIsIgnoredWithOneWarningAndRebuilt(String damage) throws Exception {
        workspace();
        FileClock.passTick(tmp);
        check();
        for (Path file : cacheFiles()) {
            byte[] bytes = Files.readAllBytes(file);
            switch (damage) {
                case "truncated" -> bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
                case "flipped" -> bytes[bytes.length - 10] ^= 0x40;
                default -> bytes[19] = 99; // the format number, after the 16-byte magic
            }
            Files.write(file, bytes);
        }

        Run damaged = check();
        assertThat(damaged.err().lines().filter(l -> l.contains("warning: ignoring the cache file")))
                .hasSize(2)
                .allMatch(l -> l.contains(
                        damage.equals("foreign") ? "format 99" : damage.equals("truncated") ? "truncated" : "damaged"));
        assertThat(damaged.err()).contains("cache: miss");
        assertSameOutput(damaged, uncached());

        Run rebuilt = check();
        assertThat(rebuilt.err()).contains("cache: hit").doesNotContain("warning");
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(tmp.resolve(".handoff-cache"))) {
            List<Path> bins = files.filter(p -> p.toString().endsWith(".bin")).toList();
            assertThat(bins).hasSize(2); // the stamps and one run
            return bins;
        }
    }

    @Test
    void eightCommandLinesAreKeptAndOlderOnesPruned() throws Exception {
        TestWorkspace ws = workspace();
        for (int i = 0; i < 10; i++) {
            ws.file("d" + i + "/notes.md", "# Notes " + i + "\n");
        }
        FileClock.passTick(tmp);
        for (int i = 0; i < 10; i++) {
            assertThat(check("d" + i).err()).contains("cache: stored");
        }
        try (Stream<Path> files = Files.list(tmp.resolve(".handoff-cache"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("run-")))
                    .hasSize(8);
        }
        assertThat(check("d9").err()).contains("cache: hit");
    }

    @Test
    void noCacheNeitherReadsNorWrites() throws Exception {
        workspace();
        FileClock.passTick(tmp);
        Run r = check("--no-cache");
        assertThat(r.err()).contains("cache: off");
        assertThat(tmp.resolve(".handoff-cache")).doesNotExist();

        check();
        Files.writeString(tmp.resolve(".handoff-cache/files.bin"), "garbage");
        assertThat(check("--no-cache").err()).doesNotContain("warning");
    }

    @Test
    void writeModesBypassTheCache() throws Exception {
        workspace();
        FileClock.passTick(tmp);
        check();
        assertThat(check("--fix").err()).contains("cache: off");
        assertThat(check("--write-baseline").err()).contains("cache: off");
        assertSameOutput(check(), uncached());
    }

    @Test
    void concurrentRunsLeaveAUsableCache() throws Exception {
        workspace();
        FileClock.passTick(tmp);
        String expected = uncached().out();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Run>> runs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                runs.add(pool.submit(() -> run(tmp, "check")));
            }
            for (Future<Run> f : runs) {
                Run r = f.get(2, TimeUnit.MINUTES);
                assertThat(r.out()).isEqualTo(expected);
                assertThat(r.err()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        Run after = check();
        assertThat(after.err()).contains("cache: hit").doesNotContain("warning");
        assertThat(after.out()).isEqualTo(expected);
        try (Stream<Path> left = Files.list(tmp.resolve(".handoff-cache"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aFileWrittenInTheClockTickOfTheRunIsNotTrustedAndTheRunIsNotStored() throws Exception {
        workspace();
        // A time the run's clock cannot have passed yet: as if written in the tick the run starts in.
        Files.setLastModifiedTime(tmp.resolve(NOTES), FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));
        FileClock.passTick(tmp.resolve("docs"));
        Run first = check();
        assertThat(first.err()).contains("cache: not stored (a file was written too recently");
        Run second = check();
        assertThat(second.err()).contains("cache: miss (1 of 2 files read)");
        assertSameOutput(second, uncached());
    }

    @Test
    void theCacheFolderIgnoresItselfForGit() throws Exception {
        workspace();
        FileClock.passTick(tmp);
        check();
        assertThat(tmp.resolve(".handoff-cache/.gitignore")).content().contains("*");
        assertThat(check().err()).contains("cache: hit");
    }
}
