package dev.handoffls.util;

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
 * A glob first tests that the path contains the pattern's longest literal run before running its automaton:
 * that may only skip paths the automaton would not match.
 */
@AddLifecycleHook(PropertyBudget.class)
class GlobLiteralPropertyTest {
    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.of("*", "**", "**/", "?", "a", "b", "ab", "/", "{a,b}", "{", "}", ",", ".", "x.md", "_t")
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of("a", "b", "ab", "/", ".", "x.md", "_t", "{", "}", ",", "c")
                .list()
                .ofMinSize(1)
                .ofMaxSize(8)
                .map(p -> String.join("", p));
    }

    @Property
    void theLiteralShortcutAnswersAsTheAutomaton(@ForAll("patterns") String pattern, @ForAll("paths") String path) {
        Glob glob = new Glob(pattern);
        // The pattern as Glob reads it: without a leading "./" or "/", or a trailing "/" (a 100k-try run
        // found "./" left in here: the oracle, not Glob, was wrong).
        String p = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        p = p.startsWith("/") ? p.substring(1) : p;
        p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        GlobAutomaton automaton = new GlobAutomaton(p);
        boolean expected;
        if (!p.contains("/")) {
            expected = false;
            for (String segment : path.split("/")) {
                expected |= automaton.matches(segment);
            }
        } else {
            expected = automaton.matchesPathOrFolderAbove(path);
        }
        assertThat(glob.matches(path)).as(pattern + " ~ " + path).isEqualTo(expected);
    }

    @Test
    void literals() {
        assertThat(Glob.longestLiteral("**/_templates/**")).isEqualTo("_templates/");
        assertThat(Glob.longestLiteral("*.{md,markdown}")).isEqualTo(".");
        assertThat(Glob.longestLiteral("node_modules")).isEqualTo("node_modules");
        assertThat(Glob.longestLiteral("docs/{a,bb}/*.md")).isEqualTo("docs/");
        assertThat(Glob.longestLiteral("*")).isEmpty();
    }
}
