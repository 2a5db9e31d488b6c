package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.EngineLog;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.testing.YamlBombs;
import dev.handoffls.text.DecodedText;
import dev.handoffls.text.DocumentText;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial input (commonmark's PathologicalTest): each case must parse, and check, without an
 * exception. The timeouts guard against hangs and runaway backtracking; they are not benchmarks.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class RobustnessTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String TICKET = "handoffs/handoff-bomb-20260218.md";

    private final DocumentParser parser = new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults()));

    /** The loader and the checker log and skip what throws; a severe log record is the failure we look for. */
    private EngineLog engineLog;

    @TempDir
    Path tmp;

    @BeforeEach
    void recordSevereLogs() {
        engineLog = EngineLog.record();
    }

    @AfterEach
    void noRuleOrParserFailed() {
        engineLog.close();
        assertThat(engineLog.severe()).isEmpty();
    }

    private static String handoff(String body) {
        return "# Phase 3\n## Downstream Handoff\n### Risks Identified (Must-Track)\n" + body + "\n";
    }

    @Test
    void deeplyNestedLists() {
        String text = handoff("- ".repeat(10_000) + "[R-1] deep");
        HandoffDocument doc = parser.parse(L2, text);
        assertThat(doc.text().length()).isEqualTo(text.length());
    }

    @Test
    void deeplyNestedIndentedLists() {
        StringBuilder sb = new StringBuilder("# Phase 3\n## Downstream Handoff\n### Risks Identified (Must-Track)\n");
        for (int i = 0; i < 1_000; i++) {
            sb.append("  ".repeat(i))
                    .append("- [R-")
                    .append(i + 1)
                    .append("] level ")
                    .append(i)
                    .append('\n');
        }
        parser.parse(L2, sb.toString());
    }

    @Test
    void deeplyNestedBlockquotes() {
        parser.parse(L2, handoff(">".repeat(10_000) + " [R-1] quoted see R-2"));
        parser.parse(L2, handoff("> ".repeat(10_000) + "- [R-1] quoted"));
    }

    @Test
    void deeplyNestedBlockquotesThroughTheChecker() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, handoff("> - ".repeat(5_000) + "[R-1] quoted"));
        ws.document(L2);
        ws.allFindings();
    }

    @Test
    void deeplyNestedBracketsAndEmphasis() {
        parser.parse(L2, handoff("- [R-1] " + "[".repeat(10_000) + "x" + "]".repeat(10_000)));
        parser.parse(L2, handoff("- [R-1] " + "*_".repeat(20_000) + "x"));
        parser.parse(L2, handoff("- [R-1] " + "`".repeat(20_000) + "x"));
    }

    @Test
    void aOneMegabyteLine() {
        String chunk = "see R-1 and AD-2, path crewai-service/main.py, [[Note]] `code` **bold** ";
        String line = chunk.repeat(1_048_576 / chunk.length() + 1);
        HandoffDocument doc = parser.parse(L2, handoff("- [R-1] " + line));
        assertThat(doc.text().lineCount()).isEqualTo(5);
        assertThat(doc.definitions()).hasSize(1);
    }

    @Test
    void aOneMegabyteLineWithoutSpaces() {
        parser.parse(L2, handoff("- [R-1] " + "a/".repeat(524_288) + ".py"));
        parser.parse(L2, handoff("- [R-1] " + "R-".repeat(524_288)));
    }

    @Test
    void fiveThousandIdsInOneCategory() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            sb.append("- [R-")
                    .append(i)
                    .append("] Risk number ")
                    .append(i)
                    .append(", see R-")
                    .append(i % 97 + 1)
                    .append('\n');
        }
        HandoffDocument doc = parser.parse(L2, handoff(sb.toString()));
        assertThat(doc.definitions()).hasSize(5_000);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a whole-workspace check of 7,500 items; still only a hang guard
    void fiveThousandIdsThroughTheChecker() {
        StringBuilder l2 = new StringBuilder();
        StringBuilder pt = new StringBuilder("# PERMANENT Task\n## Risk Registry\n");
        for (int i = 1; i <= 5_000; i++) {
            l2.append("- [R-").append(i).append("] Risk number ").append(i).append('\n');
            if (i % 2 == 0) {
                pt.append("- [R-").append(i).append("] Risk number ").append(i).append('\n');
            }
        }
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, handoff(l2.toString())).file(PT, pt.toString());
        assertThat(ws.document(L2).definitions()).hasSize(5_000);
        assertThat(ws.allFindings()).isNotEmpty();
    }

    @Test
    void aHundredThousandWikiLinkOpeners() {
        parser.parse(L2, handoff("- [R-1] " + "[[".repeat(100_000)));
        parser.parse(L2, handoff("[[".repeat(100_000) + "\n" + "]]".repeat(100_000)));
    }

    @Test
    void aHundredThousandWikiLinkOpenersThroughTheChecker() {
        TestWorkspace ws = TestWorkspace.in(tmp).file("notes/links.md", "# Links\n" + "[[a".repeat(100_000) + "\n");
        ws.document("notes/links.md");
        ws.allFindings();
    }

    @Test
    void unclosedFrontMatter() {
        String text = "---\n" + "status: open\n".repeat(100_000) + "# Title\n**ID**: handoff-x\n";
        HandoffDocument doc = parser.parse(TICKET, text);
        assertThat(doc.frontMatter()).isEmpty();
    }

    @Test
    void aYamlBombIsAProblemNotAHang() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, "---\n" + YamlBombs.ALIAS_BOMB + """
                status: open
                ---
                # Bomb

                **ID**: handoff-bomb-20260218
                """);
        List<Finding> hl401 = ws.findings(TICKET, Code.HL401);
        assertThat(hl401).hasSize(1);
        assertThat(hl401.get(0).range().start().line()).isBetween(1, 10);
        // The front matter is unreadable, so HL402 stays silent (spec §12).
        assertThat(ws.findings(TICKET, Code.HL402)).isEmpty();
    }

    @Test
    void aDeeplyNestedYamlValue() {
        String text = "---\nstatus: " + YamlBombs.DEEP + "\n---\n# T\n";
        HandoffDocument doc = parser.parse(TICKET, text);
        assertThat(doc.frontMatter()).isPresent();
    }

    @Test
    void aHugeFrontMatterBlock() {
        String text = "---\n" + "k: v\n".repeat(60_000) + "---\n# T\n";
        HandoffDocument doc = parser.parse(TICKET, text);
        assertThat(doc.frontMatter()).isPresent();
        assertThat(doc.frontMatter().get().problems()).isNotEmpty();
    }

    @Test
    void binaryGarbage() {
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            byte[] bytes = new byte[64 * 1024];
            random.nextBytes(bytes);
            DecodedText decoded = DecodedText.decode(bytes);
            parser.parse(L2, new DocumentText(decoded.text()), decoded.invalidSequences());
            parser.parse(TICKET, new DocumentText("---\n" + decoded.text() + "\n---\n"), decoded.invalidSequences());
        }
    }

    @Test
    void binaryGarbageThroughTheChecker() {
        Random random = new Random(7);
        byte[] withNul = new byte[16 * 1024];
        random.nextBytes(withNul);
        withNul[100] = 0;
        byte[] withoutNul = new byte[16 * 1024];
        random.nextBytes(withoutNul);
        for (int i = 0; i < withoutNul.length; i++) {
            if (withoutNul[i] == 0) {
                withoutNul[i] = 1;
            }
        }
        TestWorkspace ws =
                TestWorkspace.in(tmp).bytes("notes/image.md", withNul).bytes(L2, withoutNul);
        assertThat(ws.findings("notes/image.md", Code.HL002)).hasSize(1);
        assertThat(ws.document(L2).invalidUtf8Sequences()).isPositive();
        ws.allFindings();
    }

    @Test
    void loneSurrogates() {
        String hi = "\uD83D";
        String lo = "\uDE80";
        String text = "---\nstatus: open" + hi + "\nid: " + lo + "x\n---\n# Title " + hi + "\n"
                + "## Downstream Handoff\n### Risks Identified (Must-Track)\n"
                + "- [R-1" + hi + "] risk " + lo + " see [[" + hi + "]] and " + lo + "/main.py\n"
                + "**ID**: " + hi + "\n**Status**: " + lo + "\n" + lo + hi + lo;
        HandoffDocument doc = parser.parse(TICKET, text);
        DocumentText t = doc.text();
        for (int offset = 0; offset <= t.length(); offset++) {
            t.positionAt(offset);
        }
        assertThat(parser.parse(L2, hi.repeat(10_000) + "\n" + lo.repeat(10_000))
                        .text()
                        .lineCount())
                .isEqualTo(2);
    }

    @Test
    void loneSurrogatesThroughTheChecker() {
        String hi = "\uD800";
        String text = "# Phase 3 " + hi + "\n## Downstream Handoff\n### Risks Identified (Must-Track)\n- [R-1] " + hi
                + " [[" + hi + "]]\n";
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, "# PERMANENT Task\n## Risk Registry\n- None\n");
        HandoffDocument doc = ws.loader().parse(L2, text);
        var index = ws.index().withDocument(doc);
        dev.handoffls.rules.Checker.standard().checkDocument(index, doc);
        dev.handoffls.rules.Checker.standard().check(index, dev.handoffls.rules.Checker.everything());
    }
}
