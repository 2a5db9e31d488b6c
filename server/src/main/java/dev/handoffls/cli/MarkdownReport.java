package dev.handoffls.cli;

import java.util.List;

/** The report as markdown tables, for a pull request or a wiki: the same tables as {@link HtmlReport}. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(List<PipelineMatrix> pipelines, ReportLinks links) {
        StringBuilder m = new StringBuilder("# Handoff trail report\n\nCells: ");
        for (PipelineMatrix.CellKind k : PipelineMatrix.CellKind.values()) {
            if (k != PipelineMatrix.CellKind.EMPTY) {
                m.append(k.ordinal() == 0 ? "" : "; ").append(esc(k.legend()));
            }
        }
        m.append(".\n");
        if (pipelines.isEmpty()) {
            m.append("\nNo pipeline under this path.\n");
        }
        for (PipelineMatrix p : pipelines) {
            m.append("\n## Pipeline ").append(esc(p.scope())).append("\n\n");
            ReportTables.of(p, links).forEach(t -> table(m, t));
        }
        return m.toString();
    }

    private static void table(StringBuilder m, ReportTables.Table t) {
        m.append(t.title() == null ? "" : "\n### " + esc(t.title()) + "\n\n");
        if (t.listsNothing()) {
            m.append("None.\n");
            return;
        }
        m.append('|');
        t.headers().forEach(c -> m.append(' ').append(esc(c)).append(" |"));
        m.append("\n|");
        t.headers().forEach(c -> m.append("---|"));
        m.append('\n');
        t.rows()
                .forEach(r -> m.append('|')
                        .append(String.join(
                                "", r.cells().stream().map(MarkdownReport::cell).toList()))
                        .append('\n'));
    }

    private static String cell(ReportTables.Text c) {
        String href = c.href() == null ? null : c.href().replace("(", "%28").replace(")", "%29");
        return " " + (href == null ? esc(c.text()) : "[" + esc(c.text()) + "](" + href + ")") + " |";
    }

    /** Table-safe and inert: HTML is shown as text (entities), markdown syntax as literal characters. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : HtmlReport.esc(s).toCharArray()) {
            if ("|\\`*_[]".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }
}
