package dev.handoffls.rules.suppress;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.SuppressionComment;
import dev.handoffls.model.SuppressionComment.Kind;
import dev.handoffls.model.SuppressionComment.Token;
import dev.handoffls.rules.Finding;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a document's suppression comments (spec §14) to the findings of its rules, and reports
 * the comments themselves: HL004 for a code or name that does not exist, HL005 for a suppression
 * that suppressed nothing. Runs after every rule of the document, so "unused" is known.
 *
 * <p>Neither HL004 nor HL005 can be suppressed by a comment (a comment silencing the findings about
 * comments would hide its own mistakes); their severity is set in {@code .handoff.yaml} like any code.
 */
public final class Suppressions {
    /** The codes a comment without codes suppresses: all but the findings about comments. */
    static final Set<Code> SUPPRESSIBLE =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Code.HL004, Code.HL005)));

    private Suppressions() {}

    public static boolean suppressible(Code code) {
        return SUPPRESSIBLE.contains(code);
    }

    /** The findings that no comment suppresses, plus HL004 and HL005 for the comments; unsorted. */
    public static List<Finding> apply(HandoffDocument doc, HandoffConfig config, List<Finding> findings) {
        if (doc.suppressions().isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>();
        List<Cover> covers = new ArrayList<>();
        List<Origin> origins = new ArrayList<>();
        Regions regions = new Regions(covers);
        for (SuppressionComment c : doc.suppressions()) {
            Set<Code> named = resolve(doc, config, c, out);
            if (named.isEmpty() && !c.codes().isEmpty()) {
                continue; // only unknown codes: HL004 says so; suppressing everything instead would surprise
            }
            if (c.kind() == Kind.ENABLE) {
                regions.enable(named.isEmpty() ? SUPPRESSIBLE : named, c.range().startLine());
                continue;
            }
            for (Origin o : origins(c, named)) {
                origins.add(o);
                cover(c, o, regions, covers);
            }
        }
        regions.closeAll();
        for (Finding f : findings) {
            if (!suppressed(f, covers)) {
                out.add(f);
            }
        }
        reportUnused(doc, config, origins, out);
        return out;
    }

    /** One origin per named code (each can be unused on its own), or one for a comment naming none. */
    private static List<Origin> origins(SuppressionComment c, Set<Code> named) {
        if (named.isEmpty()) {
            return List.of(new Origin(c.range(), SUPPRESSIBLE, Optional.empty()));
        }
        List<Origin> out = new ArrayList<>();
        for (Token t : c.codes()) {
            Code.parseCodeOrName(t.text())
                    .filter(Suppressions::suppressible)
                    .ifPresent(code -> out.add(new Origin(t.range(), EnumSet.of(code), Optional.of(code))));
        }
        return out;
    }

    private static void cover(SuppressionComment c, Origin o, Regions regions, List<Cover> covers) {
        int start = c.range().startLine();
        switch (c.kind()) {
            case DISABLE_NEXT_LINE -> {
                int next = c.range().endLine() + 1;
                covers.add(new Cover(o, o.codes(), next, next + 1));
            }
            case DISABLE_LINE -> covers.add(new Cover(o, o.codes(), start, start + 1));
            case DISABLE_FILE -> covers.add(new Cover(o, o.codes(), 0, Integer.MAX_VALUE));
            case DISABLE -> regions.open(o, start);
            case ENABLE -> throw new IllegalStateException("an enable opens nothing");
        }
    }

    /** The known, suppressible codes of a comment; HL004 for each token that is neither. */
    private static Set<Code> resolve(
            HandoffDocument doc, HandoffConfig config, SuppressionComment c, List<Finding> out) {
        Set<Code> named = EnumSet.noneOf(Code.class);
        for (Token t : c.codes()) {
            Optional<Code> code = Code.parseCodeOrName(t.text());
            if (code.isPresent() && suppressible(code.get())) {
                named.add(code.get());
            } else if (code.isPresent()) {
                report(
                        doc,
                        config,
                        Code.HL004,
                        t.range(),
                        code.get() + " cannot be suppressed by a comment; "
                                + "set its severity in .handoff.yaml instead",
                        out);
            } else {
                report(
                        doc,
                        config,
                        Code.HL004,
                        t.range(),
                        "unknown code '" + t.text() + "' in a suppression; "
                                + "expected a code such as HL301 or a rule name such as undefined-id",
                        out);
            }
        }
        return named;
    }

    /** Marks every cover of the finding's code and start line as used. */
    private static boolean suppressed(Finding f, List<Cover> covers) {
        if (!suppressible(f.code())) {
            return false;
        }
        int line = f.range().startLine();
        boolean hit = false;
        for (Cover c : covers) {
            if (c.codes().contains(f.code()) && line >= c.fromLine() && line < c.toLine()) {
                c.origin().markUsed();
                hit = true;
            }
        }
        return hit;
    }

    /**
     * HL005 for an origin that suppressed nothing. A code switched {@code off} in the configuration
     * cannot fire, so its suppression proves nothing either way and is not reported: turning the rule
     * back on must not need the comments re-added.
     */
    private static void reportUnused(
            HandoffDocument doc, HandoffConfig config, List<Origin> origins, List<Finding> out) {
        for (Origin o : origins) {
            if (o.used()) {
                continue;
            }
            if (o.code().isPresent() && config.severityOf(o.code().get()) == Severity.OFF) {
                continue;
            }
            String what = o.code().map(c -> c + " is not reported here").orElse("nothing is reported here");
            report(doc, config, Code.HL005, o.range(), "unused suppression: " + what + "; remove it", out);
        }
    }

    private static void report(
            HandoffDocument doc, HandoffConfig config, Code code, Range range, String message, List<Finding> out) {
        Severity severity = config.severityOf(code);
        if (severity != Severity.OFF) {
            out.add(new Finding(doc.path(), range, code, severity, message, List.of()));
        }
    }
}
