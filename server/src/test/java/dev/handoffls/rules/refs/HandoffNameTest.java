package dev.handoffls.rules.refs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Paths to handoff tickets are HL307's, never HL303/HL304 (spec §12): which paths count as one. */
class HandoffNameTest {
    @Test
    void aHandoffTicketIsAMarkdownFileWhoseNameStartsWithHandoffDash() {
        assertThat(PathChecks.isHandoffName("handoff-auth.md")).isTrue();
        assertThat(PathChecks.isHandoffName(".agent/teams/a/handoff-2026-03-01.md"))
                .isTrue();
        assertThat(PathChecks.isHandoffName("handoff-.md")).isTrue();
    }

    @Test
    void nearMissesAreOrdinaryPaths() {
        assertThat(PathChecks.isHandoffName("my-handoff-auth.md")).isFalse();
        assertThat(PathChecks.isHandoffName("handoff-auth.md/notes.md")).isFalse();
        assertThat(PathChecks.isHandoffName("handoff-auth/notes.md")).isFalse();
        assertThat(PathChecks.isHandoffName("handoff.md")).isFalse();
        assertThat(PathChecks.isHandoffName("handoff-md")).isFalse();
        assertThat(PathChecks.isHandoffName("handoff-auth.mdx")).isFalse();
        assertThat(PathChecks.isHandoffName("")).isFalse();
    }
}
