package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.PathResolver;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Heading;
import dev.handoffls.model.LinkRef;
import dev.handoffls.parse.Slugs;
import dev.handoffls.parse.TocSlugs;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * HL310: a link {@code file.md#anchor} whose target has no heading with that slug: GitHub's rules, and
 * under an mkdocs site also python-markdown's (spec §12).
 */
public final class MissingAnchor implements Rule {
    @Override
    public Code code() {
        return Code.HL310;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.FILES, Fact.HEADINGS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        boolean mkdocs = MkdocsSite.covers(ctx.index(), doc.path());
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
            List<Heading> headings = target.get().headings();
            boolean found = headings.stream().map(Heading::slug).anyMatch(anchor::equals)
                    || headings.stream().anyMatch(h -> Slugs.slug(h.text()).equals(anchor))
                    || mkdocs && TocSlugs.of(headings).contains(decode(link.anchor()));
            if (!found) {
                ctx.report(
                        PathChecks.linkPart(link, true),
                        "'" + target.get().fileName() + "' has no heading for anchor '#" + link.anchor()
                                + "': link to an existing heading's slug (lower-case, spaces as hyphens)");
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
