package dev.handoffls.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes a realistic synthetic workspace of exactly N markdown files, for benchmarks and scale tests.
 *
 * <p>About 55% of the documents are pipelines under {@code .agent/teams/<name>/} (a PERMANENT Task, then
 * per phase a coordinator L2, worker L2s, a directive and L3 reports), 40% are handoff tickets under
 * {@code handoffs/} (front matter, bold body lines or both; task lists naming existing and missing
 * files), and the rest notes and decision records. Service files ({@code services/<svc>/…}) exist for
 * the tasks and artifacts to point at. Every document is correct unless it draws a deliberate
 * problem, at {@link #PROBLEM_RATE}: a malformed or duplicate ID, a phantom deploy target, a paraphrased
 * PT item, a missing ticket fact, and so on. The same seed always gives the same bytes.
 *
 * <pre>java -cp server/target/test-classes dev.handoffls.bench.WorkspaceGenerator /tmp/ws 10000 42</pre>
 */
public final class WorkspaceGenerator {
    /** Share of documents that carry one deliberate problem. */
    public static final double PROBLEM_RATE = 0.03;

    static final String[] SERVICES = {
        "payments",
        "checkout",
        "inventory",
        "pricing",
        "search",
        "notifications",
        "ledger",
        "auth",
        "catalog",
        "shipping",
        "reporting",
        "webhooks"
    };
    static final String[] MODULES = {
        "main.py", "handler.ts", "worker.py", "config.yaml", "schema.sql", "deploy.sh", "client.ts", "models.py"
    };
    static final String[] PEOPLE = {"russell", "claude", "gemini", "grok", "ana", "tomas", "mei", "priya"};
    static final String[] STATUSES = {"open", "in-progress", "blocked", "review", "completed", "cancelled"};
    static final String[] PRIORITIES = {"critical", "high", "medium", "low", "P1", "P2"};
    static final String[] ROLES = {"research", "arch", "planning", "impl", "test", "review", "release", "ops"};
    static final String[] WORDS = {
        "cache",
        "queue",
        "quote",
        "session",
        "ledger entry",
        "webhook",
        "retry budget",
        "feature flag",
        "read replica",
        "tenant",
        "refund",
        "audit log",
        "rate limit",
        "token",
        "batch job"
    };
    static final String[] SKILLS = {
        "render-deployment", "cost-governance", "telegram-alerts", "incident-review", "db-migrations", "load-testing"
    };

    enum Cat {
        AD("Decisions Made (Forward-binding)", "Architecture Decisions", "decisions"),
        R("Risks Identified (Must-Track)", "Risk Registry", "risks"),
        IC("Interface Contracts (Must-Satisfy)", "Active Contracts", "contracts"),
        C("Constraints (Must-Enforce)", "Constraints", "constraints"),
        OQ("Open Questions (Requires Resolution)", "Open Questions", "unresolved items");

        final String l2Heading;
        final String ptHeading;
        final String noun;

        Cat(String l2Heading, String ptHeading, String noun) {
            this.l2Heading = l2Heading;
            this.ptHeading = ptHeading;
            this.noun = noun;
        }
    }

    /** An ID defined in a pipeline: where its origin is and what it says. */
    record Item(Cat cat, int n, String statement, String origin) {
        String id() {
            return cat + "-" + n;
        }
    }

    private final Random rnd;
    private final Map<String, String> files = new TreeMap<>();
    private final List<String> serviceFiles = new ArrayList<>();
    private final List<String> tickets = new ArrayList<>();
    private final List<Integer> decisions = new ArrayList<>();
    private final List<String> skills = new ArrayList<>();
    private final List<String> finishedTickets = new ArrayList<>();
    private int markdown;
    private int problems;

    private WorkspaceGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    /** What was written. */
    public record Summary(int markdownFiles, int otherFiles, int deliberateProblems) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: WorkspaceGenerator TARGET_DIR FILE_COUNT [SEED]");
            System.exit(2);
        }
        Path target = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        Summary s = generate(target, count, seed);
        System.out.printf(
                Locale.ROOT,
                "%s: %d markdown files, %d other files, %d deliberate problems (seed %d)%n",
                target,
                s.markdownFiles(),
                s.otherFiles(),
                s.deliberateProblems(),
                seed);
    }

    /** Writes the workspace into {@code target} (created if needed; existing files are overwritten). */
    public static Summary generate(Path target, int markdownFiles, long seed) throws IOException {
        if (markdownFiles < 1) {
            throw new IllegalArgumentException("FILE_COUNT must be at least 1");
        }
        WorkspaceGenerator g = new WorkspaceGenerator(seed);
        g.build(markdownFiles);
        for (Map.Entry<String, String> e : g.files.entrySet()) {
            Path p = target.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        }
        return new Summary(g.markdown, g.files.size() - g.markdown, g.problems);
    }

    // ---- plan ----

    private void build(int n) {
        int ticketCount = (int) Math.round(n * 0.40);
        int otherCount = n >= 20 ? (int) Math.round(n * 0.05) : 0;
        int pipelineBudget = n - ticketCount - otherCount;
        put(
                ".handoff.yaml",
                "# Generated benchmark workspace.\nfileRoots: [\".\", \"services\"]\nignore: [\"archive/**\"]\n");
        for (String svc : SERVICES) {
            for (String m : MODULES) {
                if (rnd.nextInt(4) > 0) {
                    String p = "services/" + svc + "/" + m;
                    serviceFiles.add(p);
                    put(p, "# " + svc + " " + m + "\n");
                }
            }
        }
        otherDocuments(otherCount);
        for (int i = 0; pipelineBudget > 0; i++) {
            pipelineBudget = pipeline("pipeline-" + String.format(Locale.ROOT, "%03d", i + 1), pipelineBudget);
        }
        for (int i = 0; i < ticketCount; i++) {
            ticket(i);
        }
    }

    private boolean problem() {
        if (rnd.nextDouble() < PROBLEM_RATE) {
            problems++;
            return true;
        }
        return false;
    }

    private void put(String path, String content) {
        if (path.endsWith(".md") && !files.containsKey(path)) {
            markdown++;
        }
        files.put(path, content);
    }

    // ---- notes and decision records ----

    private void otherDocuments(int count) {
        for (int i = 0; i < count; i++) {
            if (i < SKILLS.length) {
                String skill = SKILLS[i];
                skills.add(skill);
                put(
                        "notes/skill-" + skill + ".md",
                        "# Skill: " + cap(skill.replace('-', ' ')) + "\n\n- " + sentence() + "\n- " + sentence()
                                + "\n\nRelated: [[skill-" + SKILLS[(i + 1) % SKILLS.length] + "]]\n");
            } else if (i % 3 == 0 && decisions.size() < 999) {
                int num = decisions.size() + 1;
                decisions.add(num);
                String title = cap(pick(WORDS)) + " policy";
                put(
                        String.format(Locale.ROOT, "decisions/decision-%03d-%s.md", num, slug(title)),
                        String.format(
                                Locale.ROOT,
                                "# Decision %03d: %s%n%n**Status:** ACCEPTED%n%n## Problem%n%n%s%n%n"
                                        + "## Decision%n%n%s%n%n## Consequences%n%n- %s%n- %s%n",
                                num,
                                title,
                                sentence(),
                                sentence(),
                                sentence(),
                                sentence()));
            } else {
                put(
                        "docs/notes/note-" + (i + 1) + ".md",
                        "# " + cap(pick(WORDS)) + " notes\n\n" + sentence() + "\n\n" + sentence() + "\n");
            }
        }
    }

    // ---- pipelines ----

    /** Writes one pipeline within the budget of markdown files; returns what is left of it. */
    private int pipeline(String name, int budget) {
        String base = ".agent/teams/" + name + "/";
        budget--; // the PT, written last because it copies every item
        Map<Cat, Integer> next = new EnumMap<>(Cat.class);
        List<Item> defined = new ArrayList<>();
        List<String> impact = new ArrayList<>();
        int phases = 3 + rnd.nextInt(6);
        String previousL2 = null;
        List<Runnable> directives = new ArrayList<>();
        for (int phase = 1; phase <= phases && budget > 0; phase++) {
            String role = ROLES[(phase - 1) % ROLES.length];
            String coordDir = "phase-" + phase + "/" + (rnd.nextInt(3) == 0 ? "coordinator" : role + "-coord") + "/";
            int workers = 1 + rnd.nextInt(3);
            List<String> reports = new ArrayList<>();
            int reportCount = Math.min(rnd.nextInt(3), Math.max(0, budget - 2 - workers));
            for (int r = 0; r < reportCount; r++) {
                String p = base + coordDir + "L3-full/worker-" + (r + 1) + ".md";
                put(p, "# Worker " + (r + 1) + " report — phase " + phase + "\n\n" + paragraph(defined) + "\n");
                reports.add("L3-full/worker-" + (r + 1) + ".md");
                budget--;
            }
            if (phase > 1 && previousL2 != null && budget > 1) {
                // Written once the pipeline is complete: its counts are those of the final PT, as after a re-sync.
                int p = phase;
                String input = previousL2;
                directives.add(() -> directive(base, p, role, input, defined));
                budget--;
            }
            if (budget <= 0) {
                break;
            }
            put(base + coordDir + "L1-index.yaml", "phase: " + phase + "\nfindings: []\n");
            String coordPath = coordDir + "L2-summary.md";
            List<Item> mine = newItems(next, coordPath, 1, 3);
            put(base + coordPath, l2(name, phase, role, "coordinator", mine, defined, reports, true));
            budget--;
            List<Item> coordinatorItems = mine;
            defined.addAll(mine);
            impact.add("- **Phase " + phase + " (" + role + "):** `services/" + pick(SERVICES) + "/`, `services/"
                    + pick(SERVICES) + "/`");
            for (int w = 1; w <= workers && budget > 0; w++) {
                String wPath = "phase-" + phase + "/" + role + "-" + w + "/L2-summary.md";
                List<Item> wItems = rnd.nextBoolean() ? newItems(next, wPath, 0, 1) : List.of();
                List<Item> shown = new ArrayList<>(wItems);
                if (!coordinatorItems.isEmpty() && problem()) {
                    shown.add(coordinatorItems.get(rnd.nextInt(coordinatorItems.size()))); // restated (HL205)
                }
                put(base + wPath, l2(name, phase, role, role + "-" + w, shown, defined, List.of(), !shown.isEmpty()));
                defined.addAll(wItems);
                budget--;
            }
            previousL2 = coordPath;
        }
        directives.forEach(Runnable::run);
        put(base + "permanent-task.md", pt(name, defined, impact));
        return budget;
    }

    private List<Item> newItems(Map<Cat, Integer> next, String origin, int min, int max) {
        List<Item> items = new ArrayList<>();
        for (Cat c : Cat.values()) {
            int k = min + rnd.nextInt(max - min + 1);
            for (int i = 0; i < k; i++) {
                int n = next.merge(c, 1, Integer::sum);
                items.add(new Item(c, n, statement(c), origin));
            }
        }
        return items;
    }

    private String l2(
            String pipeline,
            int phase,
            String role,
            String author,
            List<Item> items,
            List<Item> earlier,
            List<String> reports,
            boolean withHandoff) {
        int kind = problem() ? rnd.nextInt(withHandoff ? 8 : 1) : -1; // one deliberate problem at most
        boolean coordinator = author.equals("coordinator");
        StringBuilder sb = new StringBuilder();
        sb.append("# L2 Summary — Phase ")
                .append(phase)
                .append(' ')
                .append(cap(role))
                .append(" (")
                .append(pipeline)
                .append(")\n\n**Author:** ")
                .append(author)
                .append(" · **Gate ")
                .append(phase)
                .append(":** PASS\n\n");
        sb.append("## Summary\n\n")
                .append(paragraph(earlier))
                .append("\n\n")
                .append(paragraph(earlier))
                .append("\n\n");
        sb.append("## Findings\n\n");
        for (int i = 0, k = 3 + rnd.nextInt(6); i < k; i++) {
            sb.append("- ").append(withRefs(sentence(), earlier)).append('\n');
        }
        if (kind == 0) {
            sb.append("- ")
                    .append(sentence())
                    .append(" (see R-")
                    .append(900 + rnd.nextInt(99))
                    .append(")\n"); // HL301
        }
        if (!reports.isEmpty()) {
            sb.append("\n## Evidence Sources\n\n");
            for (String r : reports) {
                sb.append("- [")
                        .append(r.substring(8, r.length() - 3))
                        .append(" report](")
                        .append(r)
                        .append(")\n");
            }
        }
        if (!withHandoff) {
            return sb.toString();
        }
        boolean first = true;
        sb.append("\n## Downstream Handoff\n");
        if (rnd.nextBoolean()) {
            sb.append("PT-synced: ✅ 2026-02-")
                    .append(String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(27)))
                    .append('\n');
        }
        sb.append('\n');
        for (Cat c : Cat.values()) {
            if (kind == 7 && c == Cat.IC) {
                continue; // a missing category (HL102)
            }
            sb.append("### ").append(c.l2Heading).append('\n');
            List<Item> here = items.stream().filter(i -> i.cat() == c).toList();
            if (here.isEmpty()) {
                sb.append("- None\n");
            }
            for (Item it : here) {
                String id = it.id();
                boolean spoil = first;
                first = false;
                if (spoil && kind == 1) {
                    id = c + "-0" + it.n(); // malformed (HL201)
                } else if (spoil && kind == 2) {
                    sb.append("- ")
                            .append(id)
                            .append(": ")
                            .append(it.statement())
                            .append('\n'); // unbracketed (HL207)
                    continue;
                }
                sb.append("- [").append(id).append("] ").append(it.statement()).append('\n');
                if (spoil && kind == 3) {
                    sb.append("- [")
                            .append(id)
                            .append("] ")
                            .append(statement(c))
                            .append('\n'); // duplicate (HL203)
                }
            }
            if (kind == 4 && c == Cat.R) {
                sb.append("- Follow up with the ").append(pick(SERVICES)).append(" team.\n"); // no ID (HL106)
            }
        }
        sb.append("### Artifacts Produced\n");
        if (coordinator || kind == 5) {
            sb.append("- L1: `")
                    .append(kind == 5 ? "L1-index-final.yaml" : "L1-index.yaml")
                    .append("` (structured findings)\n");
        }
        sb.append("- L2: this file\n");
        if (kind == 6) {
            sb.append("\n## Gate Notes\n\nReviewed by the Lead; see ")
                    .append(pick(earlier, "AD-1"))
                    .append(".\n"); // HL103
        }
        return sb.toString();
    }

    private void directive(String base, int phase, String role, String previousL2, List<Item> defined) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Phase ")
                .append(phase)
                .append(" Directive\n\nWritten by the Lead after Gate ")
                .append(phase - 1);
        if (!decisions.isEmpty()) {
            sb.append(String.format(
                    Locale.ROOT, ", following Decision %03d", decisions.get(rnd.nextInt(decisions.size()))));
        }
        sb.append(".\n\n## Directive for Phase ")
                .append(phase)
                .append(' ')
                .append(cap(role))
                .append(" Coordinator\n\n");
        sb.append(
                "### Context Source\nRead the PERMANENT Task (`permanent-task.md` in this pipeline) for full project context.\n");
        sb.append("Key sections updated from Phase ").append(phase - 1).append(":\n");
        for (Cat c : Cat.values()) {
            long count = defined.stream().filter(i -> i.cat() == c).count();
            sb.append("- ")
                    .append(c.ptHeading)
                    .append(": ")
                    .append(count)
                    .append(' ')
                    .append(c.noun);
            if (count > 0) {
                sb.append(" (")
                        .append(c)
                        .append("-1 through ")
                        .append(c)
                        .append('-')
                        .append(count)
                        .append(')');
            }
            sb.append('\n');
        }
        sb.append("\n### Phase-Specific Input\nRead Phase ")
                .append(phase - 1)
                .append(" coordinator's L2 at: ")
                .append(previousL2)
                .append("\nFocus on: \"Downstream Handoff\" section for items requiring your attention.\n\n");
        sb.append("### Your Mission\n")
                .append(problem() ? "{Phase N+1 specific instructions}" : paragraph(defined))
                .append("\n\n### Workers Assigned\n");
        for (int w = 1; w <= 2; w++) {
            sb.append("- ")
                    .append(role)
                    .append('-')
                    .append(w)
                    .append(": ")
                    .append(pick(WORDS))
                    .append(", ")
                    .append(pick(WORDS))
                    .append('\n');
        }
        put(base + "phase-" + phase + "/directive.md", sb.toString());
    }

    private String pt(String pipeline, List<Item> items, List<String> impact) {
        int spoiled = !items.isEmpty() && problem() ? rnd.nextInt(items.size()) : -1;
        StringBuilder sb = new StringBuilder();
        sb.append("# PERMANENT Task — ")
                .append(cap(pipeline.replace('-', ' ')))
                .append("\n\n**Pipeline:** ")
                .append(pipeline)
                .append(" · **Owner:** Lead\n\n## User Intent\n\n")
                .append(sentence())
                .append(' ')
                .append(sentence())
                .append("\n\n");
        for (Cat c : Cat.values()) {
            sb.append("## ").append(c.ptHeading).append('\n');
            for (Item it : items) {
                if (it.cat() != c) {
                    continue;
                }
                String statement = it.statement();
                String source = it.origin();
                if (items.indexOf(it) == spoiled) {
                    if (rnd.nextBoolean()) {
                        statement = "In short: " + statement; // paraphrased (HL502)
                    } else {
                        source = "phase-9/nowhere/L2-summary.md"; // stale annotation (HL311)
                    }
                }
                sb.append("- [")
                        .append(it.id())
                        .append("] ")
                        .append(statement)
                        .append(" <!-- source: ")
                        .append(source)
                        .append(" -->\n");
            }
            sb.append('\n');
        }
        sb.append("## Codebase Impact Map\n\n")
                .append(String.join("\n", impact))
                .append('\n');
        return sb.toString();
    }

    // ---- tickets ----

    private void ticket(int i) {
        String person = pick(PEOPLE);
        String svc = pick(SERVICES);
        LocalDate created = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(120));
        String id = "handoff-" + svc + "-" + slug(pick(WORDS)) + "-" + (i + 1) + "-" + person + "-"
                + created.toString().replace("-", "");
        String path = "handoffs/" + id + ".md";
        String status = pick(STATUSES);
        String priority = pick(PRIORITIES);
        LocalDate due = created.plusDays(1 + rnd.nextInt(14));
        int style = rnd.nextInt(3); // 0 front matter, 1 body, 2 both
        int kind = problem() ? rnd.nextInt(9) : -1;
        if (kind == 0) {
            due = created.minusDays(2); // HL405
            style = 1;
        } else if (kind == 1) {
            status = "done-ish"; // HL403
        } else if (kind == 2 && style == 1) {
            style = 0; // HL401 needs front matter
        } else if (kind == 4) {
            style = 2; // HL404 needs both
        }
        StringBuilder sb = new StringBuilder();
        if (style != 1) {
            sb.append("---\nid: ").append(id).append("\nstatus: ").append(status);
            if (kind != 3) {
                sb.append("\nassigned_to: ").append(person); // missing when kind 3 (HL402)
            }
            sb.append("\ndate: \"")
                    .append(created)
                    .append("\"\npriority: ")
                    .append(priority)
                    .append('\n');
            if (kind == 2) {
                sb.append("owner: [unclosed\n"); // HL401
            }
            sb.append("---\n\n");
        }
        sb.append("# ")
                .append(cap(pick(WORDS)))
                .append(" work for ")
                .append(svc)
                .append("\n\n");
        if (style != 0) {
            sb.append("**ID**: ").append(id).append('\n');
            if (kind != 3) {
                sb.append("**Assigned to**: ").append(person).append('\n'); // missing when kind 3 (HL402)
            }
            sb.append("**Priority**: ")
                    .append(priority)
                    .append("\n**Due date**: ")
                    .append(due)
                    .append('\n');
            sb.append("**Status**: ")
                    .append(style == 2 && kind == 4 ? other(status) : status)
                    .append('\n'); // HL404
            sb.append("**Created by**: ")
                    .append(pick(PEOPLE))
                    .append("\n**Created**: ")
                    .append(created)
                    .append('\n');
        }
        if (!skills.isEmpty()) {
            sb.append("\n**Related Skills**: [[skill-")
                    .append(kind == 5 ? "does-not-exist" : pick(skills))
                    .append("]]\n");
        }
        sb.append('\n');
        sb.append("## Context\n\n").append(sentence()).append(' ').append(sentence());
        if (!tickets.isEmpty()) {
            sb.append(" Follows `")
                    .append(kind == 6 ? "handoff-never-written-20260101.md" : pick(tickets) + ".md")
                    .append("`.");
        }
        sb.append("\n\n");
        if (!finishedTickets.isEmpty() && rnd.nextInt(25) == 0) {
            sb.append("**This Handoff Consolidates:**\n1. `")
                    .append(pick(finishedTickets))
                    .append(".md`\n\n");
        }
        sb.append("## Tasks\n\n");
        String file = pick(serviceFiles);
        String dir = file.substring(0, file.lastIndexOf('/') + 1);
        String name = file.substring(file.lastIndexOf('/') + 1);
        sb.append("- [ ] Deploy ").append(kind == 7 ? dir + "healer.py" : file).append(" to Render\n"); // HL304
        sb.append("- [")
                .append(rnd.nextBoolean() ? "x" : " ")
                .append("] Verify ")
                .append(name)
                .append(" exists in ")
                .append(dir)
                .append('\n');
        sb.append("- [ ] Review ")
                .append(pick(serviceFiles))
                .append(" for hard-coded ")
                .append(pick(WORDS))
                .append(" names\n");
        sb.append("- [ ] Check the `/health/").append(svc).append("` endpoint after the rollout\n");
        String runbook = "docs/runbooks/" + svc + "-" + (i + 1) + ".md";
        if (kind == 8) {
            sb.append("- [x] Write ").append(runbook).append('\n'); // done, but never written (HL305)
        } else if (rnd.nextInt(3) == 0) {
            sb.append("- [ ] Write ").append(runbook).append(" once the rollout is done\n"); // may not exist yet
        }
        sb.append("\n## Acceptance Criteria\n\n- [ ] ")
                .append(sentence())
                .append("\n- [ ] ")
                .append(sentence())
                .append('\n');
        put(path, sb.toString());
        tickets.add(id);
        if (status.equals("completed") || status.equals("cancelled")) {
            finishedTickets.add(id);
        }
    }

    private String other(String status) {
        return status.equals("open") ? "completed" : "open";
    }

    // ---- text ----

    private String statement(Cat c) {
        String svc = pick(SERVICES);
        String other = pick(SERVICES);
        String w = pick(WORDS);
        return switch (c) {
            case AD ->
                cap(svc) + " owns every " + w + "; " + other + " reads it through an event stream, never directly.";
            case R ->
                cap(svc) + " and " + other + " call each other synchronously; a timeout can leave a " + w
                        + " half-written (" + (10 + rnd.nextInt(90)) + "% of peak traffic).";
            case IC ->
                "`GET /" + svc + "/" + slug(w) + "/:id` returns `{id, version, updatedAt}` within "
                        + (50 + rnd.nextInt(400)) + " ms.";
            case C ->
                "No " + w + " leaves the " + svc + " service unencrypted; keys rotate every " + (7 + rnd.nextInt(80))
                        + " days.";
            case OQ ->
                "Should " + svc + " keep the " + w + ", or hand it to " + other + "? (blocks phase "
                        + (2 + rnd.nextInt(8)) + ")";
        };
    }

    private String sentence() {
        return cap(pick(SERVICES)) + " "
                + pick(new String[] {"now batches", "no longer retries", "caches", "validates", "streams", "shards"})
                + " the " + pick(WORDS) + " before "
                + pick(new String[] {
                    "the nightly export", "each checkout step", "the webhook fan-out", "a deploy", "the audit run"
                })
                + ".";
    }

    private String paragraph(List<Item> earlier) {
        return sentence() + " " + withRefs(sentence(), earlier) + " " + sentence();
    }

    private String withRefs(String sentence, List<Item> earlier) {
        String refs = refs(earlier);
        return refs.isEmpty() ? sentence : sentence.substring(0, sentence.length() - 1) + refs + ".";
    }

    /** References to earlier IDs (sometimes a range), and now and then one that is defined nowhere (HL301). */
    private String refs(List<Item> earlier) {
        if (earlier.isEmpty() || rnd.nextInt(3) > 0) {
            return "";
        }
        Item a = earlier.get(rnd.nextInt(earlier.size()));
        if (a.n() > 1 && rnd.nextInt(4) == 0) {
            return " (" + a.cat() + "-1 through " + a.id() + ")";
        }
        return " (see " + a.id() + ")";
    }

    private String pick(List<Item> items, String fallback) {
        return items.isEmpty() ? fallback : items.get(rnd.nextInt(items.size())).id();
    }

    private String pick(String[] options) {
        return options[rnd.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
