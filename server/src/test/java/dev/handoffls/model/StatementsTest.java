package dev.handoffls.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.PropertyBudget;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/** HL201/HL206 compare statements after the normalisation of spec §7; the fast path must not change it. */
@AddLifecycleHook(PropertyBudget.class)
class StatementsTest {
    /** Spec §7 as two regexes: the definition the fast path for plain statements must agree with. */
    private static String bySpec(String s) {
        String noEmphasis = Pattern.compile("(\\*\\*|__|\\*|(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])|~~)")
                .matcher(s)
                .replaceAll("");
        return noEmphasis.replaceAll("\\s+", " ").trim();
    }

    @Test
    void emphasisAndWhitespaceDoNotMakeTwoStatementsDiffer() {
        assertThat(Statements.normalize("  Use **Postgres**\r\n  for  _the_ store "))
                .isEqualTo("Use Postgres for the store");
        assertThat(Statements.normalize("Use Postgres for the store")).isEqualTo("Use Postgres for the store");
        assertThat(Statements.normalize("snake_case stays")).isEqualTo("snake_case stays");
        assertThat(Statements.normalize("\u0001 edge\u00a0space ")).isEqualTo("edge\u00a0space");
    }

    @Provide
    Arbitrary<String> statements() {
        return Arbitraries.strings()
                .withChars('a', 'Z', '7', ' ', '\t', '\n', '\r', '*', '_', '~', 'é', '漢', '\u00a0', '\u2028', '\u0001')
                .ofMaxLength(24);
    }

    @Property
    void normalizingEqualsTheSpecsRegexes(@ForAll("statements") String statement) {
        assertThat(Statements.normalize(statement)).isEqualTo(bySpec(statement));
    }
}
