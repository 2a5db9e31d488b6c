package dev.handoffls.snapshots;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.rules.Checker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real tickets written by other people (../shared/corpus/bpr-d): the repository's tree is rebuilt
 * from TREE.txt as empty files, the copied documents laid over it (corpus README), and the findings
 * pinned. Each was reviewed by hand: a finding here must be one a user would thank us for.
 */
class CorpusSnapshotTest {
    @TempDir
    Path scratch;

    static Path corpus() {
        return Snapshots.repoRoot().resolve("../shared/corpus/bpr-d").normalize();
    }

    static Path build(Path scratch) throws IOException {
        Path corpus = corpus();
        List<String> tree = Files.readAllLines(corpus.resolve("TREE.txt"), StandardCharsets.UTF_8);
        for (String line : tree) {
            if (line.isBlank()) {
                continue;
            }
            Path p = scratch.resolve(line).normalize();
            if (!p.startsWith(scratch)) {
                continue;
            }
            Files.createDirectories(p.getParent());
            if (!Files.exists(p)) {
                Files.createFile(p);
            }
        }
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = corpus.relativize(f).toString();
                if (rel.equals("TREE.txt") || rel.equals("MANIFEST.tsv")) {
                    continue;
                }
                Path target = scratch.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return scratch;
    }

    @Test
    void findingsMatchTheReviewedSnapshot() throws Exception {
        assumeThat(corpus().resolve("TREE.txt")).exists();
        Path ws = build(scratch);
        WorkspaceIndex index = new WorkspaceLoader(ws, LoadedConfig.defaults()).scan();
        Snapshots.assertMatches(
                "corpus-bpr-d.txt", Snapshots.render(Checker.standard().check(index, Checker.everything())));
    }
}
