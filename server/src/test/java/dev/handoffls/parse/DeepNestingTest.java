package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.TaskItem;
import dev.handoffls.text.DocumentText;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What follows a deeply nested list is still read (issue 13, item 14): commonmark stopped starting blocks
 * once 100 were open, counting those the next line closes, so a task after a list nested 50 deep was a
 * plain paragraph.
 */
class DeepNestingTest {
    private final DocumentParser parser = new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults()));

    private static String nestedListThenTask(int depth) {
        StringBuilder s = new StringBuilder("# Notes\n\n## Tasks\n\n");
        for (int i = 0; i < depth; i++) {
            s.append("  ".repeat(i)).append("- item ").append(i).append('\n');
        }
        return s.append("\n- [ ] Deploy tool.py\n\n## Downstream Handoff\n").toString();
    }

    @Test
    void aTaskAfterAListNested60DeepIsATask() {
        String text = nestedListThenTask(60);
        HandoffDocument doc = parser.parse("notes.md", new DocumentText(text), 0);
        int line = (int) text.lines().takeWhile(l -> !l.contains("Deploy")).count();
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.range().start().line()).isEqualTo(line);
            assertThat(t.verb()).isEqualTo("deploy");
            assertThat(t.target()).map(p -> p.text()).hasValue("tool.py");
        });
        assertThat(doc.headings()).anyMatch(h -> h.text().equals("Downstream Handoff"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void nestingBeyondTheBoundStillParsesAndEnds() {
        HandoffDocument doc = parser.parse("notes.md", new DocumentText(nestedListThenTask(1000)), 0);
        assertThat(doc.tasks()).extracting(TaskItem::checkbox).doesNotContain(false);
    }
}
