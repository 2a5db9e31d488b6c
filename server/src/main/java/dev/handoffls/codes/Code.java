package dev.handoffls.codes;

import static dev.handoffls.codes.Severity.ERROR;
import static dev.handoffls.codes.Severity.HINT;
import static dev.handoffls.codes.Severity.INFORMATION;
import static dev.handoffls.codes.Severity.WARNING;

import java.util.Optional;

/**
 * Every finding code (spec §9). Codes and names are public interface: configuration, suppressions and
 * CI depend on them. HL0xx are this project's additions for the workspace itself and for suppression
 * comments (docs/rules.md).
 */
public enum Code {
    HL001("invalid-configuration", ERROR),
    HL002("file-skipped", WARNING),
    HL003("invalid-encoding", WARNING),
    HL004("invalid-suppression", WARNING),
    HL005("unused-suppression", HINT),

    HL101("missing-downstream-handoff", ERROR),
    HL102("missing-handoff-category", WARNING),
    HL103("handoff-not-last", WARNING),
    HL104("handoff-too-long", WARNING),
    HL105("category-out-of-order", INFORMATION),
    HL106("item-without-id", WARNING),
    HL107("unfilled-placeholder", WARNING),
    HL108("missing-pt-section", WARNING),

    HL201("malformed-id", ERROR),
    HL202("id-in-wrong-category", ERROR),
    HL203("duplicate-id", ERROR),
    HL204("conflicting-definition", ERROR),
    HL205("restated-definition", HINT),
    HL206("id-gap", HINT),
    HL207("unbracketed-id", WARNING),

    HL301("undefined-id", WARNING),
    HL302("id-not-in-pt", WARNING),
    HL303("missing-file", ERROR),
    HL304("phantom-deploy-target", ERROR),
    HL305("done-task-missing-output", ERROR),
    HL306("broken-wiki-link", WARNING),
    HL307("missing-handoff-ref", WARNING),
    HL308("missing-decision", WARNING),
    HL309("path-outside-workspace", WARNING),
    HL310("missing-anchor", WARNING),
    HL311("stale-source-annotation", WARNING),

    HL401("invalid-front-matter", ERROR),
    HL402("missing-metadata", WARNING),
    HL403("invalid-metadata-value", WARNING),
    HL404("status-mismatch", WARNING),
    HL405("due-before-created", WARNING),
    HL406("duplicate-ticket-id", WARNING),

    HL501("not-synced", INFORMATION),
    HL502("paraphrased-in-pt", WARNING),
    HL503("stale-directive-counts", WARNING),
    HL504("superseded-still-open", INFORMATION),
    HL505("multiple-pts", ERROR),

    HL601("dropped-item", WARNING),
    HL602("dropped-at-consolidation", WARNING),
    HL603("reference-to-closed", INFORMATION),
    HL604("unknown-marker-id", WARNING),
    HL605("marker-without-reason", INFORMATION);

    private final String ruleName;
    private final Severity defaultSeverity;

    Code(String ruleName, Severity defaultSeverity) {
        this.ruleName = ruleName;
        this.defaultSeverity = defaultSeverity;
    }

    public String ruleName() {
        return ruleName;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The anchor of this code's entry in docs/rules.md (GitHub heading slug). */
    public String docsAnchor() {
        return name().toLowerCase() + "-" + ruleName;
    }

    /** A code ({@code HL301}) or a rule name ({@code undefined-id}), in any case, as suppressions name them. */
    public static Optional<Code> parseCodeOrName(String value) {
        Optional<Code> byCode = parse(value);
        if (byCode.isPresent()) {
            return byCode;
        }
        for (Code c : values()) {
            if (c.ruleName.equalsIgnoreCase(value.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static Optional<Code> parse(String value) {
        try {
            return Optional.of(valueOf(value.trim().toUpperCase()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
