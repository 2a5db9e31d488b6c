package dev.handoffls.codes;

import java.util.Locale;
import java.util.Optional;

/** Finding severities, in the order the CLI's {@code --fail-on} compares them. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFORMATION("information"),
    HINT("hint"),
    /** Only in configuration: the rule is switched off. */
    OFF("off");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when this severity is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return this != OFF && ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info", "information" -> Optional.of(INFORMATION);
            case "hint" -> Optional.of(HINT);
            case "off", "none" -> Optional.of(OFF);
            default -> Optional.empty();
        };
    }
}
