package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.model.DocumentKind;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec §2, §12: what makes a PERMANENT Task, and what only looks like one. */
class PtKindTest {
    private static final String TEAM = ".agent/teams/alpha/";
    private static final String WITH_REGISTRY = """
            # PERMANENT Task — alpha
            ## Risk Registry
            - [R-1] Slow queries.
            """;
    /** A note about the PT, quoting its title. */
    private static final String TITLE_ONLY = """
            # PERMANENT Task review
            The PT reads well; two risks are stale.
            """;

    @TempDir
    Path tmp;

    private DocumentKind kindOf(String path, String text) {
        return TestWorkspace.in(tmp).file(path, text).document(path).kind();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "## [PERMANENT] — PT-v2\n### Architecture Decisions\n- None\n",
                WITH_REGISTRY,
                "# Permanent task\n## Codebase Impact Map\n- phase 3: api/\n"
            })
    void aPtTitleWithARegistrySectionIsAPt(String text) {
        assertThat(kindOf(TEAM + "notes/export.md", text)).isEqualTo(DocumentKind.PERMANENT_TASK);
    }

    @ParameterizedTest
    @ValueSource(strings = {TITLE_ONLY, "## [PERMANENT] — PT-v2\nSee the team folder.\n## Next steps\n- Sync\n"})
    void aPtTitleWithoutARegistrySectionIsNotAPt(String text) {
        assertThat(kindOf(TEAM + "notes/export.md", text)).isEqualTo(DocumentKind.OTHER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"permanent-task.md", "PERMANENT-TASK.md", "PT.md", "PT-v3.md"})
    void aPtFileNameNeedsNoRegistrySection(String name) {
        assertThat(kindOf(TEAM + name, TITLE_ONLY)).isEqualTo(DocumentKind.PERMANENT_TASK);
    }

    @Test
    void frontMatterKindNeedsNoRegistrySection() {
        assertThat(kindOf(TEAM + "notes/export.md", "---\nkind: permanent-task\n---\n" + TITLE_ONLY))
                .isEqualTo(DocumentKind.PERMANENT_TASK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"L3-full/permanent-task.md", "L3-full/PT-v2.md", "phase-5/L3-full/exports/pt-copy.md"})
    void aFileUnderL3FullIsNeverAPt(String path) {
        assertThat(kindOf(TEAM + path, "---\nkind: permanent-task\n---\n" + WITH_REGISTRY))
                .isNotEqualTo(DocumentKind.PERMANENT_TASK);
    }

    @Test
    void aFolderThatOnlyStartsLikeL3FullDoesNotCount() {
        assertThat(kindOf(TEAM + "L3-full-notes/permanent-task.md", TITLE_ONLY)).isEqualTo(DocumentKind.PERMANENT_TASK);
    }
}
