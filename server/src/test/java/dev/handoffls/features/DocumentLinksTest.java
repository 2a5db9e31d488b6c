package dev.handoffls.features;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentLinksTest {
    @TempDir
    Path tmp;

    @Test
    void linksLeadToExistingFilesOnly() {
        String ticket = "handoffs/handoff-deploy-20260220.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(ticket, """
                # Deploy
                **ID**: handoff-deploy-20260220
                See [[skill-render]] and [guide](../docs/guide.md#setup), then `handoff-old-20260101.md`.
                - [ ] Deploy services/api.py and services/missing.py
                """)
                .file("notes/skill-render.md", "# Render\n")
                .file("docs/guide.md", "# Guide\n\n## Setup\n")
                .file("archive/handoff-old-20260101.md", "# Old\n")
                .file("services/api.py", "");
        var links = DocumentLinks.of(ws.index(), ws.document(ticket));
        assertThat(links)
                .extracting(DocumentLinks.Link::target)
                .containsExactly(
                        "notes/skill-render.md", "docs/guide.md", "archive/handoff-old-20260101.md", "services/api.py");
        assertThat(links.get(0).range()).isEqualTo(Range.of(2, 6, 2, 18));
        assertThat(links.get(1).line()).isEqualTo(2);
    }
}
