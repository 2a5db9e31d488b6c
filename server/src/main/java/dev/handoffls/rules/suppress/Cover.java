package dev.handoffls.rules.suppress;

import dev.handoffls.codes.Code;
import java.util.Set;

/** Lines [fromLine, toLine) on which an origin suppresses these codes. */
record Cover(Origin origin, Set<Code> codes, int fromLine, int toLine) {}
