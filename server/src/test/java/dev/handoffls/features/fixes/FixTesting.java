package dev.handoffls.features.fixes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.features.TextEdit;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Applies fixes in memory and asks for fixes the way an editor would: per finding of a file. */
final class FixTesting {
    private FixTesting() {}

    static TextEdit te(int sl, int sc, int el, int ec, String newText) {
        return new TextEdit(Range.of(sl, sc, el, ec), newText);
    }

    /** The text with the edits applied; the edits are positions in the original text and must not overlap. */
    static String apply(String text, List<TextEdit> edits) {
        DocumentText t = new DocumentText(text);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            spans.add(new int[] {
                t.offsetAt(edits.get(i).range().start()),
                t.offsetAt(edits.get(i).range().end()),
                i
            });
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[2]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] < at) {
                throw new AssertionError("overlapping edits: " + edits);
            }
            out.append(text, at, s[0]).append(edits.get(s[2]).newText());
            at = s[1];
        }
        return out.append(text.substring(at)).toString();
    }

    /** Every file's text after the edits (files without edits unchanged). */
    static Map<String, String> apply(Map<String, String> texts, Map<String, List<TextEdit>> edits) {
        Map<String, String> out = new TreeMap<>(texts);
        edits.forEach((path, list) -> out.put(path, apply(texts.getOrDefault(path, ""), list)));
        return out;
    }

    /** The fixes of a finding, without the suppression that every finding offers (SuppressOnLineTest has it). */
    static List<QuickFix> ownFixes(TestWorkspace ws, String path, Finding finding) {
        return QuickFixes.forFinding(ws.index(), ws.document(path), finding).stream()
                .filter(f -> !QuickFixes.isSuppression(f))
                .toList();
    }

    /** The fixes of its own offered for every finding of {@code code} in the file. */
    static List<QuickFix> fixes(TestWorkspace ws, String path, Code code) {
        List<QuickFix> out = new ArrayList<>();
        for (Finding f : ws.findings(path, code)) {
            out.addAll(ownFixes(ws, path, f));
        }
        return out;
    }

    /** The one fix of its own offered for the one finding of {@code code} in the file. */
    static QuickFix only(TestWorkspace ws, String path, Code code) {
        List<Finding> findings = ws.findings(path, code);
        assertThat(findings).as("findings of %s", code).hasSize(1);
        List<QuickFix> fixes = ownFixes(ws, path, findings.get(0));
        assertThat(fixes).as("fixes of %s", code).hasSize(1);
        return fixes.get(0);
    }

    /** Applies the fix to the workspace's files (re-indexed on the next question); returns the new text of {@code path}. */
    static String applyTo(TestWorkspace ws, QuickFix fix, String path) {
        Map<String, String> texts = new TreeMap<>();
        fix.edits().keySet().forEach(p -> texts.put(p, ws.document(p).text().text()));
        apply(texts, fix.edits()).forEach(ws::file);
        return ws.document(path).text().text();
    }

    /** Applies the fix, re-parses, and asserts that no finding of its code is offered the same fix again. */
    static String assertIdempotent(TestWorkspace ws, QuickFix fix, String path) {
        String after = applyTo(ws, fix, path);
        for (String p : fix.edits().keySet()) {
            assertThat(fixes(ws, p, fix.code())).extracting(QuickFix::title).doesNotContain(fix.title());
        }
        return after;
    }
}
