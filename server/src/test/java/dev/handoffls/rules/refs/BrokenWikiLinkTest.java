package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenWikiLinkTest {
    private static final String TICKET = "_agents/_handoffs/notes.md";

    @TempDir
    Path tmp;

    private TestWorkspace skills() {
        return TestWorkspace.in(tmp)
                .file("skills/skill-render-deployment.md", "# Render deployment\n")
                .file("skills/deep/skill-cost-governance.md", "# Cost governance\n");
    }

    @Test
    void reportsALinkToANoteThatDoesNotExist() {
        TestWorkspace ws = skills().file(TICKET, """
                **Related Skills**: [[skill-render-deploy]]
                """);
        ws.assertFindings(TICKET, Code.HL306, d(0, 22, 0, 41, Code.HL306));
    }

    @Test
    void severalLinksOnOneLineAreCheckedOneByOne() {
        TestWorkspace ws = skills().file(TICKET, """
                **Related Skills**: [[skill-render-deploy]] | [[skill-cost-governance]] | [[skill-telegram-alerts]]
                """);
        ws.assertFindings(TICKET, Code.HL306, d(0, 22, 0, 41, Code.HL306), d(0, 76, 0, 97, Code.HL306));
    }

    @Test
    void aliasAndHeadingFormsResolveTheNameIgnoringCaseAnywhere() {
        TestWorkspace ws = skills().file(TICKET, """
                **Related Skills**: [[Skill-Render-Deployment|Render deploys]] | [[skill-cost-governance#Budget]]
                """);
        ws.assertFindings(TICKET, Code.HL306);
    }

    @Test
    void anAliasedLinkToAMissingNoteIsReportedOnItsName() {
        TestWorkspace ws = skills().file(TICKET, """
                See [[skill-alerts|the alerts skill]] and [[skill-alerts#Setup]].
                """);
        ws.assertFindings(TICKET, Code.HL306, d(0, 6, 0, 18, Code.HL306), d(0, 44, 0, 56, Code.HL306));
    }

    @Test
    void aWikiLinkInInlineCodeShowsTheSyntaxAndIsNotALink() {
        TestWorkspace ws = skills().file(TICKET, """
                Link notes with `[[note-name]]` or `[[note-name|alias]]`; ``[[skill-alerts]]`` too.
                Next to the code span, [[skill-alerts]] is a link.
                """);
        ws.assertFindings(TICKET, Code.HL306, d(1, 25, 1, 37, Code.HL306));
    }
}
