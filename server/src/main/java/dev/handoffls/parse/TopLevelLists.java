package dev.handoffls.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/**
 * The document's top-level lists in order, with the line each starts on: a category finds its lists by a
 * binary search instead of walking every block of the document (an L2 with 100,000 categories).
 */
final class TopLevelLists {
    private final List<ListBlock> lists = new ArrayList<>();
    private final int[] lines;

    TopLevelLists(MarkdownTree tree) {
        List<Integer> starts = new ArrayList<>();
        for (Node block : tree.topLevelBlocks()) {
            if (block instanceof ListBlock list) {
                lists.add(list);
                starts.add(tree.text.positionAt(tree.span(list).start()).line());
            }
        }
        lines = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The lists that start after line {@code after} and before line {@code before}, in order. */
    List<ListBlock> between(int after, int before) {
        int from = firstIndexAtOrAbove(after + 1);
        int to = Math.max(from, firstIndexAtOrAbove(before));
        return lists.subList(from, to);
    }

    private int firstIndexAtOrAbove(int line) {
        int i = Arrays.binarySearch(lines, line);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && lines[i - 1] == line) {
            i--;
        }
        return i;
    }
}
