package dev.handoffls.model;

import dev.handoffls.text.Range;
import java.util.List;

/**
 * A reference to one ID, or to every ID of a range such as {@code AD-1 through AD-4}.
 *
 * @param range the ID token, or the whole range text
 */
public record IdReference(List<String> ids, Range range, String text) {

    public boolean isRange() {
        return ids.size() > 1 || !ids.get(0).equals(text);
    }
}
