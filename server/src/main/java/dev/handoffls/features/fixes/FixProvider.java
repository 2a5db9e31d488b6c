package dev.handoffls.features.fixes;

import dev.handoffls.codes.Code;
import java.util.List;

/** The quick fixes of one code. Returns an empty list when it cannot help with a particular finding. */
public interface FixProvider {
    Code code();

    List<QuickFix> fixes(FixContext ctx);
}
