package dev.handoffls.baseline;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Finding;
import dev.handoffls.text.DocumentText;
import dev.handoffls.text.Range;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a finding is remembered by in the baseline (spec §14): its path, its code, its subject and the
 * text of its line — never its line number, so lines inserted above do not bring it back.
 *
 * @param subject the text the finding's range covers (spec §9: the offending ID, path or heading
 *                itself), on its first line, whitespace collapsed; it tells apart two findings of
 *                one code on one line
 * @param line    the finding's first line, whitespace collapsed and trimmed
 */
public record BaselineEntry(String path, String code, String subject, String line)
        implements Comparable<BaselineEntry> {
    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::code)
            .thenComparing(BaselineEntry::subject)
            .thenComparing(BaselineEntry::line);

    /** The entry of a finding; a finding outside any document (a skipped file) has no subject or line. */
    public static BaselineEntry of(Finding f, WorkspaceIndex index) {
        Optional<HandoffDocument> doc = index.document(f.path());
        if (doc.isEmpty()) {
            return new BaselineEntry(f.path(), f.code().name(), "", "");
        }
        DocumentText t = doc.get().text();
        Range r = f.range();
        int line = Math.min(r.startLine(), t.lineCount() - 1);
        int from = Math.min(t.offsetAt(r.start()), t.length());
        int to = Math.max(from, Math.min(t.offsetAt(r.end()), t.lineEnd(line)));
        return new BaselineEntry(
                f.path(), f.code().name(), normalise(t.text().substring(from, to)), normalise(t.lineText(line)));
    }

    static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    @Override
    public int compareTo(BaselineEntry o) {
        return ORDER.compare(this, o);
    }
}
