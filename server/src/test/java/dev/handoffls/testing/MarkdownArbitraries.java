package dev.handoffls.testing;

import dev.handoffls.config.CategorySpec;
import dev.handoffls.config.HandoffConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of handoff-shaped markdown for property tests. Documents are built from parts (lines of
 * inline tokens), so a failing example shrinks to the few lines and tokens that matter, not to a
 * random string.
 */
public final class MarkdownArbitraries {
    private MarkdownArbitraries() {}

    /** The paths a document can have: each kind the parser tells apart, in one pipeline. */
    public static final List<String> PATHS = List.of(
            ".agent/teams/alpha/phase-3/coordinator/L2-summary.md",
            ".agent/teams/alpha/phase-4/planning-coord/L2-summary.md",
            ".agent/teams/alpha/permanent-task.md",
            ".agent/teams/alpha/phase-4/directive.md",
            ".agent/teams/alpha/phase-3/worker-1/L2-summary.md",
            ".agent/teams/alpha/global-context.md",
            ".agent/teams/alpha/phase-4/planning-coord/L1-index.yaml",
            "handoffs/handoff-ledger-export-claude-20260221.md",
            "decisions/decision-011-handoff-protocol.md",
            "notes/skill-render-deployment.md",
            "README.md");

    private static final List<String> CATEGORY_HEADINGS = HandoffConfig.defaults().categories().stream()
            .flatMap(c -> Stream.of(c.l2Name(), c.ptName()))
            .filter(java.util.Objects::nonNull)
            .toList();
    private static final List<String> PREFIXES = Stream.concat(
                    HandoffConfig.defaults().categories().stream()
                            .map(CategorySpec::prefix)
                            .filter(java.util.Objects::nonNull),
                    Stream.of("RISK", "D", "T"))
            .toList();

    public static Arbitrary<String> anyPath() {
        return Arbitraries.of(PATHS);
    }

