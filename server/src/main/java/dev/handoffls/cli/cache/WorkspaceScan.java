package dev.handoffls.cli.cache;

import dev.handoffls.config.ConfigLoader;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.parse.DocumentParser;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything {@code check} can see of a workspace without reading a file: the paths the index's walk
 * finds (every path whose existence a rule may ask about) and a stamp of every file whose content a
 * check reads. Two equal scans taken before and after a run prove that nothing the run read moved in
 * between.
 *
 * <p>The walk is the index's ({@code WorkspaceLoader.walk}: the cache folder left out, folders it does
 * not enter listed but not entered, symbolic links listed and not followed) done with one {@code stat}
 * per entry, which also gives the stamp; {@code WorkspaceScanTest} holds the two walks equal.
 *
 * @param stamps the stamp of each file {@link #readByCheck} selects, by workspace path
 */
record WorkspaceScan(SortedSet<String> files, SortedSet<String> dirs, Map<String, FileStamp> stamps) {

    static WorkspaceScan of(Path root) throws CacheUnusable {
        SortedSet<String> files = new TreeSet<>();
        SortedSet<String> dirs = new TreeSet<>();
        Map<String, FileStamp> stamps = new HashMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push("");
        while (!pending.isEmpty()) {
            String folder = pending.pop();
            try (DirectoryStream<Path> entries =
                    Files.newDirectoryStream(folder.isEmpty() ? root : root.resolve(folder))) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    String path = folder.isEmpty() ? name : folder + "/" + name;
                    FileStamp stamp = FileStamp.read(entry);
                    if (!stamp.directory()) {
                        files.add(path);
                        if (readByCheck(path)) {
                            stamps.put(path, stamp);
                        }
                    } else if (!path.equals(WorkspaceLoader.CACHE_FOLDER)) {
                        dirs.add(path);
                        if (WorkspaceLoader.entersFolder(name)) {
                            pending.push(path);
                        }
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                // Unreadable or changing under the walk: what the index would see is not known.
                throw new CacheUnusable((folder.isEmpty() ? "the workspace root" : folder) + " cannot be listed ("
                        + e.getMessage() + ")");
            }
        }
        return new WorkspaceScan(files, dirs, stamps);
    }

    /**
     * The files whose content a check may read: documents (whether or not {@code ignore} excludes
     * them, so that the configuration need not be read first) and configurations.
     */
    static boolean readByCheck(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md")
                || lower.endsWith(".markdown")
                || DocumentParser.isL1Index(path)
                || path.equals(ConfigLoader.FILE_NAME)
                || path.endsWith("/" + ConfigLoader.FILE_NAME);
    }
}
