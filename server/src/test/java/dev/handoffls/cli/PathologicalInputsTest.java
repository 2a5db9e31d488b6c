package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.testing.YamlBombs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathological inputs through the real command line (issue 13, tests 2; commonmark's
 * PathologicalTest): each runs {@code check} in a forked JVM with {@code -Xmx256m} and must end
 * cleanly — exit 0 or 1, no stack trace, no OutOfMemoryError — well inside a generous bound that
 * only catches hangs. Each case prints its time and peak memory; docs/reliability.md has the figures.
 */
class PathologicalInputsTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String TICKET = "handoffs/handoff-bomb-20260218.md";
    /** A task whose file does not exist: one HL304 each. */
    private static final String DEPLOY_TASK = "- [ ] Deploy crewai-service/main.py, see AD-1\n";
    /** A hang guard, not a benchmark (the target is 2 s on a quiet machine; CI shares 2 cores). */
    private static final long BOUND_MILLIS = 60_000;

    @TempDir
    Path tmp;

    private static String handoff(String body) {
        return "# Phase 3\n\n## Downstream Handoff\n### Risks Identified (Must-Track)\n" + body + "\n";
    }

    @Test
    void aOneMegabyteLine() throws Exception {
        String chunk = "see R-1 and AD-2, path crewai-service/main.py, [[Note]] `code` **bold** ";
        TestWorkspace.in(tmp).file(L2, handoff("- [R-1] " + chunk.repeat(1_048_576 / chunk.length() + 1)));
        check("1 MB single line", "--format", "json");
    }

    @Test
    void aTenMegabyteFileIsSkippedWithANote() throws Exception {
        TestWorkspace.in(tmp).file("notes/big.md", DEPLOY_TASK.repeat(230_000));
        assertThat(check("10 MB file, default maxFileSize", "--format", "json").out())
                .contains("larger than maxFileSize");
    }

    /** A long notes file of prose. */
    @Test
    void aTenMegabyteFileIsCheckedUnderARaisedCap() throws Exception {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "maxFileSize: 16MB\n")
                .file(
                        "notes/big.md",
                        "The research is done and the module talks through events, see the notes.\n".repeat(140_000));
        assertThat(check("10 MB file, maxFileSize 16MB", "--format", "json").out())
                .doesNotContain("larger than maxFileSize");
    }

    /** A heading, an ID and an item on every other line: 30,000 categories (quadratic before: one pass per category). */
    @Test
    void threeMegabytesOfAnL2sStructure() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", "maxFileSize: 16MB\n").file(L2, denseL2(30_000));
        assertThat(check("3 MB of an L2's structure (30,000 categories)", "--format", "json")
                        .out())
                .doesNotContain("larger than maxFileSize");
    }

    /** Every finding is reported: none is capped, however many there are. */
    @Test
    void sixtyNineThousandFailingDeployTasks() throws Exception {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "maxFileSize: 16MB\n")
                .file("notes/big.md", DEPLOY_TASK.repeat(69_000));
        Outcome o = check("69,000 failing deploy tasks (3 MB)", "--format", "json");
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.out().split("\"code\":\"HL304\"", -1)).hasSize(69_000 + 1);
    }

    @Test
    void tenMegabytesOfAnL2sStructure() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", "maxFileSize: 16MB\n").file(L2, denseL2(101_000));
        check("10 MB of an L2's structure (101,000 categories)", "--format", "json");
    }

    @Test
    void twoHundredThirtyThousandFailingDeployTasks() throws Exception {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "maxFileSize: 16MB\n")
                .file("notes/big.md", DEPLOY_TASK.repeat(230_000));
        Outcome o = check("230,000 failing deploy tasks (10 MB)", "--format", "json");
        assertThat(o.exit()).isEqualTo(1);
        assertThat(o.out().split("\"code\":\"HL304\"", -1)).hasSize(230_000 + 1);
    }

    private static String denseL2(int categories) {
        StringBuilder l2 = new StringBuilder("# Phase 3\n\n## Downstream Handoff\n");
        for (int i = 1; i <= categories; i++) {
            l2.append("### Risks Identified (Must-Track)\n\n- [R-")
                    .append(i)
                    .append("] Risk ")
                    .append(i)
                    .append(": deploy crewai-service/main.py, see AD-")
                    .append(i)
                    .append("\n\n");
        }
        return l2.toString();
    }

    @Test
    void fiftyThousandIds() throws Exception {
        StringBuilder l2 = new StringBuilder();
        StringBuilder pt = new StringBuilder("# PERMANENT Task\n## Risk Registry\n");
        for (int i = 1; i <= 50_000; i++) {
            l2.append("- [R-").append(i).append("] Risk number ").append(i).append('\n');
            if (i % 2 == 0) {
                pt.append("- [R-").append(i).append("] Risk number ").append(i).append('\n');
            }
        }
        TestWorkspace.in(tmp).file(L2, handoff(l2.toString())).file(PT, pt.toString());
        check("50k IDs (L2 + PT)", "--format", "json");
    }

    @Test
    void listsAndQuotesNestedAThousandDeep() throws Exception {
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            lists.append("  ".repeat(i))
                    .append("- [R-")
                    .append(i + 1)
                    .append("] level ")
                    .append(i)
                    .append('\n');
        }
        TestWorkspace.in(tmp)
                .file(L2, handoff(lists.toString()))
                .file("notes/quotes.md", "> ".repeat(1_000) + "- [R-1] quoted\n" + "> - ".repeat(1_000) + "x\n");
        check("lists and quotes 1,000 deep", "--format", "json");
    }

    @Test
    void stormsOfBackticksAndBrackets() throws Exception {
        TestWorkspace.in(tmp)
                .file("notes/backticks.md", "`".repeat(200_000) + "\n" + "``a`".repeat(50_000) + "\n")
                .file(
                        "notes/brackets.md",
                        "[".repeat(200_000) + "x" + "]".repeat(200_000) + "\n" + "[](".repeat(60_000) + "\n")
                .file("notes/wiki.md", "[[".repeat(100_000) + "\n" + "]]".repeat(100_000) + "\n");
        check("backtick and bracket storms", "--format", "json");
    }

    @Test
    void emphasisBombs() throws Exception {
        StringBuilder bomb = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            bomb.append("*".repeat(i % 50 + 1)).append("a ");
        }
        TestWorkspace.in(tmp)
                .file("notes/emphasis.md", bomb + "\n" + "*a **a ".repeat(100_000) + "\n" + "_".repeat(200_000) + "\n");
        check("emphasis bombs", "--format", "json");
    }

    @Test
    void yamlAliasBombAndDeepYamlInFrontMatter() throws Exception {
        TestWorkspace.in(tmp)
                .file(
                        TICKET,
                        "---\n" + YamlBombs.ALIAS_BOMB + "status: open\n---\n# Bomb\n\n**ID**: handoff-bomb-20260218\n")
                .file(
                        "handoffs/handoff-deep-20260218.md",
                        "---\nstatus: " + YamlBombs.DEEP + "\n" + nestedMap(500) + "---\n# T\n");
        check("YAML alias bomb and deep YAML in front matter", "--format", "json");
    }

    /** A configuration that cannot be read is a usage error: exit 2 with one line saying why. */
    @Test
    void yamlAliasBombInTheConfiguration() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", YamlBombs.ALIAS_BOMB).file("ok.md", "# Notes\n");
        assertThat(checkInvalidConfiguration("YAML alias bomb in .handoff.yaml"))
                .contains("aliases");
    }

    @Test
    void deepYamlInTheConfiguration() throws Exception {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "ignore: " + YamlBombs.DEEP + "\n")
                .file("ok.md", "# Notes\n");
        checkInvalidConfiguration("deep YAML in .handoff.yaml");
    }

    @Test
    void nulBytesAndBinary() throws Exception {
        byte[] binary = new byte[1 << 20];
        new Random(42).nextBytes(binary);
        TestWorkspace.in(tmp)
                .file("notes/nul.md", "# Notes\n\u0000\u0000 - [R-1] x\u0000\n".repeat(10_000))
                .bytes("notes/image.md", binary);
        check("NUL bytes and 1 MB of random bytes", "--format", "json");
    }

    @Test
    void utf16Files() throws Exception {
        String text = "# Phase 3\n\n## Downstream Handoff\n### Risks Identified (Must-Track)\n- [R-1] Ünïcödé 🚀\n";
        TestWorkspace.in(tmp)
                .bytes(L2, withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)))
                .bytes("notes/be.md", text.getBytes(StandardCharsets.UTF_16));
        check("UTF-16 LE and BE files with BOM", "--format", "json");
    }

    private static String nestedMap(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= depth; i++) {
            sb.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        return sb.append(" ".repeat(depth + 1)).append("v\n").toString();
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    record Outcome(int exit, String out, String err, long millis, String memory) {}

    /** Runs {@code check} on the workspace in a 256 MB JVM; asserts a clean, bounded exit and prints the figures. */
    private Outcome check(String name, String... args) throws IOException, InterruptedException {
        Outcome o = run(name, args);
        assertThat(o.exit()).as("%s: exit status; stderr:%n%s", name, o.err()).isIn(0, 1);
        assertThat(o.out()).as("%s: output", name).isNotBlank();
        return o;
    }

    /** Like {@link #check}, for a workspace whose configuration cannot be read; returns stderr. */
    private String checkInvalidConfiguration(String name) throws IOException, InterruptedException {
        Outcome o = run(name);
        assertThat(o.exit()).as("%s: exit status; stderr:%n%s", name, o.err()).isEqualTo(2);
        assertThat(o.err()).contains("invalid configuration");
        return o.err();
    }

    private Outcome run(String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The flags of bin/handoff-ls for a command-line run (but for its -Xmx1g and class-data archive).
                "-XX:+UseSerialGC",
                "-Xss4m",
                "-Xms96m",
                "-XX:TieredStopAtLevel=1",
                "-Xlog:disable",
                "-Xlog:all=warning:stderr",
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                MeasuredMain.class.getName(),
                "check"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("handoff-out", ".txt");
        Path err = Files.createTempFile("handoff-err", ".txt");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command)
                    .directory(tmp.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            boolean ended = p.waitFor(BOUND_MILLIS * 3, TimeUnit.MILLISECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (!ended) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(ended).as("%s: still running after %d ms", name, millis).isTrue();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            String memory = stderr.lines()
                    .filter(l -> l.startsWith(MeasuredMain.MARK))
                    .findFirst()
                    .map(l -> l.substring(MeasuredMain.MARK.length()).trim())
                    .orElse("? ?");
            String[] mb = memory.split(" ");
            System.out.printf(
                    "pathological | %s | exit %d | %d ms | heap peak %s MB | RSS peak %s MB%n",
                    name, p.exitValue(), millis, mb[0], mb[1]);
            assertThat(stderr).as("%s: stderr", name).doesNotContain("Exception", "OutOfMemoryError", "\tat ");
            assertThat(millis).as("%s: time", name).isLessThan(BOUND_MILLIS);
            return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr, millis, memory);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
