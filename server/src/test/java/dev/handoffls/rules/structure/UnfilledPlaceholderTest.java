package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnfilledPlaceholderTest {
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";

    @TempDir
    Path tmp;

    @Test
    void placeholdersLeftInADirectiveFireOnTheBraces() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DIRECTIVE, """
                ## Directive for Phase 4 Planning Coordinator

                ### Phase-Specific Input
                Read Phase 3 coordinator's L2 at: .agent/teams/alpha/phase-3/coordinator/L2-summary.md

                ### Your Mission
                {Phase N+1 specific instructions}

                ### Workers Assigned
                {worker list with dimension assignments}
                """);
        ws.assertFindings(DIRECTIVE, Code.HL107, d(6, 0, 6, 33, Code.HL107), d(9, 0, 9, 40, Code.HL107));
    }

    @Test
    void placeholderInsideASentenceFires() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DIRECTIVE, """
                ## Directive for Phase 4 Planning Coordinator
                Report to {Lead name} by Friday.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL107, d(1, 10, 1, 21, Code.HL107));
    }

    @Test
    void placeholderInsideAPathIsAPattern() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DIRECTIVE, """
                ## Directive for Phase 4 Planning Coordinator
                Each phase writes phase-{N}/L2-summary.md when it ends.
                Keep notes in notes-{date}.md as well.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL107);
    }

    @Test
    void placeholderInsideInlineOrFencedCodeIsAPattern() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DIRECTIVE, """
                ## Directive for Phase 4 Planning Coordinator
                Write your L2 to `.agent/teams/{team}/phase-4/planning-coord/` and name it `{name}`.

                ```
                {Phase N+1 specific instructions}
                ```
                """);
        ws.assertFindings(DIRECTIVE, Code.HL107);
    }

    @Test
    void placeholdersOutsideDirectivesAreNotation() {
        String readme = "README.md";
        String l2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(readme, """
                        # Handoff protocol
                        Each new PT is saved as PT-v{N+1} and the directive holds {Phase N+1 specific instructions}.
                        """).file(l2, """
                        # Phase 3
                        The next directive should say {Phase N+1 specific instructions}.
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern for Module X
                        """);
        ws.assertFindings(readme, Code.HL107);
        ws.assertFindings(l2, Code.HL107);
    }

    @Test
    void placeholderInTheDirectiveHeadingFires() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DIRECTIVE, """
                ## Directive for {Phase N+1 Coordinator}
                Read the PT first.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL107, d(0, 17, 0, 40, Code.HL107));
    }

    @Test
    void placeholdersInCommentsAndLinkDestinationsAreNotProse() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DIRECTIVE, """
                ## Directive for Phase 4 Planning Coordinator
                <!-- fill {Phase N+1 specific instructions} from the template -->
                See the [template](docs/{template}) for the format.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL107);
    }

    @Test
    void directiveRecognisedByFrontMatterKindIsChecked() {
        String orders = "orders/next-phase.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(orders, """
                ---
                kind: directive
                ---
                # Orders
                {worker list with dimension assignments}
                """);
        ws.assertFindings(orders, Code.HL107, d(4, 0, 4, 40, Code.HL107));
    }
}
