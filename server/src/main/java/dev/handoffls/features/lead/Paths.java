package dev.handoffls.features.lead;

/** Paths of generated files. */
final class Paths {
    private Paths() {}

    static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
