package dev.handoffls.cli.cache;

/** The cache cannot serve this run (a file that cannot be examined, a walk that failed): run uncached. */
final class CacheUnusable extends Exception {
    CacheUnusable(String why) {
        super(why);
    }
}
