package dev.handoffls.features.fixes;

/**
 * A fix that is an action to run rather than edits to apply: the editor runs it as a command, so the
 * change is planned on the newest text of every document it touches (Sync to PT writes the PT and
 * the L2). {@code check --fix} leaves such fixes to a person.
 *
 * @param name one of the constants below
 * @param path the workspace-relative document the action runs on
 */
public record FixCommand(String name, String path) {
    /** Sync to PT (spec §7) on the L2 at {@code path}. */
    public static final String SYNC_TO_PT = "syncToPt";
}
