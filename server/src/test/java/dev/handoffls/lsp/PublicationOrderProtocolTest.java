package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A keystroke that changes what other documents depend on (here: the risk they cite gets defined) re-checks
 * them too; the document being typed in is published first, not after the re-checks (issue 12, keystroke).
 */
class PublicationOrderProtocolTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    private LspConnection lsp;

    @AfterEach
    void close() throws Exception {
        if (lsp != null) {
            lsp.close();
        }
    }

    @Test
    void theEditedDocumentIsPublishedBeforeItsDependents() throws Exception {
        withNotes(12);
        String uri = startWithL2Open();
        int before = lsp.client.diagnostics.size();

        String riskLine = "- [R-2] Two.\n";
        lsp.change(uri, 2, new Range(new Position(9, 0), new Position(10, 0)), riskLine + "- [R-7] Seven.\n");
        lsp.settle();

        List<PublishDiagnosticsParams> after = lsp.client.diagnostics.subList(before, lsp.client.diagnostics.size());
        assertThat(after).extracting(PublishDiagnosticsParams::getUri).contains(uri);
        assertThat(after.get(0).getUri()).isEqualTo(uri);
        assertThat(after.get(0).getVersion()).isEqualTo(2);
        // The notes were re-checked: their undefined R-7 is gone.
        assertThat(after.stream().filter(p -> !p.getUri().equals(uri)).count()).isEqualTo(12);
        assertThat(after.stream().filter(p -> !p.getUri().equals(uri)))
                .allSatisfy(p -> assertThat(p.getDiagnostics()).isEmpty());
    }

    @Test
    void dependentsOvertakenByANewerEditAreStillRechecked() throws Exception {
        withNotes(12);
        String uri = startWithL2Open();
        HandoffLanguageServer impl = lsp.impl;
        // An edit that defines R-7 (every note must be re-checked), held while the first note is checked...
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch overtaken = new CountDownLatch(1);
        impl.diagnostics().beforeCheck(path -> {
            if (path.contains("notes-") && checking.getCount() > 0) {
                checking.countDown();
                await(overtaken);
            }
        });
        lsp.change(uri, 2, new Range(new Position(10, 0), new Position(10, 0)), "- [R-7] Seven.\n");
        assertThat(checking.await(20, TimeUnit.SECONDS)).isTrue();
        // ...is overtaken by one that changes no fact (the title): its check goes first, then the notes.
        lsp.change(uri, 3, new Range(new Position(0, 2), new Position(0, 4)), "L3");
        lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 0)))
                .get(20, TimeUnit.SECONDS); // answered once the second edit is synced and waiting
        overtaken.countDown();
        lsp.settle();

        assertNotesLastPublishedClean(12);
    }

    /**
     * While the user types, only the document typed in is checked at each keystroke; the documents that
     * depend on the edits are checked once, after typing pauses (issue 12: on two cores their checks took
     * the keystroke's CPU).
     */
    @Test
    void dependentsAreCheckedOnceTypingPauses() throws Exception {
        withNotes(12);
        String uri = startWithL2Open();
        List<String> checked = new java.util.concurrent.CopyOnWriteArrayList<>();
        lsp.impl.diagnostics().beforeCheck(checked::add);

        // Typing: each keystroke is sent once the last one has been checked, as an editor sends them once
        // their diagnostics are in (the first defines R-7, the others change its statement: each changes
        // what the notes read, and none changes the L2's own diagnostics).
        lsp.change(uri, 2, new Range(new Position(10, 0), new Position(10, 0)), "- [R-7] Seven.\n");
        awaitChecks(checked, L2, 1);
        for (int v = 3; v <= 6; v++) {
            lsp.change(uri, v, new Range(new Position(10, 13), new Position(10, 14)), String.valueOf(v));
            awaitChecks(checked, L2, v - 1);
        }
        lsp.settle();

        assertThat(checked.subList(0, 5)).containsOnly(L2);
        assertThat(checked.subList(5, checked.size())).hasSize(12).allMatch(p -> p.contains("notes-"));
        assertNotesLastPublishedClean(12);
    }

    /** Typing that never pauses holds the dependents back no longer than {@link DiagnosticsScheduler#MAX_WAIT_MILLIS}. */
    @Test
    void typingThatNeverPausesDelaysDependentsOnlySoLong() throws Exception {
        withNotes(1);
        lsp = new LspConnection();
        lsp.start(tmp, Map.of("handoff", Map.of("debounce", 0)));
        String uri = LspConnection.uri(tmp, L2);
        String note = LspConnection.uri(tmp, ".agent/teams/alpha/phase-4/notes-1.md");
        lsp.open(uri, 1, l2(""));
        lsp.settle();
        int before = lsp.client.diagnostics.size();

        lsp.change(uri, 2, new Range(new Position(10, 0), new Position(10, 0)), "- [R-7] Seven.\n");
        long start = System.nanoTime();
        int v = 3;
        boolean noteRechecked = false;
        // A keystroke every 100 ms (a third of the pause that releases the dependents), for up to 6 s; each
        // changes R-7's statement, which the note reads.
        while (!noteRechecked && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(6)) {
            Thread.sleep(100);
            lsp.change(uri, v, new Range(new Position(10, 13), new Position(10, 14)), String.valueOf(v % 10));
            v++;
            noteRechecked = lsp.client.diagnostics.subList(before, lsp.client.diagnostics.size()).stream()
                    .anyMatch(p -> p.getUri().equals(note) && p.getDiagnostics().isEmpty());
        }

        assertThat(noteRechecked)
                .as("the note was re-checked while typing went on")
                .isTrue();
    }

    /**
     * In the seconds after indexing, the whole folder is published in slices of 20; a keystroke's check that
     * comes due meanwhile goes next, after the document being checked, not after the rest of the slice.
     */
    @Test
    void aKeystrokeOvertakesTheRestOfAWholeFolderSlice() throws Exception {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2(""));
        for (int i = 1; i <= 60; i++) {
            ws.file("notes/note-" + i + ".md", "# Note " + i + "\n");
        }
        CountDownLatch bulkStarted = new CountDownLatch(1);
        CountDownLatch keystrokeDue = new CountDownLatch(1);
        List<String> checked = new java.util.concurrent.CopyOnWriteArrayList<>();
        lsp = new LspConnection();
        lsp.impl.diagnostics().beforeCheck(path -> {
            if (bulkStarted.getCount() == 0) {
                checked.add(path);
            } else if (path.startsWith("notes/")) {
                bulkStarted.countDown(); // the whole-folder publication is under way: hold it here
                await(keystrokeDue);
            }
        });
        lsp.start(tmp, Map.of("handoff", Map.of("debounce", 0)));
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 1, l2(""));
        assertThat(bulkStarted.await(30, TimeUnit.SECONDS)).isTrue();
        lsp.change(uri, 2, new Range(new Position(10, 0), new Position(10, 0)), "- [R-1] Again.\n");
        lsp.server
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 0)))
                .get(20, TimeUnit.SECONDS); // answered once the edit is synced and its check is due
        keystrokeDue.countDown();
        lsp.settle();

        assertThat(checked.get(0)).isEqualTo(L2);
        assertThat(checked.stream().filter(p -> p.startsWith("notes/"))).hasSize(59);
        PublishDiagnosticsParams last = lsp.client.diagnostics.stream()
                .filter(p -> p.getUri().equals(uri))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.getVersion()).isEqualTo(2);
        assertThat(last.getDiagnostics()).extracting(d -> d.getCode().getLeft()).contains("HL203");
    }

    /** A server with debounce 0 and the L2 open, its first diagnostics in; the L2's URI. */
    private String startWithL2Open() throws Exception {
        lsp = new LspConnection();
        lsp.start(tmp, Map.of("handoff", Map.of("debounce", 0)));
        String uri = LspConnection.uri(tmp, L2);
        lsp.open(uri, 1, l2(""));
        lsp.settle();
        return uri;
    }

    /** The L2, and notes in the next phase that cite R-7, which the L2 does not define yet. */
    private void withNotes(int count) {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2(""));
        for (int i = 1; i <= count; i++) {
            ws.file(".agent/teams/alpha/phase-4/notes-" + i + ".md", "# Notes " + i + "\n\nWatch R-7 closely.\n");
        }
    }

    /** Each note's last publication is empty: it was re-checked after R-7 was defined. */
    private void assertNotesLastPublishedClean(int count) {
        for (int i = 1; i <= count; i++) {
            String note = LspConnection.uri(tmp, ".agent/teams/alpha/phase-4/notes-" + i + ".md");
            PublishDiagnosticsParams last = lsp.client.diagnostics.stream()
                    .filter(p -> p.getUri().equals(note))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(last.getDiagnostics()).as(note).isEmpty();
        }
    }

    private static void awaitChecks(List<String> checked, String path, int count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (checked.stream().filter(path::equals).count() < count && System.nanoTime() < end) {
            Thread.sleep(1);
        }
        assertThat(checked.stream().filter(path::equals))
                .as("checks of " + path)
                .hasSize(count);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String l2(String extra) {
        return """
                # L2 Summary — Phase 3

                ## Downstream Handoff

                ### Decisions Made (Forward-binding)
                - [AD-1] One.

                ### Risks Identified (Must-Track)
                - [R-1] One.
                - [R-2] Two.

                ### Interface Contracts (Must-Satisfy)
                - None

                ### Constraints (Must-Enforce)
                - None

                ### Open Questions (Requires Resolution)
                - None

                ### Artifacts Produced
                - None
                """ + extra;
    }
}
