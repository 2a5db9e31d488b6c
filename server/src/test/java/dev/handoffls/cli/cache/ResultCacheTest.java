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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** A file appears, a document is edited, the baseline is written: each while the run reads. */
    @ParameterizedTest
    @CsvSource({
        "new.py, ''",
        "notes.md, '# Notes, edited while the run read them\n'",
        ".handoff-baseline.json, '{\"version\": 1, \"findings\": []}\n'"
    })
    void aRunDuringWhichAFileChangedIsNotStored(String path, String content) throws Exception {
        settled();
        ResultCache cache = open();
        assertThat(cache.lookup()).isNull();
        Files.writeString(tmp.resolve(path), content);
        cache.store(EMPTY);
        assertThat(notes()).contains("cache: not stored (files changed during the run)");
        assertThat(open().lookup()).isNull();
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
