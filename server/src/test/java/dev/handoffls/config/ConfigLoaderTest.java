package dev.handoffls.config;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.Problem;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import dev.handoffls.util.Glob;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    private static LoadedConfig load(String yaml) {
        return ConfigLoader.load(ConfigLoader.FILE_NAME, yaml);
    }

    private static List<String> patterns(List<Glob> globs) {
        return globs.stream().map(Glob::pattern).toList();
    }

    private static void assertProblems(LoadedConfig loaded, Range... ranges) {
        assertThat(loaded.problems()).extracting(Problem::range).containsExactlyInAnyOrder(ranges);
    }

    private static void assertDefaults(HandoffConfig c) {
        HandoffConfig d = HandoffConfig.defaults();
        assertThat(c.pipelineRoot()).isEqualTo(".agent/teams");
        assertThat(c.pipelines()).isEmpty();
        assertThat(patterns(c.coordinatorFolders())).containsExactly("*coord*");
        assertThat(c.handoffMaxLines()).isEqualTo(30);
        assertThat(c.idPrefixes()).containsExactlyEntriesOf(d.idPrefixes());
        assertThat(c.idAliases()).containsExactlyInAnyOrderEntriesOf(Map.of("ADR", "AD", "RISK", "R"));
        assertThat(c.fileRoots()).containsExactly(".");
        assertThat(c.fileExtensions()).isEqualTo(HandoffConfig.DEFAULT_EXTENSIONS);
        assertThat(patterns(c.ignore())).isEqualTo(HandoffConfig.DEFAULT_IGNORE);
        assertThat(c.maxFileSize()).isEqualTo(2L * 1024 * 1024);
        assertThat(c.severity()).isEmpty();
        assertThat(c.statusValues()).isEqualTo(HandoffConfig.DEFAULT_STATUS);
        assertThat(c.kinds()).isEmpty();
    }

    // ---- every key is read ----

    @Test
    void everyKeyIsRead() {
        LoadedConfig loaded = load("""
                pipelineRoot: ./work/teams/
                pipelines:
                  skill-opt-v9: [".agent/teams/skill-opt-v9", ".agent/teams/skill-opt-v9-p6/"]
                coordinatorFolders: ["*coord*", lead]
                handoffMaxLines: 40
                idPrefixes: {AD: Decisions, R: Risks, IC: Interface Contracts, C: Constraints, OQ: Open Questions,
                             SEC: Security Findings}
                idAliases: {ADR: AD, risk: R, DEC: AD}
                fileRoots: [".", "services/"]
                fileExtensions: [py, .TS, "*.md"]
                ignore: ["archive/**"]
                maxFileSize: 512KB
                severity: {HL304: warning, HL206: off, hl105: info}
                statusValues: [Open, done]
                kinds: {directive: ["**/orders/*.md"]}
                """);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.path()).isEqualTo(".handoff.yaml");
        HandoffConfig c = loaded.config();
        assertThat(c.pipelineRoot()).isEqualTo("work/teams");
        assertThat(c.pipelines())
                .containsExactlyEntriesOf(
                        Map.of("skill-opt-v9", List.of(".agent/teams/skill-opt-v9", ".agent/teams/skill-opt-v9-p6")));
        assertThat(patterns(c.coordinatorFolders())).containsExactly("*coord*", "lead");
        assertThat(c.handoffMaxLines()).isEqualTo(40);
        assertThat(c.idPrefixes().keySet()).containsExactly("AD", "R", "IC", "C", "OQ", "SEC");
        assertThat(c.idPrefixes()).containsEntry("SEC", "Security Findings");
        assertThat(c.idAliases()).containsExactlyInAnyOrderEntriesOf(Map.of("ADR", "AD", "RISK", "R", "DEC", "AD"));
        assertThat(c.fileRoots()).containsExactly(".", "services");
        assertThat(c.fileExtensions()).containsExactlyInAnyOrder("py", "ts", "md");
        // ignore globs are added to the defaults, so templates and node_modules stay unchecked.
        assertThat(patterns(c.ignore()))
                .containsAll(HandoffConfig.DEFAULT_IGNORE)
                .contains("archive/**")
                .hasSize(HandoffConfig.DEFAULT_IGNORE.size() + 1);
        assertThat(c.maxFileSize()).isEqualTo(512L * 1024);
        assertThat(c.severity())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Code.HL304, Severity.WARNING, Code.HL206, Severity.OFF, Code.HL105, Severity.INFORMATION));
        assertThat(c.statusValues()).containsExactly("open", "done");
        assertThat(c.kinds()).containsOnlyKeys(DocumentKind.DIRECTIVE);
        assertThat(patterns(c.kinds().get(DocumentKind.DIRECTIVE))).containsExactly("**/orders/*.md");
    }

    @Test
    void aSingleStringIsAListOfOne() {
        LoadedConfig loaded = load("coordinatorFolders: lead\nignore: archive/**\nfileRoots: services\n");
        assertThat(loaded.problems()).isEmpty();
        assertThat(patterns(loaded.config().coordinatorFolders())).containsExactly("lead");
        assertThat(patterns(loaded.config().ignore())).contains("archive/**");
        assertThat(loaded.config().fileRoots()).containsExactly("services");
    }

    @Test
    void sizesInEveryDocumentedForm() {
        assertThat(load("maxFileSize: 512KB\n").config().maxFileSize()).isEqualTo(524_288L);
        assertThat(load("maxFileSize: 2MB\n").config().maxFileSize()).isEqualTo(2_097_152L);
        assertThat(load("maxFileSize: 1GB\n").config().maxFileSize()).isEqualTo(1_073_741_824L);
        assertThat(load("maxFileSize: 1048576\n").config().maxFileSize()).isEqualTo(1_048_576L);
        assertThat(load("maxFileSize: 3mb\n").config().maxFileSize()).isEqualTo(3_145_728L);
        assertThat(load("maxFileSize: 4K\n").config().maxFileSize()).isEqualTo(4_096L);
        assertThat(load("maxFileSize: 100B\n").config().maxFileSize()).isEqualTo(100L);
    }

    // ---- problems at their exact position ----

    @Test
    void unknownKeyIsAProblemOnTheKeyAndTheRestStillApplies() {
        LoadedConfig loaded = load("""
                handoffMaxLines: 40
                handoffMaxLine: 50
                """);
        assertProblems(loaded, Range.of(1, 0, 1, 14));
        assertThat(loaded.problems().get(0).message()).contains("handoffMaxLine");
        assertThat(loaded.config().handoffMaxLines()).isEqualTo(40);
    }

    @Test
    void keysAreCaseSensitive() {
        LoadedConfig loaded = load("HandoffMaxLines: 40\n");
        assertProblems(loaded, Range.of(0, 0, 0, 15));
        assertThat(loaded.config().handoffMaxLines()).isEqualTo(30);
    }

    @Test
    void wrongTypeIsAProblemOnTheValueAndKeepsTheDefault() {
        LoadedConfig list = load("handoffMaxLines: [40]\n");
        assertProblems(list, Range.of(0, 17, 0, 21));
        assertThat(list.config().handoffMaxLines()).isEqualTo(30);

        LoadedConfig word = load("handoffMaxLines: forty\n");
        assertProblems(word, Range.of(0, 17, 0, 22));
        assertThat(word.config().handoffMaxLines()).isEqualTo(30);

        LoadedConfig zero = load("handoffMaxLines: 0\n");
        assertProblems(zero, Range.of(0, 17, 0, 18));

        LoadedConfig mapping = load("coordinatorFolders: {a: b}\n");
        assertProblems(mapping, Range.of(0, 20, 0, 26));
        assertThat(patterns(mapping.config().coordinatorFolders())).containsExactly("*coord*");

        LoadedConfig scalarForMap = load("severity: loud\n");
        assertProblems(scalarForMap, Range.of(0, 10, 0, 14));
        assertThat(scalarForMap.config().severity()).isEmpty();
    }

    @Test
    void wrongTypeInsideAListIsAProblemOnThatElement() {
        LoadedConfig loaded = load("pipelines:\n  web: [apps/web, [nested]]\n");
        assertProblems(loaded, Range.of(1, 18, 1, 26));
    }

    @Test
    void unknownSeverityIsAProblemOnTheValue() {
        LoadedConfig flow = load("severity: {HL206: silent, HL304: warning}\n");
        assertProblems(flow, Range.of(0, 18, 0, 24));
        assertThat(flow.config().severity()).containsExactlyEntriesOf(Map.of(Code.HL304, Severity.WARNING));

        LoadedConfig block = load("severity:\n  HL304: loud\n");
        assertProblems(block, Range.of(1, 9, 1, 13));
    }

    @Test
    void unknownRuleCodeIsAProblemOnTheKey() {
        LoadedConfig loaded = load("severity: {HL999: off}\n");
        assertProblems(loaded, Range.of(0, 11, 0, 16));
        assertThat(loaded.problems().get(0).message()).contains("HL999");
    }

    @Test
    void unparsableSizeIsAProblemOnTheValue() {
        LoadedConfig loaded = load("maxFileSize: big\n");
        assertProblems(loaded, Range.of(0, 13, 0, 16));
        assertThat(loaded.config().maxFileSize()).isEqualTo(2L * 1024 * 1024);
    }

    @Test
    void sizeThatOverflowsIsAProblemOnTheValue() {
        assertSizeProblem(
                "maxFileSize: 99999999999999999999\n", Range.of(0, 13, 0, 33), "more than the highest allowed, 1GB");
    }

    @Test
    void sizeAboveOneGigabyteIsAProblemOnTheValue() {
        assertSizeProblem("maxFileSize: 8589934592GB\n", Range.of(0, 13, 0, 25), "1GB");
        assertSizeProblem("maxFileSize: 1073741825\n", Range.of(0, 13, 0, 23), "1GB");
        assertSizeProblem("maxFileSize:   2G   # too much\n", Range.of(0, 15, 0, 17), "1GB");
        assertThat(load("maxFileSize: 1073741824\n").problems()).isEmpty();
    }

    @Test
    void zeroSizeIsAProblemOnTheValue() {
        assertSizeProblem("maxFileSize: 0KB\n", Range.of(0, 13, 0, 16), "more than 0");
    }

    /** One problem at {@code at}, and the default size applies meanwhile. */
    private static void assertSizeProblem(String yaml, Range at, String message) {
        LoadedConfig loaded = load(yaml);
        assertProblems(loaded, at);
        assertThat(loaded.problems().get(0).message()).contains(message);
        assertThat(loaded.config().maxFileSize()).isEqualTo(2L * 1024 * 1024);
    }

    @Test
    void sizeThatOverflowsIsAnHL001FindingInTheEditor() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "handoffMaxLines: 40\nmaxFileSize: 99999999999999999999\n")
                .file(L2, GAP_L2);
        ws.assertAllFindings(".handoff.yaml", d(1, 13, 1, 33, Code.HL001));
        assertThat(ws.index().configs().root().config().handoffMaxLines()).isEqualTo(40);
    }

    @Test
    void unknownKindIsAProblemOnTheKeyInUtf16Columns() {
        LoadedConfig loaded = load("kinds: {\"😀\": [a.md], directive: [\"orders/**\"]}\n");
        assertProblems(loaded, Range.of(0, 8, 0, 12));
        assertThat(loaded.config().kinds()).containsOnlyKeys(DocumentKind.DIRECTIVE);
    }

    @Test
    void invalidIdPrefixIsAProblem() {
        LoadedConfig loaded = load("idPrefixes: {AD: Decisions, sec: Security}\n");
        assertThat(loaded.problems()).hasSize(1);
        assertThat(loaded.problems().get(0).message()).contains("sec");
        assertThat(loaded.config().idPrefixes()).containsOnlyKeys("AD");
    }

    @Test
    void invalidIdPrefixIsReportedOnTheKey() {
        LoadedConfig loaded = load("idPrefixes: {AD: Decisions, sec: Security}\n");
        assertProblems(loaded, Range.of(0, 28, 0, 31));
    }

    @Test
    void duplicateKeyIsAProblemOnTheSecondKey() {
        LoadedConfig loaded = load("handoffMaxLines: 40\nhandoffMaxLines: 50\n");
        assertProblems(loaded, Range.of(1, 0, 1, 15));
    }

    // ---- missing, empty and malformed files ----

    @Test
    void missingFileMeansDefaults() {
        LoadedConfig loaded = TestWorkspace.in(tmp).file(L2, "# Phase 3\n").config();
        assertThat(loaded.path()).isNull();
        assertThat(loaded.problems()).isEmpty();
        assertDefaults(loaded.config());
    }

    @Test
    void emptyOrCommentOnlyFileMeansDefaults() {
        for (String yaml : List.of("", "\n\n", "# nothing configured yet\n")) {
            LoadedConfig loaded = load(yaml);
            assertThat(loaded.problems()).as(yaml).isEmpty();
            assertDefaults(loaded.config());
        }
    }

    @Test
    void malformedYamlGivesAProblemAndDefaults() {
        LoadedConfig loaded = load("handoffMaxLines: 40\nseverity: {HL206: off\n");
        assertThat(loaded.problems()).hasSize(1);
        assertThat(loaded.problems().get(0).message()).contains("YAML does not parse");
        assertThat(loaded.problems().get(0).range().start().line()).isBetween(1, 2);
        assertDefaults(loaded.config());
    }

    @Test
    void nonMappingGivesAProblemAndDefaults() {
        LoadedConfig loaded = load("- handoffMaxLines\n- 40\n");
        assertThat(loaded.problems()).hasSize(1);
        assertThat(loaded.problems().get(0).range().start())
                .isEqualTo(Range.of(0, 0, 0, 0).start());
        assertDefaults(loaded.config());
    }

    // ---- the configuration at work ----

    private static final String GAP_L2 = """
            # Phase 3
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for Module X
            - [AD-3] PostgreSQL selected for persistence
            """;
    private static final String DEPLOY = """
            # Deploy
            - [ ] Deploy api_healer.py to Render
            """;

    @Test
    void severityOffRemovesARule() {
        TestWorkspace plain = TestWorkspace.in(tmp.resolve("plain")).file(L2, GAP_L2);
        assertThat(plain.findings(L2, Code.HL206)).isNotEmpty();

        TestWorkspace off = TestWorkspace.in(tmp.resolve("off"))
                .file(".handoff.yaml", "severity: {HL206: off}\n")
                .file(L2, GAP_L2);
        assertThat(off.findings(L2, Code.HL206)).isEmpty();
        assertThat(off.findings(".handoff.yaml")).isEmpty();
    }

    @Test
    void configuredSeverityWins() {
        TestWorkspace plain = TestWorkspace.in(tmp.resolve("plain")).file("notes.md", DEPLOY);
        assertThat(plain.findings("notes.md", Code.HL304))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));

        TestWorkspace warn = TestWorkspace.in(tmp.resolve("warn"))
                .file(".handoff.yaml", "severity: {HL304: warning}\n")
                .file("notes.md", DEPLOY);
        assertThat(warn.findings("notes.md", Code.HL304))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void configuredSeverityOverridesACaseDependentDefault() {
        String l2 = """
                # Phase 3
                ## Downstream Handoff
                ### Constraints (Must-Enforce)
                - No external HTTP in Module X
                """;
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL106: error}\n")
                .file(L2, l2);
        assertThat(ws.findings(L2, Code.HL106))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void configurationProblemsAreHL001FindingsOnTheConfigurationFile() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "handoffMaxLine: 40\nseverity: {HL206: silent}\n")
                .file(L2, GAP_L2);
        ws.assertAllFindings(".handoff.yaml", d(0, 0, 0, 14, Code.HL001), d(1, 18, 1, 24, Code.HL001));
        assertThat(ws.findings(".handoff.yaml"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        // The bad entries fall back to their defaults: HL206 still fires as a hint.
        assertThat(ws.findings(L2, Code.HL206)).isNotEmpty();
    }

    @Test
    void validConfigurationHasNoFindings() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "handoffMaxLines: 40\nseverity: {HL206: off}\n")
                .file(L2, GAP_L2);
        ws.assertAllFindings(".handoff.yaml");
    }

    @Test
    void markdownLargerThanMaxFileSizeIsSkippedWithHL002AndNotParsed() {
        String big = ".agent/teams/alpha/phase-9/coordinator/L2-summary.md";
        String content =
                "# Phase 9\n- [ ] Deploy api_healer.py to Render\n" + "Filler line of the export.\n".repeat(60);
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "maxFileSize: 1KB\n")
                .file(big, content)
                .file(L2, "# Phase 3\n## Findings\nSmall.\n");
        ws.assertAllFindings(big, d(0, 0, 0, 0, Code.HL002));
        List<Finding> skipped = ws.findings(big);
        assertThat(skipped.get(0).message()).contains(String.valueOf(content.length()), "1024");
        assertThat(ws.index().document(big)).isEmpty();
        assertThat(ws.index().document(L2)).isPresent();
        ws.assertFindings(L2, Code.HL101, d(0, 0, 0, 9, Code.HL101));
    }

    @Test
    void ignoredDocumentsAreNotChecked() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "ignore: [\"archive/**\"]\n")
                .file("archive/" + L2, "# Phase 3\n")
                .file(L2, "# Phase 3\n");
        assertThat(ws.index().document("archive/" + L2)).isEmpty();
        assertThat(ws.findings("archive/" + L2)).isEmpty();
        ws.assertFindings(L2, Code.HL101, d(0, 0, 0, 9, Code.HL101));
    }

    @Test
    void archivesAreIgnoredByDefaultButTheirFilesStillExist() {
        String task = "- [ ] Deploy missing.py\n";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("openspec/changes/archive/2025-01-add-x/tasks.md", task)
                .file("docs/archived/old-plan.md", task)
                .file("docs/archive/engine.py", "")
                .file("docs/archive-notes.md", task)
                .file("notes/plan.md", "- [ ] Deploy docs/archive/engine.py\n" + task);
        assertThat(ws.index().document("openspec/changes/archive/2025-01-add-x/tasks.md"))
                .isEmpty();
        assertThat(ws.index().document("docs/archived/old-plan.md")).isEmpty();
        assertThat(ws.allFindings()).extracting(Finding::path).containsOnly("docs/archive-notes.md", "notes/plan.md");
        ws.assertFindings("notes/plan.md", Code.HL304, d(1, 13, 1, 23, Code.HL304));
    }

    @Test
    void configuredKindGlobClassifiesADocument() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "kinds: {directive: [\"**/orders/*.md\"]}\n")
                .file("work/orders/next.md", "# Orders\nDo {the thing}.\n")
                .file("work/notes/next.md", "# Orders\nDo {the thing}.\n");
        assertThat(ws.document("work/orders/next.md").kind()).isEqualTo(DocumentKind.DIRECTIVE);
        assertThat(ws.document("work/notes/next.md").kind()).isEqualTo(DocumentKind.OTHER);
        ws.assertFindings("work/orders/next.md", Code.HL107, d(1, 3, 1, 14, Code.HL107));
    }

    @Test
    void configuredPrefixBecomesAnExpectedCategory() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(
                        ".handoff.yaml",
                        "idPrefixes: {AD: Decisions, R: Risks, IC: Interface Contracts, C: Constraints, "
                                + "OQ: Open Questions, SEC: Security Findings}\n")
                .file(L2, """
                        # Phase 3
                        ## Downstream Handoff
                        ### Decisions
                        - None
                        ### Risks
                        - None
                        ### Contracts
                        - None
                        ### Constraints
                        - None
                        ### Questions
                        - None
                        ### Artifacts
                        - None
                        """);
        ws.assertFindings(L2, Code.HL102, d(1, 0, 1, 21, Code.HL102));
        assertThat(ws.findings(L2, Code.HL102).get(0).message()).contains("Security Findings");
    }
}
