package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's ownership rules, without the protocol: who may write, and which scan may land. */
class WorkspaceSessionTest {
    @TempDir
    Path tmp;

    private final SessionExecutor owner = new SessionExecutor();

    @AfterEach
    void stop() {
        owner.shutdown();
    }

    @Test
    void aScanReadBeforeAConfigurationChangeNeverReplacesTheNewerOne() throws Exception {
        TestWorkspace.in(tmp).file(ProtocolBehaviourTest.L2, ProtocolBehaviourTest.TEXT);
        WorkspaceSession session = new WorkspaceSession(tmp, owner);
        FolderScan stale = FolderScan.bootstrap(tmp, session.generation()).parseAll(done -> {}, total -> {});
        AtomicBoolean staleApplied = new AtomicBoolean(true);
        long[] generation = new long[1];
        owner.submit(() -> {
                    generation[0] = session.beginRescan(); // .handoff.yaml changed while the stale scan was read
                    staleApplied.set(session.apply(stale));
                })
                .get(30, TimeUnit.SECONDS);
        assertThat(staleApplied).isFalse();
        assertThat(session.snapshot().walked()).isFalse();

        FolderScan fresh = FolderScan.rescan(tmp, generation[0]);
        AtomicBoolean freshApplied = new AtomicBoolean();
        owner.submit(() -> freshApplied.set(session.apply(fresh))).get(30, TimeUnit.SECONDS);
        assertThat(freshApplied).isTrue();
        assertThat(session.snapshot().ready()).isTrue();
        assertThat(session.index().document(ProtocolBehaviourTest.L2)).isPresent();
    }

    @Test
    void stateOwnedByTheSessionExecutorIsNotWrittenFromAnotherThread() {
        WorkspaceSession session = new WorkspaceSession(tmp, owner);
        assertThatThrownBy(() -> session.fileChanged("notes.md"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(SessionExecutor.THREAD_NAME);
        assertThatThrownBy(session::beginRescan).isInstanceOf(IllegalStateException.class);
    }
}
