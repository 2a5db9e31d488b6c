package dev.handoffls.features.structure;

import dev.handoffls.features.Location;

/** An ID definition site for workspace symbol search: the ID, its statement and path, and where. */
public record WorkspaceSymbol(String name, String detail, Location location) {}
