package dev.handoffls.index;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;

/**
 * The symbolic links a walk met, sorted into those that stay inside the workspace and those that are
 * not followed. A link's own target is read (readlink) and only a target inside the workspace is
 * resolved further, so nothing outside is probed; a loop or a dangling link is a reason, never a hang.
 * A file link needs nothing more (its target is checked where it lives); a folder link is remembered so
 * that paths written through it exist ({@link WorkspaceIndex#fileExists}).
 *
 * @param folderLinks link path → its target folder, both relative to the root ({@code ""}: the root)
 * @param notFollowed link path → why it is not followed
 */
record SymbolicLinks(ImmutableSortedMap<String, String> folderLinks, ImmutableSortedMap<String, String> notFollowed) {

    static SymbolicLinks resolve(Path root, Set<String> links, Set<String> dirs) {
        TreeMap<String, String> folders = new TreeMap<>();
        TreeMap<String, String> notFollowed = new TreeMap<>();
        Path realRoot = realRoot(root);
        for (String link : links) {
            Path abs = root.resolve(link);
            try {
                Path written =
                        abs.getParent().resolve(Files.readSymbolicLink(abs)).normalize();
                if (!written.startsWith(root) && !written.startsWith(realRoot)) {
                    notFollowed.put(link, "points outside the workspace: not followed");
                    continue;
                }
                Path real = abs.toRealPath();
                if (!real.startsWith(realRoot)) {
                    notFollowed.put(link, "points outside the workspace: not followed");
                } else if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                    String target = realRoot.relativize(real).toString().replace('\\', '/');
                    if (target.isEmpty() || dirs.contains(target)) {
                        folders.put(link, target);
                    }
                }
            } catch (NoSuchFileException e) {
                notFollowed.put(link, "points to nothing: not followed");
            } catch (FileSystemException e) {
                String reason = FolderWalk.reason(e);
                notFollowed.put(
                        link,
                        reason.contains("levels of symbolic links")
                                ? "is part of a loop of links: not followed"
                                : "cannot be resolved (" + reason + "): not followed");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                notFollowed.put(link, "cannot be resolved: not followed");
            }
        }
        return new SymbolicLinks(
                ImmutableSortedMap.copyOfSorted(folders), ImmutableSortedMap.copyOfSorted(notFollowed));
    }

    private static Path realRoot(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            return root;
        }
    }
}
