package dev.handoffls.cli;

import java.util.List;

/**
 * The report as one self-contained HTML page: inline CSS, no scripts, no external assets. Every text from
 * the documents is escaped; every cell says in words what its colour says.
 */
final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1b1f24;background:#fff}
            h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #d0d7de}h3{font-size:15px}
            table{border-collapse:collapse;margin:8px 0 16px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.cell{min-width:84px;text-align:center}td a{color:inherit}
            .defined{background:#cce5ff}.mentioned{background:#e2e3e5}.in-pt{background:#d4edda}.closed{background:#b7e4c7}
            .dropped{background:#f8d7da}.forwarded{background:#fff3cd}.not-mentioned{background:#f5c2c7;font-weight:bold}
            .state-open{color:#b42318;font-weight:bold}.state-forwarded{color:#8a6d00}.state-closed{color:#1a7f37}
            td[data-col=ID],td[data-col=trail],td[data-col=code]{white-space:nowrap}
            .location{font:12px ui-monospace,monospace}.legend span{display:inline-block;padding:2px 8px;margin:2px;border:1px solid #d0d7de}
            """;

    private HtmlReport() {}

    static String render(List<PipelineMatrix> pipelines, ReportLinks links) {
        StringBuilder h = new StringBuilder();
        h.append(
                        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                                + "<meta name=\"viewport\" content=\"width=device-width\"><title>Handoff trail report</title><style>")
                .append(CSS)
                .append("</style></head><body>\n<h1>Handoff trail report</h1>\n<p class=\"legend\">Legend: ");
        for (PipelineMatrix.CellKind k : PipelineMatrix.CellKind.values()) {
            if (k != PipelineMatrix.CellKind.EMPTY) {
                h.append("<span class=\"")
                        .append(k.cssClass())
                        .append("\">")
                        .append(esc(k.legend()))
                        .append("</span>");
            }
        }
        h.append("</p>\n");
        if (pipelines.isEmpty()) {
            h.append("<p>No pipeline under this path.</p>\n");
        }
        for (PipelineMatrix p : pipelines) {
            h.append("<section class=\"pipeline\" data-scope=\"")
                    .append(esc(p.scope()))
                    .append("\">\n<h2>Pipeline ")
                    .append(esc(p.scope()))
                    .append("</h2>\n");
            ReportTables.of(p, links).forEach(t -> table(h, t));
            h.append("</section>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder h, ReportTables.Table t) {
        h.append(t.title() == null ? "" : "<h3>" + esc(t.title()) + "</h3>\n");
        if (t.listsNothing()) {
            h.append("<p>None.</p>\n");
            return;
        }
        h.append("<table class=\"").append(t.cssClass()).append("\"><thead><tr>");
        t.headers().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>\n");
        for (ReportTables.Row r : t.rows()) {
            h.append(r.key() == null ? "<tr>" : "<tr data-id=\"" + esc(r.key()) + "\">");
            for (int i = 0; i < r.cells().size(); i++) {
                h.append(cell(r.cells().get(i), t.headers().get(i)));
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** A {@code td} with its column's name, its class and its link. */
    private static String cell(ReportTables.Text c, String column) {
        String cssClass = c.cssClass() == null ? "" : " class=\"" + esc(c.cssClass()) + "\"";
        String content =
                c.href() == null ? esc(c.text()) : "<a href=\"" + esc(c.href()) + "\">" + esc(c.text()) + "</a>";
        return "<td data-col=\"" + esc(column) + "\"" + cssClass + ">" + content + "</td>";
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
