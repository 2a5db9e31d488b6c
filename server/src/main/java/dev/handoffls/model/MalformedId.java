package dev.handoffls.model;

import dev.handoffls.text.Range;

/**
 * A definition-position token that tries to be an ID but breaks the grammar ({@code [AD1]},
 * {@code [ADR-2]}).
 *
 * @param text      the token as written
 * @param range     the token's range (inside the brackets for a bracketed token)
 * @param suggested the well-formed ID it most likely means, or null when no number was written
 * @param prefix    the canonical prefix it means
 */
public record MalformedId(String text, Range range, String suggested, String prefix, boolean bracketed) {}
