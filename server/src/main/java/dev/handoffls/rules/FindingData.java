package dev.handoffls.rules;

/**
 * What a finding is about, in a form that survives a trip through an editor (LSP {@code
 * Diagnostic.data}): a quick fix is computed from the finding the editor sends back, without running
 * the checker again or matching findings by range.
 *
 * @param subject the ID, path or text the finding is about (the text its range covers), or ""
 * @param origin  the document the finding points at (its first related location), or ""
 */
public record FindingData(String subject, String origin) {
    public static final FindingData NONE = new FindingData("", "");

    public FindingData {
        subject = subject == null ? "" : subject;
        origin = origin == null ? "" : origin;
    }
}
