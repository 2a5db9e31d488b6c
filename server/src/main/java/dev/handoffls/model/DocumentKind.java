package dev.handoffls.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of document the server distinguishes (spec §2). */
public enum DocumentKind {
    L2_SUMMARY("l2-summary"),
    PERMANENT_TASK("permanent-task"),
    DIRECTIVE("directive"),
    HANDOFF("handoff"),
    DECISION("decision"),
    OTHER("other");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    /** The spelling used in front matter {@code kind:} and in configuration. */
    public String id() {
        return id;
    }

    public static Optional<DocumentKind> fromId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (DocumentKind k : values()) {
            if (k.id.equals(v)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
