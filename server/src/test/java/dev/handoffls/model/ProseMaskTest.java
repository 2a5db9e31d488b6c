package dev.handoffls.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A document keeps where its prose was blanked, not a second copy of its text: the prose must come back exact. */
class ProseMaskTest {
    private static final String TEXT =
            "# Plan 🚀\r\nUse `code here` and [link](docs/a.md) 漢字.\r\n```\nfenced AD-1\n```\nend  ";
    private static final String PROSE =
            "# Plan 🚀\r\nUse             and [link]            漢字.\r\n   \n           \n   \nend  ";

    @Test
    void rebuildsTheProseExactlyAndAnswersEveryOffsetWithoutRebuilding() {
        assertThat(PROSE).hasSameSizeAs(TEXT);
        ProseMask mask = ProseMask.of(TEXT, PROSE);
        assertThat(mask.apply(TEXT)).isEqualTo(PROSE);
        for (int i = 0; i < TEXT.length(); i++) {
            assertThat(mask.charAt(TEXT, i)).as("offset %d", i).isEqualTo(PROSE.charAt(i));
        }
    }

    @Test
    void aTextWithNothingBlankedIsItsOwnProse() {
        ProseMask mask = ProseMask.of("plain prose", "plain prose");
        assertThat(mask.apply("plain prose")).isSameAs("plain prose");
        assertThat(mask).isEqualTo(ProseMask.of("other", "other"));
    }

    @Test
    void aProseThatDiffersByMoreThanSpacesIsKeptAsIs() {
        ProseMask mask = ProseMask.of("abc", "aXc");
        assertThat(mask.apply("abc")).isEqualTo("aXc");
        assertThat(mask.charAt("abc", 1)).isEqualTo('X');
    }
}
