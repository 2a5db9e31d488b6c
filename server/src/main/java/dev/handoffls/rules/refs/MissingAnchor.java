package dev.handoffls.rules.refs;

import dev.handoffls.index.PathResolver;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.model.LinkRef;
import dev.handoffls.parse.Slugs;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** HL310: a link {@code file.md#anchor} whose target has no heading with that slug (GitHub rules). */
public final class MissingAnchor implements Rule {
    @Override
    public Code code() {
        return Code.HL310;
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        for (LinkRef link : doc.links()) {
            if (link.anchor() == null || link.anchor().isEmpty()) {
                continue;
            }
            Optional<HandoffDocument> target;
            if (link.path().isEmpty()) {
                target = Optional.of(doc);
            } else {
                PathResolver.Resolution r = ctx.resolver().resolve(doc, link.path(), false, false);
                target = r.status() == PathResolver.Status.FOUND ? ctx.index().document(r.found()) : Optional.empty();
            }
            if (target.isEmpty()) {
                continue;
            }
            String anchor = decode(link.anchor()).toLowerCase(Locale.ROOT);
            boolean found = target.get().headings().stream().map(Heading::slug).anyMatch(anchor::equals)
                    || target.get().headings().stream().anyMatch(h -> Slugs.slug(h.text()).equals(anchor));
            if (!found) {
                ctx.report(PathChecks.linkPart(link, true), "'" + target.get().fileName() + "' has no heading for anchor '#"
                        + link.anchor() + "': link to an existing heading's slug (lower-case, spaces as hyphens)");
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
