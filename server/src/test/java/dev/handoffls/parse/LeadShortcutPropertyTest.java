package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.PropertyBudget;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * The team-definition scanner tests a paragraph's first characters before it makes a substring and a
 * Matcher for {@code LEAD}: the shortcut may only skip paragraphs the pattern would not match.
 */
@AddLifecycleHook(PropertyBudget.class)
class LeadShortcutPropertyTest {
    @Provide
    Arbitrary<String> leads() {
        Arbitrary<String> part = Arbitraries.of(
                "**",
                "*",
                "A",
                "AD",
                "RISK",
                "ABCDEFGH",
                "ABCDEFGHI",
                "a",
                "-",
                "0",
                "1",
                "9",
                "12",
                ":",
                " ",
                "—",
                " - ",
                "(Title)",
                "~",
                "–",
                "\n",
                "x",
                "[",
                "R-1");
        return part.list().ofMaxSize(8).map(p -> String.join("", p));
    }

    @Property
    void skipsOnlyWhatTheLeadPatternWouldNotMatch(@ForAll("leads") String text) {
        String padded = "prose before\n" + text;
        int start = "prose before\n".length();
        if (TeamDefinitionScanner.LEAD.matcher(text).lookingAt()) {
            assertThat(TeamDefinitionScanner.mayLead(padded, start)).as(text).isTrue();
        }
    }

    @Test
    void examples() {
        assertThat(TeamDefinitionScanner.mayLead("AD-4: Use events", 0)).isTrue();
        assertThat(TeamDefinitionScanner.mayLead("**RISK-2** — late", 0)).isTrue();
        assertThat(TeamDefinitionScanner.mayLead("Risk of churn", 0)).isFalse();
        assertThat(TeamDefinitionScanner.mayLead("ABCDEFGHI-1: nine capitals", 0))
                .isFalse();
        assertThat(TeamDefinitionScanner.mayLead("AD-0: zero", 0)).isFalse();
        assertThat(TeamDefinitionScanner.mayLead("AD-", 0)).isFalse();
    }
}
