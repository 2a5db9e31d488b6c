package dev.handoffls.index;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.MetadataValue;
import java.util.Locale;
import java.util.Optional;

/** A ticket's id: front matter {@code id}, else body {@code **ID**} or {@code **Task ID**}. */
public final class TicketIds {
    private TicketIds() {}

    public static Optional<MetadataValue> of(HandoffDocument d) {
        Optional<MetadataValue> fm = d.frontMatter()
                .flatMap(f -> f.get("id"))
                .filter(e -> e.value() != null && !e.value().isBlank())
                .map(e -> new MetadataValue("id", e.value().trim(), e.keyRange(), e.valueRange(), true));
        if (fm.isPresent()) {
            return fm;
        }
        MetadataValue body = d.bodyMetadata().get("id");
        if (body == null) {
            body = d.bodyMetadata().get("task id");
        }
        return Optional.ofNullable(body).filter(v -> !v.value().isBlank());
    }

    public static String normalize(String id) {
        String s = id.trim().replace("`", "").toLowerCase(Locale.ROOT);
        return s.endsWith(".md") ? s.substring(0, s.length() - 3) : s;
    }
}
