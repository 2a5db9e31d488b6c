package dev.handoffls.features.fixes;

import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one registry of quick fixes, keyed by code (spec §9's quick-fix column). HL501 and HL503 are
 * served by the Sync to PT and directive actions, not here. A provider that throws is logged and
 * skipped, like a failing rule; a code without a provider has no fixes.
 */
public final class QuickFixes {
    private static final Logger LOG = Logger.getLogger(QuickFixes.class.getName());
    private static final QuickFixes STANDARD = new QuickFixes(List.of(
            new InsertHandoffTemplate(), new InsertMissingCategories(), new MoveHandoffToEnd(),
            new ReorderCategories(), new NumberItems(), new InsertMissingPtSections(),
            new RewriteMalformedId(), new RenumberWrongCategory(), new RenumberDuplicate(),
            new UseOriginStatement(), new AddBrackets(),
            new UncheckTask(), new PointAnnotationAtOrigin(),
            new InsertMissingMetadata(), new NearestMetadataValue(), new MakeStatusesAgree(),
            new RestoreOriginStatement(), new SetSuperseded()));

    private final Map<Code, FixProvider> providers = new EnumMap<>(Code.class);

    /** A registry of these providers; two providers of one code are a programming error. */
    public QuickFixes(List<FixProvider> providers) {
        for (FixProvider p : providers) {
            if (this.providers.putIfAbsent(p.code(), p) != null) {
                throw new IllegalStateException("two fix providers for " + p.code());
            }
        }
    }

    public static QuickFixes standard() {
        return STANDARD;
    }

    /** The fixes of the standard registry for one finding of {@code doc}. */
    public static List<QuickFix> forFinding(WorkspaceIndex index, HandoffDocument doc, Finding finding) {
        return STANDARD.fixes(index, doc, finding);
    }

    public Set<Code> codes() {
        return Set.copyOf(providers.keySet());
    }

    public boolean hasFix(Code code) {
        return providers.containsKey(code);
    }

    public List<QuickFix> fixes(WorkspaceIndex index, HandoffDocument doc, Finding finding) {
        FixProvider provider = providers.get(finding.code());
        if (provider == null || !finding.path().equals(doc.path())) {
            return List.of();
        }
        try {
            List<QuickFix> out = new ArrayList<>();
            for (QuickFix f : provider.fixes(new FixContext(index, doc, finding))) {
                if (f.edits().values().stream().anyMatch(l -> !l.isEmpty())) {
                    out.add(f);
                }
            }
            return List.copyOf(out);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.SEVERE, "quick fix for " + finding.code() + " failed on " + doc.path() + "; skipped", e);
            return List.of();
        }
    }
}
