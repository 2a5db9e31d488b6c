package dev.handoffls.rules;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.config.ConfigLoader;
import dev.handoffls.index.Fact;
import dev.handoffls.index.PathResolver;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Problem;
import dev.handoffls.rules.suppress.Suppressions;
import dev.handoffls.text.Range;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every rule over documents of an index, then applies the document's suppression comments. A
 * rule that throws is logged and skipped for that document; the other rules still run (STYLE habit 6).
 */
public final class Checker {
    private static final Logger LOG = Logger.getLogger(Checker.class.getName());

    private final List<Rule> rules;

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Checker standard() {
        return new Checker(Rules.all());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** Every cross-document fact some rule reads: what an edit must be compared on (see {@code Dependents}). */
    public Set<Fact> factsRead() {
        Set<Fact> out = EnumSet.noneOf(Fact.class);
        rules.forEach(r -> out.addAll(r.reads()));
        return out;
    }

    /**
     * The codes whose findings depend on a fact outside {@code known}: an editor holds them back until its
     * index knows those facts, rather than report what it has not seen yet as missing.
     */
    public Set<Code> heldBack(Set<Fact> known) {
        Set<Code> out = EnumSet.noneOf(Code.class);
        rules.stream().filter(r -> !known.containsAll(r.reads())).forEach(r -> out.add(r.code()));
        if (!out.isEmpty()) {
            out.add(Code.HL005); // whether a suppression is used depends on those rules too
        }
        return out;
    }

    /** Findings for every document (and skipped file, and the configuration) whose path passes the filter. */
    public List<Finding> check(WorkspaceIndex index, Predicate<String> include) {
        PathResolver resolver = new PathResolver(index);
        List<Finding> out = new ArrayList<>(workspaceFindings(index, include));
        index.documents().values().parallelStream()
                .filter(d -> include.test(d.path()))
                .map(d -> checkDocument(index, resolver, d))
                .sequential()
                .forEach(out::addAll);
        out.sort(Finding.ORDER);
        return out;
    }

    public List<Finding> checkDocument(WorkspaceIndex index, HandoffDocument doc) {
        return checkDocument(index, new PathResolver(index), doc);
    }

    /**
     * The findings of {@code doc} that an index knowing only the {@code known} facts can tell: those of the
     * rules that read nothing else (what an editor shows while it indexes). A numbered PT gets none: whether
     * it is a history version, never checked, depends on its siblings' parsed documents.
     */
    public List<Finding> checkDocument(WorkspaceIndex index, HandoffDocument doc, Set<Fact> known) {
        Set<Code> held = heldBack(known);
        if (held.isEmpty()) {
            return checkDocument(index, doc);
        }
        if (doc.isPt() && doc.ptVersion() != null && !known.contains(Fact.SCOPE_DOCUMENTS)) {
            return List.of();
        }
        List<Rule> run = rules.stream().filter(r -> !held.contains(r.code())).toList();
        return new Checker(run)
                .checkDocument(index, doc).stream()
                        .filter(f -> !held.contains(f.code()))
                        .toList();
    }

    private List<Finding> checkDocument(WorkspaceIndex index, PathResolver resolver, HandoffDocument doc) {
        if (index.scopeOf(doc).isHistoryPt(doc.path())) {
            return List.of();
        }
        RuleContext ctx = new RuleContext(doc, index, resolver);
        for (Rule rule : rules) {
            ctx.startRule(rule.code());
            try {
                rule.check(ctx);
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.SEVERE, "rule " + rule.code() + " failed on " + doc.path() + "; skipped", e);
            }
        }
        // Suppression comments apply here, in the engine, so the editor and the command line agree.
        List<Finding> findings = new ArrayList<>(Suppressions.apply(doc, ctx.config(), ctx.findings()));
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** HL001 for each configuration file, HL002 for files that were skipped. */
    public List<Finding> workspaceFindings(WorkspaceIndex index, Predicate<String> include) {
        List<Finding> out = new ArrayList<>();
        for (var config : index.configs().all()) {
            String configPath = config.path() == null ? ConfigLoader.FILE_NAME : config.path();
            Severity configSeverity = config.config().severityOf(Code.HL001);
            if (include.test(configPath) && configSeverity != Severity.OFF) {
                for (Problem p : config.problems()) {
                    out.add(new Finding(configPath, p.range(), Code.HL001, configSeverity, p.message(), List.of()));
                }
            }
        }
        index.skipped().forEach((path, reason) -> {
            Severity skipSeverity = index.configFor(path).severityOf(Code.HL002);
            if (include.test(path) && skipSeverity != Severity.OFF) {
                out.add(new Finding(
                        path, Range.of(0, 0, 0, 0), Code.HL002, skipSeverity, "not checked: " + reason, List.of()));
            }
        });
        return out;
    }

    public static Predicate<String> everything() {
        return p -> true;
    }

    public static Predicate<String> under(Collection<String> prefixes) {
        return p -> prefixes.stream().anyMatch(pre -> pre.isEmpty() || p.equals(pre) || p.startsWith(pre + "/"));
    }
}
