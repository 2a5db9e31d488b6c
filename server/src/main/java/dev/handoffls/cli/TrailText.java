package dev.handoffls.cli;

import dev.handoffls.features.trail.TrailLine;
import dev.handoffls.index.Trail;
import java.io.PrintStream;
import java.util.List;

/**
 * The text form of {@code trail}: per item a header {@code R-1 · Risks · open — "statement"}, the one-line
 * trail, then one line per site {@code   P3 def  path:line:col} (1-based, UTF-16 columns); a blank line between items.
 */
final class TrailText {
    private TrailText() {}

    static void print(List<TrailCommand.Entry> entries, PathDisplay paths, PrintStream out) {
        boolean first = true;
        for (TrailCommand.Entry e : entries) {
            if (!first) {
                out.println();
            }
            first = false;
            Trail.Item item = e.item();
            out.println(
                    item.id() + " · " + e.category() + " · " + e.state().label() + " — \"" + item.statement() + "\"");
            out.println(TrailLine.of(e.trail(), item.id()));
            for (Trail.Site s : e.trail().sites(item.id())) {
                out.println("  " + TrailLine.where(s) + " " + s.kind().label + "  " + paths.text(s.path()) + ":"
                        + (s.range().startLine() + 1) + ":"
                        + (s.range().start().character() + 1));
            }
        }
        if (entries.isEmpty()) {
            out.println("no must-track items");
        }
    }
}
