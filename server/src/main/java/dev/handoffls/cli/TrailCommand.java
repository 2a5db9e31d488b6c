package dev.handoffls.cli;

import dev.handoffls.features.trail.TrailState;
import dev.handoffls.index.Trail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code handoff-ls trail [ID…] [PATH] [--format text|json]}: the trail of items across phases (spec §13). */
public record TrailCommand(Path cwd, CliOutput io) {
    public static final String USAGE = """
            Usage: handoff-ls trail [ID...] [PATH] [--format text|json] [--verbose]
              ID          items to follow (R-1, RISK-2); without IDs: every must-track item, open ones first
              PATH        folder or file (default: .): selects the workspace root (like check) and the pipelines
              --format    text (default) or json (schema: docs/trail.schema.json)
              --verbose   on an internal error (exit 2), print its stack trace
            Exit status: 0 done, 2 usage, I/O or internal error or an ID no pipeline under PATH defines.""";

    /** One item of one pipeline, as shown. */
    record Entry(String scope, Trail trail, Trail.Item item, String category, TrailState state) {
        static Entry of(WorkspaceTarget target, String scope, Trail trail, Trail.Item item) {
            String category =
                    target.configOf(scope).idPrefixes().getOrDefault(item.categoryPrefix(), item.categoryPrefix());
            return new Entry(scope, trail, item, category, TrailState.of(trail, item.id()));
        }
    }

    private static final PipelineArgs.Spec SPEC =
            new PipelineArgs.Spec("trail", USAGE, List.of("text", "json"), true, false);

    public int run(String[] args) {
        return PipelineArgs.run(SPEC, args, io, a -> {
            WorkspaceTarget target = WorkspaceTarget.open(cwd, a.path());
            List<Entry> entries = a.ids().isEmpty() ? mustTrack(target) : named(target, a.ids());
            if (a.format().equals("json")) {
                io.out().println(TrailJson.format(entries, target.display()));
            } else {
                TrailText.print(entries, target.display(), io.out());
            }
            return 0;
        });
    }

    /** Each ID in every pipeline under PATH that defines it; an ID none defines is a usage error. */
    private static List<Entry> named(WorkspaceTarget target, List<String> ids) throws UsageException {
        Map<String, Trail> trails = target.pipelineTrails();
        List<Entry> out = new ArrayList<>();
        for (String id : ids) {
            int before = out.size();
            trails.forEach(
                    (scope, trail) -> trail.item(id).ifPresent(item -> out.add(Entry.of(target, scope, trail, item))));
            if (out.size() == before) {
                throw new UsageException("unknown ID '" + id + "': no pipeline under the PATH defines it");
            }
        }
        return out;
    }

    /** Every must-track item of the pipelines under PATH: open, then forwarded, then closed. */
    private static List<Entry> mustTrack(WorkspaceTarget target) {
        List<Entry> out = new ArrayList<>();
        target.pipelineTrails()
                .forEach((scope, trail) -> trail.items().values().stream()
                        .filter(Trail.Item::mustTrack)
                        .forEach(item -> out.add(Entry.of(target, scope, trail, item))));
        out.sort(Comparator.comparing(Entry::state)
                .thenComparing(Entry::scope)
                .thenComparing((a, b) -> ORIGIN.compare(a.item(), b.item())));
        return out;
    }

    /** By phase (none last), then the origin's path and position. */
    static final Comparator<Trail.Item> ORIGIN = Comparator.comparing(
                    Trail.Item::phase, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.origin().path())
            .thenComparing(i -> i.origin().range().startLine())
            .thenComparing(i -> i.origin().range().start().character());
}