    /** An ID as handoffs write it, well-formed or nearly: AD-1, [R-2], IC-3, R1, [AD-01], OQ-. */
    public static Arbitrary<String> id() {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 12).map(String::valueOf),
                Arbitraries.of("01", "", "999999999999", "x"));
        Arbitrary<String> bare = Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.of("-", "", "–"), number)
                .as((p, dash, n) -> p + dash + n);
        return Arbitraries.oneOf(bare, bare.map(i -> "[" + i + "]"), bare.map(i -> "[" + i + "]:"));
    }

    /** One inline token: words, IDs, paths, links, code, emphasis, metadata and hostile characters. */
    public static Arbitrary<String> token() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("the", "deploy", "Create", "Update", "see", "and", "None")),
                net.jqwik.api.Tuple.of(6, id()),
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.of(
                                "crewai-service/api_healer.py",
                                "docs/deploy-checklist.md#rollback",
                                "../phase-3/coordinator/L2-summary.md",
                                "/etc/passwd",
                                "../../../../outside.md",
                                "handoff-ledger-export-claude-20260221.md",
                                "Decision 011",
                                "D-012")),
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.of(
                                "[the checklist](../docs/deploy-checklist.md#rollback)",
                                "[x](#downstream-handoff)",
                                "[[skill-render-deployment]]",
                                "[[",
                                "]]",
                                "[",
                                "](",
                                "<https://example.com>",
                                "![img](a.png)")),
                net.jqwik.api.Tuple.of(
                        3, Arbitraries.of("`code`", "`", "``", "**bold**", "*", "**", "_", "***", "~~", "<b>", "</")),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "**Status**: open",
                                "**ID**: handoff-ledger-export-claude-20260221",
                                "**Status**: completed",
                                "PT-synced: ✅ 2026-02-11",
                                "<!-- source: phase-3/coordinator/L2-summary.md -->",
                                "<!-- handoff-ls-disable-next-line HL203 -->",
                                "<!-- handoff-ls-disable-line -->",
                                "<!--",
                                "-->",
                                "→",
                                "|")),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "🚀",
                                "漢字",
                                "\uD83D",
                                "\uDE80",
                                "\uD83D\uDE80",
                                "é",
                                "\u0000",
                                "\t",
                                "\uFEFF",
                                "\u200B")));
    }

    public static Arbitrary<String> inline() {
        return token().list().ofMaxSize(8).map(ts -> String.join(" ", ts));
    }

    /** One line (or a short block of lines, such as a code fence) of a document. */
    public static Arbitrary<String> line() {
        Arbitrary<String> heading = Combinators.combine(
                        Arbitraries.integers().between(1, 7),
                        Arbitraries.oneOf(
                                Arbitraries.of(CATEGORY_HEADINGS),
                                Arbitraries.of(
                                        "Downstream Handoff",
                                        "PERMANENT Task — alpha",
                                        "L2 Summary — Phase 3",
                                        "Directive for Phase 4",
                                        "Context Source",
                                        "Tasks"),
                                inline()))
                .as((level, text) -> "#".repeat(level) + " " + text);
        Arbitrary<String> item = Combinators.combine(
                        Arbitraries.of("", "  ", "    ", "\t", "      "),
                        Arbitraries.of("- ", "* ", "1. ", "> ", "> - ", "+ ", "-"),
                        Arbitraries.of("", "", "[ ] ", "[x] ", "[X] "),
                        inline())
                .as((indent, marker, box, text) -> indent + marker + box + text);
        Arbitrary<String> fence = Combinators.combine(
                        Arbitraries.of("```", "~~~", "````", "```yaml"),
                        inline().list().ofMaxSize(3),
                        Arbitraries.of("```", "~~~", ""))
                .as((open, body, close) -> open + "\n" + String.join("\n", body) + "\n" + close);
        Arbitrary<String> table =
                inline().list().ofMinSize(1).ofMaxSize(3).map(cells -> "| " + String.join(" | ", cells) + " |");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, heading),
                net.jqwik.api.Tuple.of(6, item),
                net.jqwik.api.Tuple.of(3, inline()),
                net.jqwik.api.Tuple.of(1, fence),
                net.jqwik.api.Tuple.of(1, table),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("|---|---|", "---", "", "", "***", "<div>", "</div>")));
    }

    /** Front matter (sometimes unclosed, sometimes with YAML aliases) or none. */
    public static Arbitrary<String> frontMatter() {
        Arbitrary<String> entry = Arbitraries.of(
                "status: open",
                "status: completed",
                "kind: permanent-task",
                "feature: checkout",
                "id: handoff-ledger-export-claude-20260221",
                "created: 2026-02-21",
                "due: 2026-02-01",
                "superseded_by: handoff-x",
                "a: &a [x, y]",
                "b: [*a, *a]",
                "c: *nope",
                "status: [",
                "status: status: x",
                "- item",
                "status: 🚀");
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Combinators.combine(entry.list().ofMaxSize(5), Arbitraries.of("---\n", "---", "...\n", ""))
                        .as((entries, close) -> "---\n" + String.join("\n", entries) + "\n" + close));
    }

    /** A whole document: front matter, lines, each line ending chosen separately (LF, CRLF or CR). */
    public static Arbitrary<String> document() {
        Arbitrary<String> ending = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("\n")),
                net.jqwik.api.Tuple.of(2, Arbitraries.just("\r\n")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("\r")));
        Arbitrary<String> endedLine = Combinators.combine(line(), ending).as((l, e) -> l + e);
        return Combinators.combine(frontMatter(), endedLine.list().ofMaxSize(30))
                .as((fm, lines) -> fm + String.join("", lines));
    }

    /** A list item defining an ID of the category's prefix, well-formed or not, or {@code None}. */
    private static Arbitrary<String> item(CategorySpec c) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        6,
                        Combinators.combine(Arbitraries.integers().between(1, 6), inline())
                                .as((n, text) ->
                                        c.prefix() == null ? "- " + text : "- [" + c.prefix() + "-" + n + "] " + text)),
                net.jqwik.api.Tuple.of(1, id().map(i -> "- " + i + " " + c.l2Name())),
                net.jqwik.api.Tuple.of(1, line()),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("- None")));
    }

    private static Arbitrary<String> section(String heading, CategorySpec c) {
        return item(c).list().ofMaxSize(4).map(items -> heading + "\n" + String.join("\n", items) + "\n");
    }

    /** Some of the sections (each present or not), in their order or reversed. */
    private static Arbitrary<String> someOf(List<Arbitrary<String>> sections) {
        List<Arbitrary<String>> maybe = sections.stream()
                .map(a -> Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, a), net.jqwik.api.Tuple.of(1, Arbitraries.just(""))))
                .toList();
        return Combinators.combine(Combinators.combine(maybe).as(List::copyOf), Arbitraries.of(false, true))
                .as((parts, reversed) -> {
                    List<String> ordered = new java.util.ArrayList<>(parts);
                    if (reversed) {
                        java.util.Collections.reverse(ordered);
                    }
                    return String.join("", ordered);
                });
    }

    /** An L2 summary with a Downstream Handoff: some of the categories, in some order, and stray lines. */
    public static Arbitrary<String> l2() {
        return Combinators.combine(
                        someOf(HandoffConfig.defaults().categories().stream()
                                .map(c -> section("### " + c.l2Name(), c))
                                .toList()),
                        line().list().ofMaxSize(3),
                        Arbitraries.of("", "PT-synced: ✅ 2026-02-11\n"))
                .as((handoff, stray, mark) -> "# L2 Summary — Phase 3\n\n## Downstream Handoff\n" + mark + handoff
                        + String.join("\n", stray) + "\n");
    }

    /** A PERMANENT Task with some of its sections, items with or without source annotations. */
    public static Arbitrary<String> pt() {
        return someOf(HandoffConfig.defaults().categories().stream()
                        .filter(c -> c.ptName() != null)
                        .map(c -> section("## " + c.ptName(), c)
                                .map(s -> s.replace("] ", "] <!-- source: phase-3/coordinator/L2-summary.md --> ")))
                        .toList())
                .map(body -> "# PERMANENT Task — alpha\n\n" + body);
    }

    /** Bytes a file can hold: a document's UTF-8 with some bytes overwritten, or noise. */
    public static Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> damaged = Combinators.combine(
                        document(),
                        Arbitraries.integers().between(0, 1 << 16).list().ofMaxSize(4),
                        Arbitraries.bytes().list().ofMinSize(4).ofMaxSize(4))
                .as((doc, positions, values) -> {
                    byte[] b = doc.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < positions.size() && b.length > 0; i++) {
                        b[positions.get(i) % b.length] = values.get(i);
                    }
                    return b;
                });
        Arbitrary<byte[]> prefixed = Combinators.combine(
                        Arbitraries.of(
                                new byte[0],
                                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                                new byte[] {(byte) 0xFF, (byte) 0xFE},
                                new byte[] {(byte) 0xC3},
                                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                        document())
                .as((prefix, doc) -> concat(prefix, doc.getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.oneOf(
                damaged, prefixed, Arbitraries.bytes().array(byte[].class).ofMaxSize(512));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
