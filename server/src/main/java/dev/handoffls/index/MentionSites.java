package dev.handoffls.index;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import dev.handoffls.index.Trail.Site;
import dev.handoffls.index.Trail.SiteKind;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trail sites one document adds by mentioning IDs (references and closing or forwarding markers), by
 * ID, in the order found. They depend on the document alone, so they are worked out once per parsed
 * document and kept while it lives: after a keystroke only the edited document's are worked out again,
 * where the trail used to collect every reference of its scope (75,000 for a 33-document pipeline).
 */
final class MentionSites {
    /**
     * Weak keys compare by identity: a document is one parse, and hashing the record would read it all. The
     * values must not refer to their key, or it would never be collected: a {@link Mention} has no document.
     */
    private static final LoadingCache<HandoffDocument, Map<String, List<Mention>>> CACHE =
            CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(MentionSites::collect));

    /** A site without its document (the cache's key). */
    record Mention(SiteKind kind, Range range, TrailMarker marker) {
        Site in(HandoffDocument doc) {
            return new Site(kind, doc, range, marker);
        }
    }

    private MentionSites() {}

    /** The document's reference and marker mentions by ID, IDs in the order first met; read-only. */
    static Map<String, List<Mention>> of(HandoffDocument doc) {
        return CACHE.getUnchecked(doc);
    }

    private static Map<String, List<Mention>> collect(HandoffDocument d) {
        if (d.references().isEmpty() && d.markers().isEmpty()) {
            return Map.of();
        }
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        BitSet markerLines = d.markerLines();
        SiteKind refKind = d.kind() == DocumentKind.DIRECTIVE ? SiteKind.DIRECTIVE : SiteKind.REF;
        for (IdReference r : d.references()) {
            if (markerLines.get(r.range().startLine())) {
                continue; // the marker is the site
            }
            List<String> ids = r.ids();
            for (int i = 0; i < ids.size(); i++) {
                byId.computeIfAbsent(ids.get(i), k -> new ArrayList<>(2)).add(new Mention(refKind, r.range(), null));
            }
        }
        for (TrailMarker m : d.markers()) {
            SiteKind kind = m.kind().closes() ? SiteKind.CLOSED : SiteKind.FORWARDED;
            for (String id : m.ids()) {
                byId.computeIfAbsent(id, k -> new ArrayList<>(2)).add(new Mention(kind, m.range(), m));
            }
        }
        byId.replaceAll((id, sites) -> Collections.unmodifiableList(sites));
        return Collections.unmodifiableMap(byId);
    }
}
