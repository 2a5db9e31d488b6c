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

/** "AD-1 through AD-4", "AD-1..AD-4", "AD-1 – AD-4": what may stand between two IDs of a range. */
@AddLifecycleHook(PropertyBudget.class)
class RangeJoinerPropertyTest {
    /** The rule as first written (with copies of the text between): the oracle for the index-based one. */
    private static boolean asWritten(String between) {
        String trimmed = between.strip();
        if (trimmed.equals("..") || trimmed.equals("–") || trimmed.equals("—") || trimmed.equals("~")) {
            return trimmed.length() == between.length() || !between.contains("\n");
        }
        return (trimmed.equals("through") || trimmed.equals("to"))
                && between.length() > trimmed.length()
                && Character.isWhitespace(between.charAt(0))
                && Character.isWhitespace(between.charAt(between.length() - 1))
                && !between.contains("\n\n");
    }

    @Provide
    Arbitrary<String> betweens() {
        Arbitrary<String> part =
                Arbitraries.of(" ", "\n", "\r\n", "\t", "..", "–", "—", "~", "to", "through", "x", "and");
        return part.list().ofMaxSize(6).map(p -> String.join("", p));
    }

    @Property
    void answersAsTheRuleAsFirstWritten(@ForAll("betweens") String between) {
        String text = "AD-1" + between + "AD-4";
        assertThat(IdGrammar.isRangeJoiner(text, 4, 4 + between.length())).isEqualTo(asWritten(between));
    }

    @Test
    void examples() {
        assertThat(IdGrammar.isRangeJoiner("AD-1 through AD-4", 4, 13)).isTrue();
        assertThat(IdGrammar.isRangeJoiner("AD-1..AD-4", 4, 6)).isTrue();
        assertThat(IdGrammar.isRangeJoiner("AD-1 and AD-4", 4, 9)).isFalse();
        assertThat(IdGrammar.isRangeJoiner("AD-1\n\nto AD-4", 4, 10)).isFalse();
    }
}
