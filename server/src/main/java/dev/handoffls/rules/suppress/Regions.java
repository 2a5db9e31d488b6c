package dev.handoffls.rules.suppress;

import dev.handoffls.codes.Code;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * {@code disable} … {@code enable} regions. An enable closes, for the codes it names (or every code),
 * each region still open for them, so {@code disable HL301 HL304} … {@code enable HL301} leaves HL304
 * disabled. A region never enabled runs to the end of the document.
 */
final class Regions {
    private final List<Cover> covers;
    private final List<Open> open = new ArrayList<>();

    private record Open(Origin origin, Set<Code> codes, int fromLine) {}

    Regions(List<Cover> covers) {
        this.covers = covers;
    }

    void open(Origin origin, int line) {
        open.add(new Open(origin, EnumSet.copyOf(origin.codes()), line));
    }

    /** The comment's own line is no longer disabled. */
    void enable(Set<Code> codes, int line) {
        for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
            Open o = it.next();
            Set<Code> closed = EnumSet.copyOf(o.codes());
            closed.retainAll(codes);
            if (closed.isEmpty()) {
                continue;
            }
            covers.add(new Cover(o.origin(), closed, o.fromLine(), line));
            o.codes().removeAll(closed);
            if (o.codes().isEmpty()) {
                it.remove();
            }
        }
    }

    void closeAll() {
        for (Open o : open) {
            covers.add(new Cover(o.origin(), o.codes(), o.fromLine(), Integer.MAX_VALUE));
        }
        open.clear();
    }
}
