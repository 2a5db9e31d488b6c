package dev.handoffls.config;

import dev.handoffls.model.Problem;
import java.util.List;

/**
 * A configuration as read from a file: the settings (defaults where the file is silent or wrong) and
 * what was wrong, at its position in the file.
 *
 * @param path     workspace-relative path of the file, or null for built-in defaults
 */
public record LoadedConfig(String path, HandoffConfig config, List<Problem> problems) {

    public static LoadedConfig defaults() {
        return new LoadedConfig(null, HandoffConfig.defaults(), List.of());
    }
}
