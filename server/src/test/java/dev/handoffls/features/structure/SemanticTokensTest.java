package dev.handoffls.features.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.features.structure.SemanticTokens.Token;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticTokensTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String SUMMARY = """
            # Phase 3
            ## Summary
            🚀 See AD-1 through AD-2, R-9 and OQ-1~3.
            ### AD-7: Local decision
            AD-7 is local. ZZ-1 is not an ID. `AD-1` is code.
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern
            - [AD-2] 数据库 per tenant, unlike IC-4
            ### Open Questions (Requires Resolution)
            - [OQ-1] Single DB?
            """;
    private static final Set<String> DEFINITION = Set.of("declaration", "definition");

    @TempDir
    Path tmp;

    private static Token t(int line, int start, int length, String type, String... modifiers) {
        return new Token(line, start, length, type, Set.of(modifiers));
    }

    @Test
    void everyMentionOfAnIdIsATokenTypedByItsPrefix() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, SUMMARY);
        assertThat(SemanticTokens.of(ws.index(), ws.document(L2)))
                .containsExactly(
                        t(2, 7, 4, "handoffDecision"),
                        t(2, 20, 4, "handoffDecision"),
                        t(2, 26, 3, "handoffRisk"), // R is not bracketed in this scope: not checked
                        t(2, 34, 6, "handoffQuestion", "undefined"), // OQ is: OQ-2 and OQ-3 are defined nowhere
                        t(3, 4, 4, "handoffDecision", "declaration"),
                        t(4, 0, 4, "handoffDecision"),
                        t(7, 3, 4, "handoffDecision", "declaration", "definition"),
                        t(8, 3, 4, "handoffDecision", "declaration", "definition"),
                        t(8, 32, 4, "handoffContract"),
                        t(10, 3, 4, "handoffQuestion", "declaration", "definition"));
    }

    @Test
    void crlfGivesTheSameTokens() {
        TestWorkspace crlf = TestWorkspace.in(tmp).file(L2, SUMMARY.replace("\n", "\r\n"));
        TestWorkspace lf = TestWorkspace.in(tmp.resolve("lf")).file(L2, SUMMARY);
        assertThat(SemanticTokens.of(crlf.index(), crlf.document(L2)))
                .isEqualTo(SemanticTokens.of(lf.index(), lf.document(L2)));
    }

    @Test
    void aReferenceDefinedInAnotherFileOfTheScopeIsNotUndefinedAndOtherPrefixesAreHandoffIds() {
        String p4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "idPrefixes: {AD: Decisions, TD: Tech Debt}\n")
                .file(L2, "# P3\n## Downstream Handoff\n### Tech Debt\n- [TD-1] Legacy 数据库 adapter\n")
                .file(p4, "# P4\nWe pay down TD-1 and TD-2 now, per AD-1.\n");
        assertThat(SemanticTokens.of(ws.index(), ws.document(L2)))
                .containsExactly(t(3, 3, 4, "handoffId", "declaration", "definition"));
        assertThat(SemanticTokens.of(ws.index(), ws.document(p4)))
                .containsExactly(
                        t(1, 12, 4, "handoffId"),
                        t(1, 21, 4, "handoffId", "undefined"),
                        t(1, 35, 4, "handoffDecision")); // AD is bracketed nowhere here
    }

    @Test
    void theLegendAndTheRelativeEncoding() {
        assertThat(SemanticTokens.TOKEN_TYPES)
                .containsExactly(
                        "handoffDecision",
                        "handoffRisk",
                        "handoffContract",
                        "handoffConstraint",
                        "handoffQuestion",
                        "handoffId");
        assertThat(SemanticTokens.MODIFIERS).containsExactly("declaration", "definition", "undefined");
        List<Token> tokens = List.of(
                t(2, 7, 4, "handoffDecision"),
                t(2, 26, 3, "handoffRisk", "undefined"),
                t(7, 3, 4, "handoffQuestion", DEFINITION.toArray(String[]::new)),
                t(7, 9, 4, "handoffConstraint", "declaration"));
        assertThat(SemanticTokens.encode(tokens))
                .containsExactly(2, 7, 4, 0, 0, 0, 19, 3, 1, 4, 5, 3, 4, 4, 3, 0, 6, 4, 3, 1);
    }
}
