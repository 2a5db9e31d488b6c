package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.PathRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Resolves paths written in documents against the index (spec §5 resolution order): the document's
 * folder, its pipeline folder, the workspace root, the configured {@code fileRoots}, then — for a
 * bare file name — anywhere by name. Never touches the disk; absolute paths and paths that leave the
 * workspace are reported, not probed.
 */
public final class PathResolver {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/]");

    public enum Status {
        FOUND,
        MISSING,
        OUTSIDE,
        NOT_A_PATH
    }

    /** @param found the workspace-relative path found; {@code byName} when found by file name elsewhere */
    public record Resolution(Status status, String found, boolean byName) {
        static final Resolution MISSING = new Resolution(Status.MISSING, null, false);
        static final Resolution OUTSIDE = new Resolution(Status.OUTSIDE, null, false);
        static final Resolution NOT_A_PATH = new Resolution(Status.NOT_A_PATH, null, false);
    }

    private final WorkspaceIndex index;
    /** Each document's roots, worked out once: a 5,000-line L2 resolves hundreds of paths a keystroke. */
    private final Map<String, List<String>> rootsByPath = new ConcurrentHashMap<>();

    public PathResolver(WorkspaceIndex index) {
        this.index = index;
    }

    public Resolution resolve(HandoffDocument doc, PathRef ref) {
        String text = ref.baseDir() != null ? join(ref.baseDir(), ref.text()) : ref.text();
        if (ref.context() == PathRef.Context.ARTIFACT) {
            return resolveIn(doc, text, ref.needsRootCheck(), artifactRoots(doc), false);
        }
        return resolve(doc, text, ref.needsRootCheck(), true);
    }

    /** Artifacts are the L2's own: its folder, then the pipeline folder, never by name elsewhere. */
    private static List<String> artifactRoots(HandoffDocument doc) {
        List<String> roots = new ArrayList<>();
        roots.add(doc.location().folder());
        if (doc.location().pipelineFolder() != null) {
            roots.add(doc.location().pipelineFolder());
        }
        return roots;
    }

    /**
     * @param needsRootCheck the token only counts as a path if its first segment exists in a root
     * @param byName         whether a bare file name may be found anywhere in the workspace
     */
    public Resolution resolve(HandoffDocument doc, String written, boolean needsRootCheck, boolean byName) {
        return resolveIn(doc, written, needsRootCheck, roots(doc), byName);
    }

    private Resolution resolveIn(
            HandoffDocument doc, String written, boolean needsRootCheck, List<String> roots, boolean byName) {
        String text = written.replace('\\', '/');
        if (isEndpoint(text)) {
            return Resolution.NOT_A_PATH;
        }
        if (text.startsWith("/")
                || text.startsWith("~")
                || DRIVE.matcher(written).find()
                || written.startsWith("\\\\")) {
            return Resolution.OUTSIDE;
        }
        boolean directory = text.endsWith("/");
        String docFolder = doc.location().folder();
        if (hasParentSegment(text)) {
            // ".." is judged from the document's folder only.
            Optional<String> p = normalize(docFolder, text);
            if (p.isEmpty()) {
                return Resolution.OUTSIDE;
            }
            return exists(p.get(), directory) ? new Resolution(Status.FOUND, p.get(), false) : Resolution.MISSING;
        }
        if (needsRootCheck) {
            String first = text.replaceFirst("^\\./", "").split("/")[0];
            if (roots.stream().noneMatch(r -> index.exists(join(r, first)))) {
                return Resolution.NOT_A_PATH;
            }
        }
        for (String root : roots) {
            Optional<String> p = normalize(root, text);
            if (p.isPresent() && exists(p.get(), directory)) {
                return new Resolution(Status.FOUND, p.get(), false);
            }
        }
        String bare = text.replaceFirst("^\\./", "");
        if (byName && !bare.contains("/") && !directory) {
            List<String> named = index.filesNamed(bare);
            if (!named.isEmpty()) {
                return new Resolution(Status.FOUND, named.get(0), true);
            }
        }
        if (byName && bare.contains("/") && !directory) {
            return endingWith(bare);
        }
        return Resolution.MISSING;
    }

    /**
     * A path written from another root ({@code orchestrator/engine.py} for
     * {@code services/crewai/orchestrator/engine.py}) exists when exactly one workspace file ends with
     * all its segments; with several candidates nobody can tell which one was meant (spec §5).
     */
    private Resolution endingWith(String path) {
        String suffix = "/" + path;
        List<String> matches = index.filesNamed(path.substring(path.lastIndexOf('/') + 1)).stream()
                .filter(f -> f.endsWith(suffix))
                .toList();
        return matches.size() == 1 ? new Resolution(Status.FOUND, matches.get(0), true) : Resolution.MISSING;
    }

    /**
     * An absolute token whose first segment is no folder of the workspace names a URL path on some
     * server ({@code /openapi.json}, {@code /health/api}), not a file of ours (spec §12).
     */
    private boolean isEndpoint(String text) {
        if (!text.startsWith("/") || text.startsWith("//")) {
            return false;
        }
        String first = text.substring(1).split("/", 2)[0];
        return first.isEmpty() || !index.dirExists(first);
    }

    /** Resolution roots in order: the document's folder, pipeline folder, root, configured roots. */
    public List<String> roots(HandoffDocument doc) {
        return rootsByPath.computeIfAbsent(doc.path(), p -> rootsOf(doc));
    }

    private List<String> rootsOf(HandoffDocument doc) {
        Set<String> roots = new LinkedHashSet<>();
        roots.add(doc.location().folder());
        if (doc.location().pipelineFolder() != null) {
            roots.add(doc.location().pipelineFolder());
        }
        roots.add("");
        // fileRoots are relative to the folder of the configuration that applies to the document.
        String base = index.configFolderFor(doc.path());
        for (String r : index.configFor(doc.path()).fileRoots()) {
            normalize(base, r.equals(".") ? "" : r).ifPresent(roots::add);
        }
        return List.copyOf(roots);
    }

    private boolean exists(String path, boolean directory) {
        return directory ? index.dirExists(path) : index.exists(path);
    }

    private static boolean hasParentSegment(String text) {
        for (int at = text.indexOf(".."); at >= 0; at = text.indexOf("..", at + 1)) {
            if ((at == 0 || text.charAt(at - 1) == '/') && (at + 2 == text.length() || text.charAt(at + 2) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static String join(String folder, String path) {
        if (folder.isEmpty()) {
            return path;
        }
        return folder.endsWith("/") ? folder + path : folder + "/" + path;
    }

    /** Joins and normalises; empty when the result would leave the workspace. */
    public static Optional<String> normalize(String folder, String path) {
        if (isNormal(folder) && isNormal(path) && !path.isEmpty()) {
            return Optional.of(folder.isEmpty() ? path : folder + "/" + path); // most paths: no work to do
        }
        return normalizeBySegments(folder, path);
    }

    /** The general case of {@link #normalize}: segment by segment. */
    static Optional<String> normalizeBySegments(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String s : (folder.isEmpty() ? path : folder + "/" + path).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** Already normal: no empty, "." or ".." segment (so no leading, trailing or doubled '/'). */
    private static boolean isNormal(String path) {
        if (path.isEmpty()) {
            return true;
        }
        for (int start = 0; ; ) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            int len = end - start;
            if (len == 0 || len == 1 && path.charAt(start) == '.' || len == 2 && path.startsWith("..", start)) {
                return false;
            }
            if (slash < 0) {
                return true;
            }
            start = slash + 1;
        }
    }

    /** {@code path} written relative to {@code fromFolder} ("../" where needed); both workspace-relative. */
    public static String relativize(String fromFolder, String path) {
        if (fromFolder.isEmpty()) {
            return path;
        }
        if (path.startsWith(fromFolder + "/")) {
            return path.substring(fromFolder.length() + 1);
        }
        String[] b = fromFolder.split("/");
        String[] p = path.split("/");
        int common = 0;
        while (common < b.length && common < p.length - 1 && b[common].equals(p[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < b.length; i++) {
            sb.append("../");
        }
        for (int i = common; i < p.length; i++) {
            sb.append(p[i]).append(i < p.length - 1 ? "/" : "");
        }
        return sb.toString();
    }
}
