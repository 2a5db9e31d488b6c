package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingAnchorTest {
    private static final String GUIDE = "docs/guide.md";
    private static final String NOTES = "docs/notes.md";

    @TempDir
    Path tmp;

    private TestWorkspace withGuide() {
        return TestWorkspace.in(tmp).file(GUIDE, """
                # Guide
                ## Setup & Install
                ## What's new?
                ### Risks Identified (Must-Track)
                ## Notes
                ## Notes
                """);
    }

    @Test
    void reportsAnAnchorNoHeadingHas() {
        TestWorkspace ws = withGuide().file(NOTES, """
                See [install](guide.md#install).
                """);
        ws.assertFindings(NOTES, Code.HL310, d(0, 22, 0, 30, Code.HL310));
    }

    @Test
    void githubSlugsDropPunctuationAndNumberDuplicateHeadings() {
        TestWorkspace ws = withGuide().file(NOTES, """
                [a](guide.md#setup--install) [b](guide.md#whats-new) [c](guide.md#risks-identified-must-track)
                [d](guide.md#notes) [e](guide.md#notes-1) [f](guide.md#Notes)
                """);
        ws.assertFindings(NOTES, Code.HL310);
    }

    @Test
    void aThirdNumberForATwiceWrittenHeadingDoesNotExist() {
        TestWorkspace ws = withGuide().file(NOTES, """
                [d](guide.md#notes-2)
                """);
        ws.assertFindings(NOTES, Code.HL310, d(0, 12, 0, 20, Code.HL310));
    }

    @Test
    void checksSameDocumentAnchors() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                # Notes
                ## Local heading
                Jump to [it](#local-heading) or [nowhere](#nowhere).
                """);
        ws.assertFindings(NOTES, Code.HL310, d(2, 42, 2, 50, Code.HL310));
    }

    @Test
    void aLinkToAMissingFileIsNotAnAnchorProblem() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                See [gone](gone.md#intro).
                """);
        ws.assertFindings(NOTES, Code.HL310);
        ws.assertFindings(NOTES, Code.HL303, d(0, 11, 0, 18, Code.HL303));
    }

    /** python-markdown's slugs: "setup-install" (one hyphen), "notes_1" for the second "Notes". */
    private static final String TOC_LINKS = "[a](guide.md#setup-install) [b](guide.md#notes_1)\n";

    @Test
    void underAnMkdocsSiteThePythonMarkdownSlugIsAcceptedToo() {
        TestWorkspace ws = withGuide().file("mkdocs.yml", "site_name: Guide\n").file(NOTES, TOC_LINKS);
        ws.assertFindings(NOTES, Code.HL310);
    }

    @Test
    void withoutAnMkdocsSiteAPythonMarkdownSlugIsMissing() {
        TestWorkspace ws =
                withGuide().file("site/mkdocs.yml", "site_name: Other\n").file(NOTES, TOC_LINKS);
        ws.assertFindings(NOTES, Code.HL310, d(0, 12, 0, 26, Code.HL310), d(0, 40, 0, 48, Code.HL310));
    }

    @Test
    void underAnMkdocsSiteAnAnchorNoHeadingHasStillFires() {
        TestWorkspace ws = withGuide().file("mkdocs.yml", "site_name: Guide\n").file(NOTES, """
                See [install](guide.md#install).
                """);
        ws.assertFindings(NOTES, Code.HL310, d(0, 22, 0, 30, Code.HL310));
    }

    @Test
    void underAnMkdocsSiteAnAttributeListIdIsTheHeadingsAnchor() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("mkdocs.yml", "site_name: Guide\n")
                .file(GUIDE, "# Guide\n## Setup & Install {#install}\n")
                .file(NOTES, "[a](guide.md#install) [b](guide.md#setup-install)\n");
        ws.assertFindings(NOTES, Code.HL310, d(0, 34, 0, 48, Code.HL310));
    }
}
