package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.handoffls.index.WorkspaceLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The editor hears about folders its scan could not read (issue 13, defect 8): one warning per scan, which
 * the log forwarder sends as {@code window/logMessage}; a scan that read everything says nothing.
 */
class UnreadableFolderLogTest {
    @Test
    void oneWarningPerScanNamesWhatCouldNotBeRead() {
        List<LogRecord> records = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger log = Logger.getLogger(FolderScan.class.getName());
        log.addHandler(recorder);
        try {
            FolderScan.logUnreadable(Path.of("/ws"), walk(ImmutableSortedMap.of()));
            assertThat(records).isEmpty();
            FolderScan.logUnreadable(
                    Path.of("/ws"),
                    walk(ImmutableSortedMap.of("handoffs", "permission denied", "old/notes", "permission denied")));
        } finally {
            log.removeHandler(recorder);
        }
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage())
                    .isEqualTo("cannot read 2 paths in /ws, whose documents are not checked: handoffs (permission"
                            + " denied), old/notes (permission denied)");
        });
    }

    private static WorkspaceLoader.Walk walk(ImmutableSortedMap<String, String> unreadable) {
        return new WorkspaceLoader.Walk(
                ImmutableSortedSet.of(),
                ImmutableSortedSet.of(),
                unreadable,
                ImmutableSortedMap.of(),
                ImmutableSortedMap.of());
    }
}
