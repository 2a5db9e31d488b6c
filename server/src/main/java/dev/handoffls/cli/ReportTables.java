package dev.handoffls.cli;

import dev.handoffls.index.Trail;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of one pipeline's report — the ID × phase matrix, the open must-track items, the trail
 * findings — as plain text and links, so that the HTML and markdown renderers only lay them out.
 */
final class ReportTables {
    /** A cell: its text, a link (or null), and a CSS class saying what it is (or null). */
    record Text(String text, String href, String cssClass) {
        static Text plain(String text) {
            return new Text(text, null, null);
        }
    }

    /** A row; {@code key} names it for the page (the ID of a matrix row), or null. */
    record Row(String key, List<Text> cells) {}

    /** A table; {@code title} null for the matrix, which heads the pipeline's section. */
    record Table(String cssClass, String title, List<String> headers, List<Row> rows) {
        /** A titled list with no rows is shown as "None."; the matrix always shows its header. */
        boolean listsNothing() {
            return title != null && rows.isEmpty();
        }
    }

    private ReportTables() {}

    static List<Table> of(PipelineMatrix p, ReportLinks links) {
        return List.of(matrix(p, links), openItems(p, links), findings(p, links));
    }

    private static Table matrix(PipelineMatrix p, ReportLinks links) {
        List<String> headers = new ArrayList<>(List.of("ID", "category", "state"));
        headers.addAll(p.columns());
        List<Row> rows = new ArrayList<>();
        for (PipelineMatrix.Row r : p.rows()) {
            List<Text> cells = new ArrayList<>(List.of(
                    Text.plain(r.id()),
                    Text.plain(r.entry().category()),
                    new Text(
                            r.entry().state().label(),
                            null,
                            "state-" + r.entry().state().label())));
            for (PipelineMatrix.Cell c : r.cells()) {
                String href = c.site() == null
                        ? null
                        : links.href(c.site().path(), c.site().range().startLine());
                cells.add(new Text(c.text(), href, "cell " + c.kind().cssClass()));
            }
            rows.add(new Row(r.id(), cells));
        }
        return new Table("matrix", null, headers, rows);
    }

    private static Table openItems(PipelineMatrix p, ReportLinks links) {
        List<Row> rows = new ArrayList<>();
        for (PipelineMatrix.Row r : p.openMustTrack()) {
            Trail.Site o = r.entry().item().origin();
            rows.add(new Row(
                    r.id(),
                    List.of(
                            Text.plain(r.id()),
                            Text.plain(r.entry().state().label()),
                            Text.plain(r.entry().item().statement()),
                            Text.plain(r.trailLine()),
                            at(links, o.path(), o.range().startLine()))));
        }
        return new Table(
                "open-items",
                "Open must-track items (" + rows.size() + ")",
                List.of("ID", "state", "statement", "trail", "origin"),
                rows);
    }

    private static Table findings(PipelineMatrix p, ReportLinks links) {
        List<Row> rows = new ArrayList<>();
        for (Finding f : p.findings()) {
            rows.add(new Row(
                    null,
                    List.of(
                            Text.plain(f.code().name()),
                            Text.plain(f.severity().label()),
                            at(links, f.path(), f.range().startLine()),
                            Text.plain(f.message()))));
        }
        return new Table(
                "findings",
                "Trail findings (" + rows.size() + ")",
                List.of("code", "severity", "where", "message"),
                rows);
    }

    private static Text at(ReportLinks links, String path, int line) {
        return new Text(path + ":" + (line + 1), links.href(path, line), "location");
    }
}
