package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one registry of quick fixes, keyed by code (spec §9's quick-fix column); the editor and {@code
 * check --fix} both ask it, with the finding itself. A provider that throws is logged and
 * skipped, like a failing rule; a code without a provider has no fixes of its own. The standard
 * registry also offers, last, <i>Suppress HLxxx on this line</i> for every finding (spec §14).
 */
public final class QuickFixes {
    private static final Logger LOG = Logger.getLogger(QuickFixes.class.getName());
    private static final QuickFixes STANDARD = new QuickFixes(
            List.of(
                    new InsertHandoffTemplate(),
                    new InsertMissingCategories(),
                    new MoveHandoffToEnd(),
                    new ReorderCategories(),
                    new NumberItems(),
                    new InsertMissingPtSections(),
                    new RewriteMalformedId(),
                    new RenumberWrongCategory(),
                    new RenumberDuplicate(),
                    new UseOriginStatement(),
                    new AddBrackets(),
                    new UncheckTask(),
                    new PointAnnotationAtOrigin(),
                    new InsertMissingMetadata(),
                    new NearestMetadataValue(),
                    new MakeStatusesAgree(),
                    new RestoreOriginStatement(),
                    new SetSuperseded(),
                    new SyncOriginToPt(),
                    new SyncThisL2ToPt(),
                    new RecomputeDirectiveCounts(),
                    new CarryForward(),
                    new CopyWorkerItem(),
                    new UseSuccessor()),
            true);

    private final Map<Code, FixProvider> providers = new EnumMap<>(Code.class);
    private final boolean offerSuppression;

    /** A registry of these providers only; two providers of one code are a programming error. */
    public QuickFixes(List<FixProvider> providers) {
        this(providers, false);
    }

    private QuickFixes(List<FixProvider> providers, boolean offerSuppression) {
        this.offerSuppression = offerSuppression;
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

    /** The codes with fixes of their own (the suppression every finding offers aside). */
    public Set<Code> codes() {
        return Set.copyOf(providers.keySet());
    }

    public boolean hasFix(Code code) {
        return providers.containsKey(code);
    }

    /** True for the <i>Suppress HLxxx on this line</i> fix, which every finding offers. */
    public static boolean isSuppression(QuickFix fix) {
        return SuppressOnLine.isSuppression(fix);
    }

    /** The code's own fixes, then the suppression. */
    public List<QuickFix> fixes(WorkspaceIndex index, HandoffDocument doc, Finding finding) {
        if (!finding.path().equals(doc.path())) {
            return List.of();
        }
        FixContext ctx = new FixContext(index, doc, finding);
        List<QuickFix> out = new ArrayList<>();
        for (QuickFix fix : ownFixes(ctx)) {
            // Offered, but not applied unattended: the lines it inserts would not be read as written.
            boolean swallowed = fix.safe()
                    && Reparsed.swallowsInsertedLines(ctx, fix.edits().getOrDefault(doc.path(), List.of()));
            out.add(swallowed ? fix.unsafe() : fix);
        }
        if (offerSuppression) {
            SuppressOnLine.fix(ctx).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private List<QuickFix> ownFixes(FixContext ctx) {
        FixProvider provider = providers.get(ctx.finding().code());
        if (provider == null) {
            return List.of();
        }
        try {
            List<QuickFix> out = new ArrayList<>();
            for (QuickFix f : provider.fixes(ctx)) {
                if (!f.isEmpty()) {
                    out.add(f);
                }
            }
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(
                    Level.SEVERE,
                    "quick fix for " + ctx.finding().code() + " failed on " + ctx.path() + "; skipped",
                    e);
            return List.of();
        }
    }
}
