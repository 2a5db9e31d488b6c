package dev.handoffls.features.trail;

import dev.handoffls.index.Trail;
import java.util.List;
import java.util.Locale;

/**
 * Where an item stands (spec §13): closed when a closing marker (or a closing word in the PT) closed it
 * at any phase, forwarded when its last marker is {@code Forwarded} and it is not closed, else open.
 */
public enum TrailState {
    OPEN,
    FORWARDED,
    CLOSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TrailState of(Trail trail, String id) {
        if (trail.closure(id).isPresent()) {
            return CLOSED;
        }
        List<Trail.Site> sites = trail.sites(id);
        for (int i = sites.size() - 1; i >= 0; i--) { // the last marker decides
            Trail.SiteKind kind = sites.get(i).kind();
            if (kind == Trail.SiteKind.FORWARDED) {
                return FORWARDED;
            }
            if (kind == Trail.SiteKind.CLOSED) {
                return OPEN;
            }
        }
        return OPEN;
    }
}
