package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A request's ticket: it waits for every update enqueued before it, and costs nothing when there is none. */
class SessionExecutorTest {
    private final SessionExecutor executor = new SessionExecutor();

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void anIdleSessionGivesATicketThatIsAlreadyValid() throws Exception {
        executor.submit(() -> {}).get(10, TimeUnit.SECONDS);
        assertThat(executor.caughtUp()).isDone();
    }

    @Test
    void aTicketWaitsForTheUpdatesEnqueuedBeforeIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        StringBuilder applied = new StringBuilder();
        executor.submit(() -> {
            await(release);
            applied.append("first");
        });
        CompletableFuture<Void> ticket = executor.caughtUp();
        assertThat(ticket).isNotDone();
        release.countDown();
        ticket.get(10, TimeUnit.SECONDS);
        assertThat(applied).hasToString("first");
    }

    @Test
    void aFailedUpdateDoesNotLeaveTicketsWaitingForever() throws Exception {
        executor.submit(() -> {
                    throw new IllegalStateException("a bug in an update");
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(executor.caughtUp()).isDone();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
