package dev.handoffls.cli.cache;

import dev.handoffls.index.WorkspaceLoader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * The on-disk cache of {@code check}: a run whose inputs are byte for byte those of a stored run
 * prints the stored result. The rules are cross-file, so there is no per-file result: the key is the
 * whole workspace as the run reads it ({@link Fingerprint}), the configuration and baseline files,
 * the options and the build. Cheap because of the first level ({@link StampTable}): a file whose stamp
 * is unchanged is not read. Any doubt (a file that cannot be examined, a file written in the same
 * clock tick, a file that moved during the run, a damaged cache file) means running uncached, never
 * replaying.
 */
public final class ResultCache {
    /** The cache folder at the workspace root. */
    public static final String FOLDER = WorkspaceLoader.CACHE_FOLDER;

    private static final String TABLE = "files.bin";
    private static final String RUN_PREFIX = "run-";
    private static final String RUN_SUFFIX = ".bin";
    /** One result per command line (PATHs, --config, --baseline); a few are kept, the oldest pruned. */
    private static final int RUNS_KEPT = 8;

    /**
     * What a run reads besides the workspace's documents and configurations.
     *
     * @param configFile   {@code --config FILE}, or null
     * @param baselineFile the baseline to read, or null when none is read ({@code --no-baseline})
     */
    public record Inputs(Path root, List<String> include, Path configFile, Path baselineFile) {}

    private final Inputs inputs;
    private final CacheFolder folder;
    private final PrintStream err;
    private final boolean verbose;
    private StampTable known = StampTable.empty();
    private Fingerprint fingerprint;
    private byte[] inputFiles;
    private byte[] key;

    private ResultCache(Inputs inputs, PrintStream err, boolean verbose) {
        this.inputs = inputs;
        this.folder = inputs == null ? null : new CacheFolder(inputs.root().resolve(FOLDER));
        this.err = err;
        this.verbose = verbose;
    }

    public static ResultCache open(Inputs inputs, PrintStream err, boolean verbose) {
        return new ResultCache(inputs, err, verbose);
    }

    /** A cache that neither reads nor writes anything ({@code --no-cache}, {@code --fix}, …). */
    public static ResultCache off(PrintStream err, boolean verbose) {
        return new ResultCache(null, err, verbose);
    }

    /** The stored run for the workspace as it is now, its stderr lines printed again; null on a miss. */
    public CachedRun lookup() {
        if (folder == null) {
            note("cache: off");
            return null;
        }
        if (!folder.create()) {
            note("cache: not used (" + FOLDER + " cannot be created)");
            return null;
        }
        long tick = folder.tick();
        byte[] table = folder.read(TABLE, warning(TABLE));
        known = table == null ? StampTable.empty() : decode(TABLE, table, StampTable::read, StampTable.empty());
        try {
            fingerprint = Fingerprint.of(inputs.root(), WorkspaceScan.of(inputs.root()), known, tick);
            inputFiles = inputFilesDigest();
        } catch (CacheUnusable e) {
            fingerprint = null;
            note("cache: not used (" + e.getMessage() + ")");
            return null;
        }
        key = key();
        byte[] stored = folder.read(runName(), warning(runName()));
        CachedRun run = stored == null ? null : decode(runName(), stored, in -> RunRecord.read(in, key), null);
        saveTable();
        note("cache: " + (run == null ? "miss" : "hit") + " (" + fingerprint.hashed() + " of "
                + fingerprint.scan().stamps().size() + " files read)");
        if (run != null) {
            run.messages().forEach(err::println);
        }
        return run;
    }

    /** Stores the result of a run that {@link #lookup} missed, unless the workspace moved under it. */
    public void store(CachedRun run) {
        if (fingerprint == null) {
            return;
        }
        if (fingerprint.racy()) {
            note("cache: not stored (a file was written too recently to be told apart from a later change)");
            return;
        }
        try {
            if (!WorkspaceScan.of(inputs.root()).equals(fingerprint.scan())
                    || !Arrays.equals(inputFilesDigest(), inputFiles)) {
                note("cache: not stored (files changed during the run)");
                return;
            }
        } catch (CacheUnusable e) {
            note("cache: not stored (" + e.getMessage() + ")");
            return;
        }
        boolean written = folder.write(runName(), out -> RunRecord.write(out, key, run));
        folder.prune(RUN_PREFIX, RUN_SUFFIX, RUNS_KEPT);
        note(written ? "cache: stored" : "cache: not stored (" + FOLDER + " cannot be written)");
    }

    private void saveTable() {
        if (!fingerprint.table().sameAs(known)) {
            folder.write(TABLE, fingerprint.table()::write);
            known = fingerprint.table();
        }
    }

    /** The key of the run: everything it reads, and the build that reads it. */
    private byte[] key() {
        MessageDigest md = ContentHash.digest();
        Codec.update(md, CacheFolder.FORMAT);
        Codec.update(md, ToolIdentity.get());
        Codec.update(md, inputs.root().toString());
        Codec.update(md, inputs.include().size());
        inputs.include().forEach(p -> Codec.update(md, p));
        md.update(inputFiles);
        fingerprint.digest(md);
        return md.digest();
    }

    /** The run file of this command line: its options, not the workspace's state (which is the key). */
    private String runName() {
        MessageDigest md = ContentHash.digest();
        Codec.update(md, inputs.root().toString());
        Codec.update(md, inputs.include().size());
        inputs.include().forEach(p -> Codec.update(md, p));
        Codec.update(md, String.valueOf(inputs.configFile()));
        Codec.update(md, String.valueOf(inputs.baselineFile()));
        return RUN_PREFIX + HexFormat.of().formatHex(md.digest(), 0, 8) + RUN_SUFFIX;
    }

    /** The paths and contents of {@code --config FILE} and of the baseline file. */
    private byte[] inputFilesDigest() throws CacheUnusable {
        MessageDigest md = ContentHash.digest();
        for (Path file : Arrays.asList(inputs.configFile(), inputs.baselineFile())) {
            Codec.update(md, String.valueOf(file));
            if (file == null) {
                continue;
            }
            try {
                if (Files.isRegularFile(file)) {
                    md.update(ContentHash.of(file));
                } else {
                    Codec.update(md, Files.exists(file) ? "not a regular file" : "absent");
                }
            } catch (NoSuchFileException e) {
                Codec.update(md, "absent");
            } catch (IOException e) {
                throw new CacheUnusable(file + " cannot be read (" + e.getMessage() + ")");
            }
        }
        return md.digest();
    }

    private interface Decoder<T> {
        T decode(DataInputStream in) throws IOException;
    }

    private <T> T decode(String name, byte[] payload, Decoder<T> decoder, T fallback) {
        try {
            return decoder.decode(new DataInputStream(new ByteArrayInputStream(payload)));
        } catch (IOException | RuntimeException e) {
            warning(name).accept("damaged (" + e.getMessage() + ")");
            return fallback;
        }
    }

    private Consumer<String> warning(String name) {
        return why -> err.println("handoff-ls: warning: ignoring the cache file " + FOLDER + "/" + name + ": " + why
                + "; it will be rebuilt");
    }

    private void note(String line) {
        if (verbose) {
            err.println("handoff-ls: " + line);
        }
    }
}
