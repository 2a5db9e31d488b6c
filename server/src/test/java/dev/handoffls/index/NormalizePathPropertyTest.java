package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.PropertyBudget;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/** Every written path is normalised; the shortcut for paths already normal must answer as the general case. */
@AddLifecycleHook(PropertyBudget.class)
class NormalizePathPropertyTest {
    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> segment = Arbitraries.of("a", "docs", "x.md", ".", "..", "", "...", ".hidden", "a..b");
        return segment.list().ofMaxSize(5).map(s -> String.join("/", s));
    }

    @Property
    void theShortcutAnswersAsSegmentBySegment(@ForAll("paths") String folder, @ForAll("paths") String path) {
        assertThat(PathResolver.normalize(folder, path)).isEqualTo(PathResolver.normalizeBySegments(folder, path));
    }

    @Test
    void examples() {
        assertThat(PathResolver.normalize("docs", "api/x.md")).contains("docs/api/x.md");
        assertThat(PathResolver.normalize("", "x.md")).contains("x.md");
        assertThat(PathResolver.normalize("docs", "../x.md")).contains("x.md");
        assertThat(PathResolver.normalize("docs", "../../x.md")).isEmpty();
        assertThat(PathResolver.normalize("docs", "a..b/x.md")).contains("docs/a..b/x.md");
        assertThat(PathResolver.normalize("docs", "")).contains("docs");
    }
}
