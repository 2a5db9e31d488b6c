package dev.handoffls.config;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.util.Glob;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The settings of {@code .handoff.yaml} (spec §8), with their defaults. Immutable. */
public record HandoffConfig(
        String pipelineRoot,
        Map<String, List<String>> pipelines,
        List<Glob> coordinatorFolders,
        int handoffMaxLines,
        Map<String, String> idPrefixes,
        Map<String, String> idAliases,
        List<String> fileRoots,
        Set<String> fileExtensions,
        List<Glob> ignore,
        long maxFileSize,
        Map<Code, Severity> severity,
        List<String> statusValues,
        Map<DocumentKind, List<Glob>> kinds,
        Map<String, String> teamPrefixes,
        Set<String> mustTrack) {

    /** Templates are not documents, archives are history (spec §8, §12); their files still exist. */
    public static final List<String> DEFAULT_IGNORE = List.of(
            ".git",
            "node_modules",
            "target",
            "build",
            "dist",
            "**/_templates/**",
            "**/templates/**",
            "**/archive/**",
            "**/archived/**");

    public static final Set<String> DEFAULT_EXTENSIONS = ImmutableSet.of(
            "py",
            "ts",
            "tsx",
            "js",
            "jsx",
            "mjs",
            "cjs",
            "java",
            "kt",
            "go",
            "rs",
            "rb",
            "php",
            "cs",
            "c",
            "h",
            "cpp",
            "hpp",
            "swift",
            "scala",
            "md",
            "markdown",
            "mdx",
            "txt",
            "yaml",
            "yml",
            "json",
            "jsonl",
            "toml",
            "ini",
            "cfg",
            "conf",
            "env",
            "xml",
            "html",
            "css",
            "scss",
            "sh",
            "bash",
            "ps1",
            "sql",
            "csv",
            "tsv",
            "lock",
            "gradle",
            "properties",
            "ipynb",
            "pdf",
            "png",
            "jpg",
            "jpeg",
            "svg",
            "gif",
            "log",
            "dockerfile",
            "tf",
            "proto",
            "graphql",
            "vue",
            "svelte");
    public static final List<String> DEFAULT_STATUS =
            List.of("open", "in-progress", "blocked", "review", "completed", "cancelled", "superseded");

    public static HandoffConfig defaults() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("AD", "Decisions");
        prefixes.put("R", "Risks");
        prefixes.put("IC", "Interface Contracts");
        prefixes.put("C", "Constraints");
        prefixes.put("OQ", "Open Questions");
        return new HandoffConfig(
                ".agent/teams",
                Map.of(),
                List.of(new Glob("*coord*")),
                30,
                prefixes,
                ImmutableMap.of("ADR", "AD", "RISK", "R"),
                List.of("."),
                DEFAULT_EXTENSIONS,
                DEFAULT_IGNORE.stream().map(Glob::new).toList(),
                2L * 1024 * 1024,
                Map.of(),
                DEFAULT_STATUS,
                Map.of(),
                Map.of(),
                Set.of("R", "OQ"));
    }

    public HandoffConfig {
        pipelines = ImmutableMap.copyOf(pipelines);
        coordinatorFolders = ImmutableList.copyOf(coordinatorFolders);
        idPrefixes = ImmutableMap.copyOf(idPrefixes);
        idAliases = ImmutableMap.copyOf(idAliases);
        fileRoots = ImmutableList.copyOf(fileRoots);
        fileExtensions = ImmutableSet.copyOf(fileExtensions);
        ignore = ImmutableList.copyOf(ignore);
        severity = ImmutableMap.copyOf(severity);
        statusValues = ImmutableList.copyOf(statusValues);
        kinds = ImmutableMap.copyOf(kinds);
        teamPrefixes = ImmutableMap.copyOf(teamPrefixes);
        mustTrack = ImmutableSet.copyOf(mustTrack);
    }

    public Severity severityOf(Code code) {
        return severity.getOrDefault(code, code.defaultSeverity());
    }

    public boolean isIgnored(String relativePath) {
        return ignore.stream().anyMatch(g -> g.matches(relativePath));
    }

    public boolean isCoordinatorFolder(String folderName) {
        return coordinatorFolders.stream().anyMatch(g -> g.matchesName(folderName));
    }

    public boolean isKnownExtension(String ext) {
        return fileExtensions.contains(ext.toLowerCase(Locale.ROOT));
    }

    /** The ID categories in canonical order, then Artifacts. */
    public List<CategorySpec> categories() {
        List<CategorySpec> out = new ArrayList<>();
        idPrefixes.forEach((prefix, words) -> out.add(categorySpec(prefix, words)));
        out.add(new CategorySpec(null, "Artifacts Produced", List.of("Artifacts"), null, List.of()));
        return out;
    }

    /** PT registry sections: one per ID category, then the Codebase Impact Map. */
    public List<CategorySpec> ptSections() {
        List<CategorySpec> out = new ArrayList<>();
        idPrefixes.forEach((prefix, words) -> out.add(categorySpec(prefix, words)));
        out.add(new CategorySpec(
                null,
                "Artifacts Produced",
                List.of(),
                "Codebase Impact Map",
                List.of("Codebase Impact Map", "Impact Map")));
        return out;
    }

    private static CategorySpec categorySpec(String prefix, String words) {
        return switch (prefix) {
            case "AD" ->
                new CategorySpec(
                        prefix,
                        "Decisions Made (Forward-binding)",
                        List.of(words, "Decisions"),
                        "Architecture Decisions",
                        List.of("Architecture Decisions", "Decisions", words));
            case "R" ->
                new CategorySpec(
                        prefix,
                        "Risks Identified (Must-Track)",
                        List.of(words, "Risks"),
                        "Risk Registry",
                        List.of("Risk Registry", "Active Risks", "Risks", words));
            case "IC" ->
                new CategorySpec(
                        prefix,
                        "Interface Contracts (Must-Satisfy)",
                        List.of(words, "Interface Contracts", "Contracts"),
                        "Active Contracts",
                        List.of("Active Contracts", "Interface Contracts", "Contracts", words));
            case "C" ->
                new CategorySpec(
                        prefix,
                        "Constraints (Must-Enforce)",
                        List.of(words, "Constraints"),
                        "Constraints",
                        List.of("Constraints", words));
            case "OQ" ->
                new CategorySpec(
                        prefix,
                        "Open Questions (Requires Resolution)",
                        List.of(words, "Open Questions", "Questions"),
                        "Open Questions",
                        List.of("Open Questions", "Questions", words));
            default -> new CategorySpec(prefix, words, List.of(words), words, List.of(words));
        };
    }

    /** Every spelling that may start an ID attempt: prefixes and aliases, upper-case. */
    public Map<String, String> prefixSpellings() {
        Map<String, String> all = new LinkedHashMap<>();
        idPrefixes.keySet().forEach(p -> all.put(p.toUpperCase(Locale.ROOT), p));
        idAliases.forEach((alias, prefix) -> all.put(alias.toUpperCase(Locale.ROOT), prefix));
        return all;
    }
}
