package dev.handoffls.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A repository written in the shapes real teams use (issue 8): IDs only in team forms (tables,
 * numbered headings, range headings, an L1-index.yaml, colon lists), a devil's advocate numbering
 * challenges C-1.2, C-N for contracts and RISK-N for risks, one feature over two team folders, an
 * openspec archive and task lists whose done tasks name moved files. The snapshot holds the real
 * findings (a skill whose front matter does not parse, a deleted consolidated plan, a coordinator
 * handoff missing categories, dead table-of-contents anchors, a contract restated in other words)
 * and nothing else; each was reviewed by hand.
 */
class FixtureSnapshotTest {
    private static final Path FIXTURE = Snapshots.repoRoot().resolve("server/src/test/resources/fixtures/agent-teams");

    private static List<Finding> findings() throws Exception {
        WorkspaceIndex index = new WorkspaceLoader(FIXTURE, WorkspaceLoader.readConfig(FIXTURE)).scan();
        return Checker.standard().check(index, Checker.everything());
    }

    @Test
    void findingsMatchTheReviewedSnapshot() throws Exception {
        Snapshots.assertMatches("fixture-agent-teams.txt", Snapshots.render(findings()));
    }

    @Test
    void aPipelineWithoutBracketedIdsHasNoUndefinedIdsOrGaps() throws Exception {
        assertThat(findings()).extracting(Finding::code).doesNotContain(Code.HL301, Code.HL206, Code.HL201);
    }
}
