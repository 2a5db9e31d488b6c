package dev.handoffls.index;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import dev.handoffls.config.WorkspaceLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks a workspace folder without following symbolic links and without reading any file. What it
 * could not read is kept with the reason, never dropped in silence; a symbolic link is resolved only to
 * decide whether it stays inside the workspace (then a folder link's paths exist, for path resolution)
 * or not (then it is noted and not followed).
 */
final class FolderWalk {
    /** Called before a folder is entered; throws when it must be treated as unreadable (a test seam: root reads anything). */
    @FunctionalInterface
    interface FolderCheck {
        FolderCheck NONE = dir -> {};

        void check(Path dir) throws IOException;
    }

    /** Folders never walked: version control and dependency caches are not part of the workspace. */
    static final Set<String> NOT_WALKED = Set.of(".git", "node_modules", ".hg", ".svn");
    /** The command line's result cache at the root: not part of the workspace, not even as a path. */
    static final String CACHE_FOLDER = ".handoff-cache";

    private final Path root;
    private final FolderCheck check;
    private final TreeSet<String> files = new TreeSet<>();
    private final TreeSet<String> dirs = new TreeSet<>();
    private final TreeSet<String> links = new TreeSet<>();
    private final TreeMap<String, String> unreadable = new TreeMap<>();

    private FolderWalk(Path root, FolderCheck check) {
        this.root = root;
        this.check = check;
    }

    static WorkspaceLoader.Walk of(Path root, FolderCheck check) {
        return new FolderWalk(root, check).walk();
    }

    private WorkspaceLoader.Walk walk() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String rel = relative(dir);
                    if (rel.equals(CACHE_FOLDER)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!rel.isEmpty()) {
                        dirs.add(rel);
                        if (NOT_WALKED.contains(dir.getFileName().toString())) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                    }
                    try {
                        check.check(dir);
                    } catch (IOException e) {
                        unreadable.put(rel, reason(e));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String rel = relative(file);
                    files.add(rel);
                    if (attrs.isSymbolicLink()) {
                        links.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // A folder that cannot be listed, or a file whose attributes cannot be read (one that
                    // vanished meanwhile is simply gone).
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    String rel = relative(file);
                    unreadable.put(rel, reason(e));
                    if (!rel.isEmpty() && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        dirs.add(rel);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String f : files) {
            WorkspaceIndex.addWithAncestors(dirs, WorkspaceLayout.parent(f));
        }
        SymbolicLinks resolved = SymbolicLinks.resolve(root, links, dirs);
        return new WorkspaceLoader.Walk(
                ImmutableSortedSet.copyOfSorted(files),
                ImmutableSortedSet.copyOfSorted(dirs),
                ImmutableSortedMap.copyOfSorted(unreadable),
                resolved.folderLinks(),
                resolved.notFollowed());
    }

    private String relative(Path p) {
        return root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** A short reason for a path the walk could not read ("permission denied"). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
