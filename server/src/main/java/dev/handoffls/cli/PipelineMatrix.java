package dev.handoffls.cli;

import dev.handoffls.features.trail.TrailLine;
import dev.handoffls.features.trail.TrailState;
import dev.handoffls.index.Trail;
import dev.handoffls.index.Trail.Site;
import dev.handoffls.index.Trail.SiteKind;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.rules.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One pipeline of the report (spec §13): its items × phases, the open must-track items and its HL6xx
 * findings. Columns are {@code P1…Pn} (every phase with a site or a coordinator L2), then {@code PT} and
 * {@code P?} (sites without a phase) when some item has one.
 */
record PipelineMatrix(String scope, List<String> columns, List<Row> rows, List<Finding> findings) {

    /** What a cell says, most telling first: a cell with several sites shows the first kind that applies. */
    enum CellKind {
        DROPPED("dropped"),
        CLOSED("closed"),
        FORWARDED("forwarded"),
        IN_PT("in PT"),
        DEFINED("defined"),
        MENTIONED("mentioned"),
        NOT_MENTIONED("not mentioned"),
        EMPTY("");

        final String label;

        CellKind(String label) {
            this.label = label;
        }

        /** The words of the legend. */
        String legend() {
            return switch (this) {
                case CLOSED -> "closed (resolved, mitigated, superseded)";
                case NOT_MENTIONED -> "— a must-track item a later coordinator phase does not mention";
                default -> label;
            };
        }

        String cssClass() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A cell: its kind, the text shown (the marker's word for a closing site), the linked site or null. */
    record Cell(String column, CellKind kind, String text, Site site) {}

    record Row(TrailCommand.Entry entry, String trailLine, List<Cell> cells) {
        String id() {
            return entry.item().id();
        }
    }

    static PipelineMatrix of(WorkspaceTarget target, String scope, Trail trail, List<Finding> findings) {
        TreeSet<Integer> phases = new TreeSet<>(trail.coordinatorPhases());
        boolean pt = false;
        boolean noPhase = false;
        for (Map.Entry<String, List<Site>> e : trail.allSites().entrySet()) {
            if (trail.item(e.getKey()).isEmpty()) {
                continue; // an ID the pipeline only mentions has no row
            }
            for (Site s : e.getValue()) {
                pt |= s.document().isPt();
                noPhase |= !s.document().isPt() && s.phase() == null;
                if (!s.document().isPt() && s.phase() != null) {
                    phases.add(s.phase());
                }
            }
        }
        List<String> columns = new ArrayList<>();
        phases.forEach(p -> columns.add("P" + p));
        if (pt) {
            columns.add("PT");
        }
        if (noPhase) {
            columns.add("P?");
        }
        List<Row> rows = new ArrayList<>();
        trail.items().values().stream().sorted(TrailCommand.ORIGIN).forEach(item -> {
            Map<String, TrailLine.Step> steps = new HashMap<>();
            TrailLine.steps(trail, item.id()).forEach(s -> steps.put(s.where(), s));
            List<Cell> cells = columns.stream()
                    .map(c -> cell(c, steps.get(c), item.mustTrack()))
                    .toList();
            rows.add(new Row(TrailCommand.Entry.of(target, scope, trail, item), TrailLine.of(trail, item.id()), cells));
        });
        return new PipelineMatrix(scope, List.copyOf(columns), List.copyOf(rows), List.copyOf(findings));
    }

    /** The must-track items that are not closed, in the order of the matrix. */
    List<Row> openMustTrack() {
        return rows.stream()
                .filter(r -> r.entry().item().mustTrack() && r.entry().state() != TrailState.CLOSED)
                .toList();
    }

    /** A silent phase is a loss only for a must-track item; decisions and the like need not be repeated. */
    private static Cell cell(String column, TrailLine.Step step, boolean mustTrack) {
        if (step == null || step.sites().isEmpty() && !mustTrack) {
            return new Cell(column, CellKind.EMPTY, "", null);
        }
        if (step.sites().isEmpty()) {
            return new Cell(column, CellKind.NOT_MENTIONED, TrailLine.SILENT, null);
        }
        for (CellKind kind : CellKind.values()) {
            Predicate<Site> is = test(kind);
            for (Site s : step.sites()) {
                if (is.test(s)) {
                    String text = kind == CellKind.CLOSED ? TrailLine.word(s) : kind.label;
                    return new Cell(column, kind, text, s);
                }
            }
        }
        return new Cell(
                column,
                CellKind.MENTIONED,
                CellKind.MENTIONED.label,
                step.sites().get(0));
    }

    private static Predicate<Site> test(CellKind kind) {
        return switch (kind) {
            case DROPPED ->
                s -> s.kind() == SiteKind.CLOSED
                        && s.marker() != null
                        && s.marker().kind() == TrailMarker.Kind.DROPPED;
            case CLOSED -> s -> s.kind() == SiteKind.CLOSED;
            case FORWARDED -> s -> s.kind() == SiteKind.FORWARDED;
            case IN_PT -> s -> s.kind() == SiteKind.PT;
            case DEFINED -> s -> s.kind() == SiteKind.DEF || s.kind() == SiteKind.RESTATE;
            case MENTIONED -> s -> s.kind() == SiteKind.REF || s.kind() == SiteKind.DIRECTIVE;
            case NOT_MENTIONED, EMPTY -> s -> false;
        };
    }
}
