package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's guard on speed work: after a burst of 200 edits sent as fast as the client can (coalesced,
 * incremental, debounce 0), the diagnostics the server last published for the document equal a full
 * check of the same text from scratch.
 */
class BurstEditsProtocolTest {
    private static final String L2 = ".agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md";
    /** Lines that move findings: IDs defined twice, undefined references, tasks on missing files, headings. */
    private static final List<String> LINES = List.of(
            "- [R-9] A new risk: refunds can race the ledger export.",
            "- [AD-1] Decided again, in other words.",
            "See AD-77 and R-1 before deploying.",
            "- [ ] Deploy `services/refund_worker.py` to staging",
            "## Notes",
            "### Risks Identified (Must-Track)",
            "",
            "Plain prose with an emoji 🚀 and 漢字.");

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
    void diagnosticsAfterABurstOf200EditsEqualAFreshCheckOfTheSameText() throws Exception {
        Samples.copyTo(tmp);
        lsp = new LspConnection();
        lsp.start(tmp, Map.of("handoff", Map.of("debounce", 0)));
        String uri = LspConnection.uri(tmp, L2);
        List<String> lines =
                new ArrayList<>(Files.readString(tmp.resolve(L2)).lines().toList());
        lsp.open(uri, 1, String.join("\n", lines) + "\n");

        Random random = new Random(12);
        for (int version = 2; version <= 201; version++) {
            int at = random.nextInt(lines.size());
            String line = LINES.get(random.nextInt(LINES.size()));
            // Mostly insertions: the document grows and keeps findings all along it (every edit moves some).
            switch (random.nextInt(10) / 4) {
                case 0 -> { // insert a line
                    lsp.change(uri, version, range(at, at), line + "\n");
                    lines.add(at, line);
                }
                case 1 -> { // replace a line
                    lsp.change(uri, version, range(at, at + 1), line + "\n");
                    lines.set(at, line);
                }
                default -> { // delete a line (keep a few)
                    if (lines.size() > 5) {
                        lsp.change(uri, version, range(at, at + 1), "");
                        lines.remove(at);
                    } else {
                        lsp.change(uri, version, range(at, at), "");
                    }
                }
            }
        }
        lsp.settle();

        List<PublishDiagnosticsParams> published = lsp.client.diagnosticsFor(uri);
        assertThat(published).isNotEmpty();
        List<String> server = published.get(published.size() - 1).getDiagnostics().stream()
                .map(BurstEditsProtocolTest::key)
                .sorted()
                .toList();

        Files.writeString(tmp.resolve(L2), String.join("\n", lines) + "\n");
        var index = new WorkspaceLoader(tmp, WorkspaceLoader.discoverConfigs(tmp)).scan();
        List<String> fresh = Checker.standard().check(index, L2::equals).stream()
                .map(BurstEditsProtocolTest::key)
                .sorted()
                .toList();
        assertThat(fresh).as("the burst left findings to compare").isNotEmpty();
        assertThat(server).isEqualTo(fresh);
    }

    private static Range range(int fromLine, int toLine) {
        return new Range(new Position(fromLine, 0), new Position(toLine, 0));
    }

    private static String key(Diagnostic d) {
        return d.getCode().getLeft() + " " + d.getRange().getStart().getLine() + ":"
                + d.getRange().getStart().getCharacter() + "-"
                + d.getRange().getEnd().getLine() + ":"
                + d.getRange().getEnd().getCharacter() + " " + d.getMessage();
    }

    private static String key(Finding f) {
        return f.code().name() + " " + f.range().start().line() + ":"
                + f.range().start().character() + "-" + f.range().end().line() + ":"
                + f.range().end().character() + " " + f.message();
    }
}
