package dev.handoffls.features.structure;

/**
 * A foldable line span (0-based, both ends inclusive).
 *
 * @param kind {@code "region"} for sections, front matter and code blocks; {@code "comment"} for
 *             multi-line HTML comments (the LSP folding range kinds)
 */
public record Fold(int startLine, int endLine, String kind) {
    public static final String REGION = "region";
    public static final String COMMENT = "comment";
}
