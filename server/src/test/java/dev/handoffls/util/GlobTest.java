package dev.handoffls.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GlobTest {

    private static Glob g(String pattern) {
        return new Glob(pattern);
    }

    // ---- patterns without '/' match one path segment at any depth ----

    @Test
    void segmentPatternMatchesANameAtAnyDepthAndEverythingBelowIt() {
        Glob glob = g("node_modules");
        assertThat(glob.matches("node_modules")).isTrue();
        assertThat(glob.matches("node_modules/pkg/README.md")).isTrue();
        assertThat(glob.matches("web/node_modules/pkg/README.md")).isTrue();
        assertThat(glob.matches("node_modules2/README.md")).isFalse();
        assertThat(glob.matches("my_node_modules/README.md")).isFalse();
    }

    @Test
    void segmentPatternWithWildcardMatchesFileNames() {
        Glob glob = g("*.draft.md");
        assertThat(glob.matches("notes.draft.md")).isTrue();
        assertThat(glob.matches("a/b/notes.draft.md")).isTrue();
        assertThat(glob.matches("a/b/notes.md")).isFalse();
        assertThat(glob.matches("a/b/notes.draft.md.bak")).isFalse();
    }

    @Test
    void leadingDotSlashAndTrailingSlashAreIgnored() {
        Glob glob = g("./archive/");
        assertThat(glob.matches("archive/old.md")).isTrue();
        // Without its slashes the pattern is a name: it matches at any depth.
        assertThat(glob.matches("docs/archive/old.md")).isTrue();
        assertThat(glob.matches("archives/old.md")).isFalse();
        assertThat(glob.pattern()).isEqualTo("./archive/");
    }

    // ---- patterns with '/' are anchored at the root ----

    @Test
    void anchoredPatternMatchesFromTheRootOnly() {
        Glob glob = g("archive/**");
        assertThat(glob.matches("archive/old.md")).isTrue();
        assertThat(glob.matches("archive/2025/q1/old.md")).isTrue();
        assertThat(glob.matches("docs/archive/old.md")).isFalse();
        assertThat(glob.matches("archived/old.md")).isFalse();
    }

    @Test
    void singleStarDoesNotCrossFolders() {
        Glob glob = g("docs/*.md");
        assertThat(glob.matches("docs/a.md")).isTrue();
        assertThat(glob.matches("docs/sub/a.md")).isFalse();
        assertThat(glob.matches("other/docs/a.md")).isFalse();

        Glob middle = g("a/*/c.md");
        assertThat(middle.matches("a/b/c.md")).isTrue();
        assertThat(middle.matches("a/b/x/c.md")).isFalse();
    }

    @Test
    void questionMarkMatchesOneCharacterExceptSlash() {
        Glob glob = g("phase-?/notes.md");
        assertThat(glob.matches("phase-3/notes.md")).isTrue();
        assertThat(glob.matches("phase-12/notes.md")).isFalse();
        assertThat(g("a?b/x.md").matches("a/b/x.md")).isFalse();
    }

    @Test
    void anchoredPatternThatMatchesAFolderMatchesEverythingBelowIt() {
        Glob glob = g("docs/private");
        assertThat(glob.matches("docs/private")).isTrue();
        assertThat(glob.matches("docs/private/secret.md")).isTrue();
        assertThat(glob.matches("docs/private/deep/secret.md")).isTrue();
        assertThat(glob.matches("docs/privateer.md")).isFalse();
    }

    // ---- '**/' matches zero or more folders ----

    @Test
    void leadingDoubleStarMatchesZeroOrMoreFolders() {
        Glob glob = g("**/_templates/**");
        assertThat(glob.matches("_templates/l2.md")).isTrue();
        assertThat(glob.matches("a/_templates/l2.md")).isTrue();
        assertThat(glob.matches("a/b/c/_templates/d/l2.md")).isTrue();
        assertThat(glob.matches("a/_templates_old/l2.md")).isFalse();
        assertThat(glob.matches("a/my_templates/l2.md")).isFalse();
    }

    @Test
    void doubleStarInTheMiddleMatchesZeroOrMoreFolders() {
        Glob glob = g("a/**/b.md");
        assertThat(glob.matches("a/b.md")).isTrue();
        assertThat(glob.matches("a/x/b.md")).isTrue();
        assertThat(glob.matches("a/x/y/b.md")).isTrue();
        assertThat(glob.matches("a/x/y/c.md")).isFalse();
        assertThat(glob.matches("z/a/b.md")).isFalse();
    }

    @Test
    void doubleStarFileGlobMatchesAtAnyDepth() {
        Glob glob = g("**/orders/*.md");
        assertThat(glob.matches("orders/next.md")).isTrue();
        assertThat(glob.matches("work/orders/next.md")).isTrue();
        assertThat(glob.matches("work/orders/old/next.md")).isFalse();
    }

    // ---- '{a,b}' alternatives ----

    @Test
    void bracesMatchEitherAlternative() {
        Glob glob = g("*.{md,markdown}");
        assertThat(glob.matches("x/a.md")).isTrue();
        assertThat(glob.matches("x/a.markdown")).isTrue();
        assertThat(glob.matches("x/a.mdx")).isFalse();

        Glob anchored = g("{docs,notes}/**");
        assertThat(anchored.matches("docs/a.md")).isTrue();
        assertThat(anchored.matches("notes/b/c.md")).isTrue();
        assertThat(anchored.matches("other/docs/a.md")).isFalse();
    }

    @Test
    void unclosedBraceIsLiteral() {
        Glob glob = g("a{b.md");
        assertThat(glob.matches("a{b.md")).isTrue();
        assertThat(glob.matches("ab.md")).isFalse();
    }

    @Test
    void regexCharactersAreLiteral() {
        Glob glob = g("notes+(v2).md");
        assertThat(glob.matches("notes+(v2).md")).isTrue();
        assertThat(glob.matches("notessv2.md")).isFalse();
        assertThat(g("a.md").matches("abmd")).isFalse();
    }

    // ---- coordinatorFolders: one folder name ----

    @Test
    void matchesNameComparesOneFolderNameCaseSensitively() {
        Glob glob = g("*coord*");
        assertThat(glob.matchesName("coordinator")).isTrue();
        assertThat(glob.matchesName("arch-coord")).isTrue();
        assertThat(glob.matchesName("research-coord")).isTrue();
        assertThat(glob.matchesName("architect-1")).isFalse();
        assertThat(glob.matchesName("Coordinator")).isFalse();
        assertThat(g("lead").matchesName("lead")).isTrue();
        assertThat(g("lead").matchesName("team-lead")).isFalse();
    }

    // ---- pathological patterns finish (issue 13: a backtracking matcher never did) ----

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyStarsAgainstALongNameFinish() {
        Glob glob = g("*a*a*a*a*a*a*a*a*a*a*a*a*b");
        assertThat(glob.matches("a".repeat(60))).isFalse();
        assertThat(glob.matches("x/" + "a".repeat(60) + "b")).isTrue();
        assertThat(glob.matchesName("a".repeat(5000))).isFalse();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void manyDoubleStarFoldersAgainstADeepPathFinish() {
        Glob glob = g("**/".repeat(12) + "y.md");
        String deep = "d/".repeat(40);
        assertThat(glob.matches(deep + "x.md")).isFalse();
        assertThat(glob.matches(deep + "y.md")).isTrue();
        assertThat(g("a/" + "**/".repeat(12) + "**").matches("b/" + deep + "x.md"))
                .isFalse();
    }

    @Test
    void stillTheSameSyntaxAtTheEdges() {
        assertThat(g("x/a**b").matches("x/axx/yyb")).isTrue();
        assertThat(g("a**b").matches("axx/yyb")).isFalse();
        assertThat(g("***/x").matches("ab/x")).isTrue();
        assertThat(g("{a,}x.md").matches("x.md")).isTrue();
        assertThat(g("a{b{c}d").matches("ab{cd")).isTrue();
        assertThat(g("a{b{c}d").matches("acd")).isFalse();
        assertThat(g("x/{*,?}").matches("x/*")).isTrue();
        assertThat(g("x/{*,?}").matches("x/a")).isFalse();
    }
}
