package dev.handoffls.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.handoffls.index.Trail;
import java.util.List;
import java.util.Locale;

/** The JSON form of {@code trail} (version 1, docs/trail.schema.json): 0-based lines, UTF-16 characters. */
final class TrailJson {
    private TrailJson() {}

    static String format(List<TrailCommand.Entry> entries, PathDisplay paths) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray items = new JsonArray();
        for (TrailCommand.Entry e : entries) {
            Trail.Item item = e.item();
            JsonObject o = new JsonObject();
            o.addProperty("id", item.id());
            o.addProperty("scope", e.scope());
            o.addProperty("category", e.category());
            o.addProperty("statement", item.statement());
            JsonObject origin = new JsonObject();
            origin.addProperty("path", paths.show(item.origin().path()));
            origin.add("range", JsonFormatter.range(item.origin().range()));
            o.add("origin", origin);
            o.addProperty("state", e.state().label());
            o.add(
                    "closedBy",
                    e.trail()
                            .closure(item.id())
                            .<com.google.gson.JsonElement>map(c -> closedBy(c, paths))
                            .orElse(JsonNull.INSTANCE));
            JsonArray sites = new JsonArray();
            for (Trail.Site s : e.trail().sites(item.id())) {
                JsonObject site = new JsonObject();
                site.addProperty("path", paths.show(s.path()));
                site.add("range", JsonFormatter.range(s.range()));
                site.addProperty("phase", s.phase());
                site.addProperty("kind", s.kind().label);
                sites.add(site);
            }
            o.add("sites", sites);
            items.add(o);
        }
        root.add("items", items);
        return new GsonBuilder().disableHtmlEscaping().serializeNulls().create().toJson(root);
    }

    private static JsonObject closedBy(Trail.Closure c, PathDisplay paths) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", c.kind().name().toLowerCase(Locale.ROOT));
        o.addProperty("path", paths.show(c.site().path()));
        o.addProperty("phase", c.phase());
        o.addProperty(
                "reason", c.site().marker() == null ? "" : c.site().marker().reason());
        return o;
    }
}
