package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.index.Trail.SiteKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.parse.DocumentParser;
import java.lang.ref.WeakReference;
import org.junit.jupiter.api.Test;

/** A document's mentions, worked out once per parse and kept no longer than the document. */
class MentionSitesTest {
    private static final DocumentParser PARSER = new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults()));

    private static HandoffDocument l2() {
        return PARSER.parse(
                ".agent/teams/a/phase-2/L2-summary.md",
                "# Phase 2\nWe watched R-1 and AD-3.\nDropped: R-1 — the vendor fixed it\nR-1 again.\n");
    }

    @Test
    void referencesAndMarkersByIdInTheOrderFoundAndAMarkersLineIsTheMarkerOnly() {
        var mentions = MentionSites.of(l2());

        assertThat(mentions.keySet()).containsExactly("R-1", "AD-3");
        assertThat(mentions.get("R-1"))
                .extracting(m -> m.kind() + "@" + m.range().startLine())
                .containsExactly(SiteKind.REF + "@1", SiteKind.REF + "@3", SiteKind.CLOSED + "@2");
    }

    @Test
    void oneParseIsWorkedOutOnce() {
        HandoffDocument doc = l2();

        assertThat(MentionSites.of(doc)).isSameAs(MentionSites.of(doc));
        assertThat(MentionSites.of(l2())).isNotSameAs(MentionSites.of(doc));
    }

    @Test
    void theMemoDoesNotKeepItsDocumentAlive() throws InterruptedException {
        HandoffDocument doc = l2();
        assertThat(MentionSites.of(doc)).isNotEmpty();
        WeakReference<HandoffDocument> ref = new WeakReference<>(doc);
        doc = null;

        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(ref.get())
                .as("an edited document's old parse can be collected")
                .isNull();
    }
}
