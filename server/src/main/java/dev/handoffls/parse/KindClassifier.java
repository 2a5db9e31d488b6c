package dev.handoffls.parse;

import dev.handoffls.config.CategorySpec;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.FrontMatter;
import dev.handoffls.model.Heading;
import dev.handoffls.util.Glob;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Classifies a document (spec §2): configured globs, then file name, then front matter, then content. */
public final class KindClassifier {
    static final Pattern PT_VERSION = Pattern.compile("(?i)^PT-v(\\d{1,6})\\.md$");
    static final Pattern DECISION_HEADING = Pattern.compile("^Decision\\s+(\\d{3})\\s*:");
    private static final Pattern DECISION_FILE =
            Pattern.compile("(?i)^(?:D-|decision-)?(\\d{3})(?:[-_. ].*)?\\.(md|markdown)$");

    private KindClassifier() {}

    static DocumentKind classify(
            String path,
            HandoffConfig config,
            Optional<FrontMatter> fm,
            List<Heading> headings,
            Predicate<String> hasBodyKey) {
        for (Map.Entry<DocumentKind, List<Glob>> e : config.kinds().entrySet()) {
            if (e.getValue().stream().anyMatch(g -> g.matches(path))) {
                return e.getKey();
            }
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        boolean fmStatus = fm.flatMap(f -> f.value("status")).isPresent();
        boolean ticketLines = hasBodyKey.test("id") || hasBodyKey.test("task id") || hasBodyKey.test("assigned to");
        // L3 exports are full copies of a run's outputs, PT included; the PT they copy lives elsewhere (spec §12).
        boolean mayBePt = !underL3Full(path);
        if (lower.equals("l2-summary.md")) {
            return DocumentKind.L2_SUMMARY;
        }
        if (mayBePt
                && (lower.equals("permanent-task.md")
                        || lower.equals("pt.md")
                        || PT_VERSION.matcher(name).matches())) {
            return DocumentKind.PERMANENT_TASK;
        }
        if (lower.startsWith("directive") && lower.endsWith(".md")) {
            return DocumentKind.DIRECTIVE;
        }
        if (lower.startsWith("handoff-") && (ticketLines || fmStatus)) {
            return DocumentKind.HANDOFF;
        }
        if (decisionNumberFromFileName(path) != null) {
            return DocumentKind.DECISION;
        }
        Optional<DocumentKind> declared = fm.flatMap(f -> f.value("kind"))
                .flatMap(DocumentKind::fromId)
                .filter(k -> mayBePt || k != DocumentKind.PERMANENT_TASK);
        if (declared.isPresent()) {
            return declared.get();
        }
        if (headings.stream().anyMatch(h -> h.level() == 2 && isHandoffHeading(h.text()))) {
            return DocumentKind.L2_SUMMARY;
        }
        Optional<Heading> first = headings.stream().findFirst();
        if (mayBePt && first.isPresent() && isPtTitle(first.get().text()) && hasRegistrySection(headings, config)) {
            return DocumentKind.PERMANENT_TASK;
        }
        if (headings.stream().anyMatch(h -> h.text().startsWith("Directive for"))) {
            return DocumentKind.DIRECTIVE;
        }
        if (fmStatus && hasBodyKey.test("id")) {
            return DocumentKind.HANDOFF;
        }
        if (first.isPresent() && DECISION_HEADING.matcher(first.get().text()).find()) {
            return DocumentKind.DECISION;
        }
        return DocumentKind.OTHER;
    }

    private static boolean underL3Full(String path) {
        return path.startsWith("L3-full/") || path.contains("/L3-full/");
    }

    private static boolean isPtTitle(String text) {
        return text.toLowerCase(Locale.ROOT).startsWith("permanent task") || text.contains("[PERMANENT]");
    }

    /**
     * A title alone is not enough: notes about the PT ("PERMANENT Task review", a summary quoting its
     * title) have one too. A PT keeps at least one registry section (spec §7, §12).
     */
    private static boolean hasRegistrySection(List<Heading> headings, HandoffConfig config) {
        List<CategorySpec> sections = config.ptSections();
        return headings.stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .anyMatch(h -> sections.stream().anyMatch(s -> s.matchesPt(h.text())));
    }

    /** A {@code ## Downstream Handoff} heading's text, in any case and with anything after it. */
    public static boolean isHandoffHeading(String text) {
        return text.trim().toLowerCase(Locale.ROOT).startsWith("downstream handoff");
    }

    /** {@code D-011-x.md}, {@code decision-011-x.md}, or {@code 011-x.md} directly inside a {@code decisions/} folder. */
    static Integer decisionNumberFromFileName(String path) {
        String[] segments = path.split("/");
        if (segments.length < 2 || !segments[segments.length - 2].equalsIgnoreCase("decisions")) {
            String name = segments[segments.length - 1];
            var m = Pattern.compile("(?i)^(?:D-|decision-)(\\d{3})(?:[-_. ].*)?\\.(md|markdown)$")
                    .matcher(name);
            return m.matches() ? Integer.valueOf(m.group(1)) : null;
        }
        var m = DECISION_FILE.matcher(segments[segments.length - 1]);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
