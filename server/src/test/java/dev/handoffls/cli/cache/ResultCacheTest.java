package dev.handoffls.cli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.FileClock;
import dev.handoffls.testing.TestWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the cache keeps when the workspace moves between the lookup and the end of the run. */
class ResultCacheTest {
    private static final CachedRun EMPTY = new CachedRun(List.of(), 1, 0, List.of());

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ResultCache open() {
        return ResultCache.open(
                new ResultCache.Inputs(tmp, List.of(""), null, tmp.resolve(".handoff-baseline.json")),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                true);
    }

    private String notes() {
        String s = err.toString(StandardCharsets.UTF_8);
        err.reset();
        return s;
    }

    private void settled() throws Exception {
        TestWorkspace.in(tmp).file("notes.md", "# Notes\n");
        FileClock.passTick(tmp); // else the files are racy and nothing is stored
    }

    @Test
    void aRunDuringWhichAFileAppearedIsNotStored() throws Exception {
        settled();
        ResultCache cache = open();
        assertThat(cache.lookup()).isNull();
        Files.writeString(tmp.resolve("new.py"), "");
        cache.store(EMPTY);
        assertThat(notes()).contains("cache: not stored (files changed during the run)");
        assertThat(open().lookup()).isNull();
    }

    @Test
    void aRunDuringWhichADocumentChangedIsNotStored() throws Exception {
        settled();
        ResultCache cache = open();
        assertThat(cache.lookup()).isNull();
        Files.writeString(tmp.resolve("notes.md"), "# Notes, edited while the run read them\n");
        cache.store(EMPTY);
        assertThat(notes()).contains("cache: not stored (files changed during the run)");
    }

    @Test
    void aRunDuringWhichTheBaselineChangedIsNotStored() throws Exception {
        settled();
        ResultCache cache = open();
        assertThat(cache.lookup()).isNull();
        Files.writeString(tmp.resolve(".handoff-baseline.json"), "{\"version\": 1, \"findings\": []}\n");
        cache.store(EMPTY);
        assertThat(notes()).contains("cache: not stored (files changed during the run)");
    }

    @Test
    void aQuietRunIsStoredAndReplayed() throws Exception {
        settled();
        ResultCache cache = open();
        assertThat(cache.lookup()).isNull();
        cache.store(new CachedRun(List.of(), 1, 0, List.of("handoff-ls: warning: a line of the run")));
        assertThat(notes()).contains("cache: stored");

        CachedRun replayed = open().lookup();
        assertThat(replayed).isNotNull();
        assertThat(replayed.files()).isEqualTo(1);
        assertThat(notes()).contains("cache: hit").contains("handoff-ls: warning: a line of the run");
    }
}
