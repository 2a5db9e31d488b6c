package dev.handoffls.parse;

import dev.handoffls.model.PathRef;
import dev.handoffls.model.TaskItem;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;

/** Finds tasks, their verbs and their paths (spec §5, "Deploy tasks and the phantom file"). */
final class TaskScanner {
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([ xX])\\]\\s+");
    private static final Pattern LABEL = Pattern.compile("^\\*\\*([^*\\n]{1,40}?)(?::\\*\\*|\\*\\*\\s*:)\\s*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'-]*");
    private static final Pattern ADD_TO = Pattern.compile("(?i)\\s(?:to|into)\\s");
    private static final Pattern EXISTS_IN =
            Pattern.compile("(?i)\\bexists?\\s+(?:in|under|inside)\\s+`?([^\\s`]+/)`?");

    private final MarkdownTree tree;
    private final PathTokens pathTokens;
    /** Per list item led by a paragraph: where the item starts, where the paragraph starts and ends. */
    private final int[] leads;

    /** Reads the list items now: the tasks are made after the tree is released. */
    TaskScanner(MarkdownTree tree, PathTokens pathTokens) {
        this.tree = tree;
        this.pathTokens = pathTokens;
        int[] found = new int[3 * tree.listItems.size()];
        int n = 0;
        for (ListItem item : tree.listItems) {
            if (item.getFirstChild() instanceof Paragraph p) {
                MarkdownTree.Span s = tree.span(p);
                found[n++] = tree.span(item).start();
                found[n++] = s.start();
                found[n++] = s.end();
            }
        }
        this.leads = Arrays.copyOf(found, n);
    }

    List<TaskItem> scanTasks() {
        List<TaskItem> tasks = new ArrayList<>();
        for (int lead = 0; lead < leads.length; lead += 3) {
            int start = leads[lead + 1];
            String text = tree.text.text().substring(start, leads[lead + 2]);
            int pos = 0;
            boolean checkbox = false;
            boolean checked = false;
            Range checkboxRange = null;
            Matcher cb = CHECKBOX.matcher(text);
            if (cb.find()) {
                checkbox = true;
                checked = !cb.group(1).equals(" ");
                checkboxRange = tree.text.range(start, start + 3);
                pos = cb.end();
            }
            Matcher label = LABEL.matcher(text).region(pos, text.length());
            if (label.lookingAt()) {
                if (label.group(1).toLowerCase().contains("action")) {
                    pos = label.end();
                } else if (!checkbox) {
                    continue;
                }
            } else if (!checkbox) {
                continue;
            }
            int firstLineEnd = text.indexOf('\n');
            int end = start + text.length();
            String baseDir = null;
            Matcher exists = EXISTS_IN.matcher(text);
            if (exists.find()) {
                baseDir = exists.group(1);
            }
            List<PathRef> paths = paths(start + pos, end, PathRef.Context.TASK, baseDir);
            if (baseDir != null) {
                // DIR/ itself is where X is looked up, not a second target.
                int dirAt = start + exists.start(1);
                paths = paths.stream()
                        .filter(pr -> tree.text.offsetAt(pr.range().start()) < dirAt)
                        .toList();
            }
            String verb = verb(text, pos, start, paths);
            int lineEnd = start + (firstLineEnd < 0 ? text.length() : firstLineEnd);
            var range = tree.text.range(leads[lead], lineEnd);
            tasks.add(new TaskItem(
                    range, checkbox, checked, checkboxRange, verb, paths, object(paths, verb, start + pos, lineEnd)));
        }
        return List.copyOf(tasks);
    }

    /**
     * What the task acts on (spec §5): the first path on its own line — continuation and evidence
     * lines cite files, they are not the task's target — except in "add X to Y", where X is what is
     * added and Y the file that must hold it. With no path after "to" there is no object: "add X to
     * Render" names no file of ours.
     */
    private PathRef object(List<PathRef> paths, String verb, int from, int lineEnd) {
        List<PathRef> onLine = paths.stream()
                .filter(p -> tree.text.offsetAt(p.range().start()) < lineEnd)
                .toList();
        if (onLine.isEmpty()) {
            return null;
        }
        if (verb == null || !"add".equals(Verbs.baseForm(verb))) {
            return onLine.get(0);
        }
        Matcher to = ADD_TO.matcher(new String(tree.prose, from, lineEnd - from));
        if (!to.find()) {
            return onLine.get(0);
        }
        int toAt = from + to.end();
        return onLine.stream()
                .filter(p -> tree.text.offsetAt(p.range().start()) >= toAt)
                .findFirst()
                .orElse(null);
    }

    /** The first word after checkbox and label, or — when the task opens with a path — the word after it. */
    private String verb(String text, int pos, int start, List<PathRef> paths) {
        int i = pos;
        while (i < text.length()
                && (text.charAt(i) == '*'
                        || text.charAt(i) == '_'
                        || text.charAt(i) == '`'
                        || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        for (PathRef p : paths) {
            // A path right after the checkbox (only emphasis or backticks before it): the verb follows it.
            int ps = tree.text.offsetAt(p.range().start()) - start;
            if (ps >= pos && ps <= i) {
                i = tree.text.offsetAt(p.range().end()) - start;
                break;
            }
        }
        Matcher w = WORD.matcher(text).region(Math.min(i, text.length()), text.length());
        if (!w.find()) {
            return null;
        }
        // Interned, like the paths.
        return w.group().toLowerCase().intern();
    }

    /**
     * Path tokens between two offsets: inline code spans first, then bare prose tokens. Their text is
     * interned: a document of many tasks holds each path once (issue 13, pathological inputs).
     */
    List<PathRef> paths(int from, int to, PathRef.Context context, String baseDir) {
        List<PathRef> out = new ArrayList<>();
        for (MarkdownTree.CodeSpan c : tree.codeSpansIn(from, to)) {
            String literal = c.literal().trim();
            if (literal.isEmpty() || literal.chars().anyMatch(Character::isWhitespace)) {
                continue;
            }
            int at = tree.text.text().indexOf(literal, c.start());
            Optional<PathTokens.Candidate> cand = pathTokens.classify(literal, true);
            cand.ifPresent(k -> out.add(new PathRef(
                    k.path().intern(),
                    tree.text.range(at + k.start(), at + k.end()),
                    context,
                    k.needsRootCheck(),
                    baseDir)));
        }
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(tree.prose[i])) {
                i++;
            }
            int s = i;
            while (i < to && !Character.isWhitespace(tree.prose[i])) {
                i++;
            }
            if (i > s) {
                String token = new String(tree.prose, s, i - s);
                final int tokenStart = s;
                pathTokens
                        .classify(token, false)
                        .ifPresent(k -> out.add(new PathRef(
                                k.path().intern(),
                                tree.text.range(tokenStart + k.start(), tokenStart + k.end()),
                                context,
                                k.needsRootCheck(),
                                baseDir)));
            }
        }
        out.sort((a, b) -> a.range().start().compareTo(b.range().start()));
        return List.copyOf(out);
    }
}
