package dev.handoffls.features;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;

/**
 * The cross-phase pipeline the feature tests navigate: phase 3's coordinator defines AD-1, AD-2 and
 * R-1; phase 4's L2 and directive reference them (one through a range); the PT holds AD-1 verbatim,
 * AD-2 paraphrased, and lacks R-1.
 */
final class Pipeline {
    static final String L2_3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    static final String L2_4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
    static final String PT = ".agent/teams/alpha/permanent-task.md";
    static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";

    static final String PHASE_3 = """
            # Phase 3 Summary
            Event sourcing was chosen, see AD-1.
            ## Downstream Handoff
            PT-synced: ✅ 2026-02-11
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for Module X
            - [AD-2] Outbox table for every write
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            """;
    static final String PHASE_4 = """
            # Phase 4 Summary
            Built on AD-1 and R-1: 🚀 AD-1 holds, 設計 R-1 open.
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-3] Keep AD-1 events immutable
            """;
    static final String PT_TEXT = """
            # PERMANENT Task — alpha
            ## Architecture Decisions
            - [AD-1] Event-driven pattern for Module X <!-- source: phase-3/coordinator/L2-summary.md -->
            - [AD-2] Outbox table for all writes <!-- source: phase-3/coordinator/L2-summary.md -->
            """;
    static final String DIRECTIVE_TEXT = """
            ## Directive for Phase 4 Coordinator
            ### Context Source
            - Architecture Decisions: 2 decisions (AD-1 through AD-2)
            ### Phase-Specific Input
            Read Phase 3 coordinator's L2 at: phase-3/coordinator/L2-summary.md
            ### Your Mission
            Honour AD-1 through AD-4, and resolve R-1.
            """;

    private Pipeline() {}

    static TestWorkspace in(Path tmp) {
        return TestWorkspace.in(tmp)
                .file(L2_3, PHASE_3)
                .file(L2_4, PHASE_4)
                .file(PT, PT_TEXT)
                .file(DIRECTIVE, DIRECTIVE_TEXT);
    }
}
