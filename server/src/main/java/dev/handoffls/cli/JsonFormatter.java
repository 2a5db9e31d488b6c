package dev.handoffls.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;

/**
 * JSON schema version 1 (spec §11): 0-based lines, UTF-16 characters, paths relative to the cwd.
 * {@code baselined} (how many findings the baseline hid) is an addition that version 1 readers ignore.
 */
final class JsonFormatter {
    private JsonFormatter() {}

    static String format(Report report) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("files", report.files());
        root.addProperty("baselined", report.baselined());
        JsonArray diagnostics = new JsonArray();
        for (Finding f : report.findings()) {
            JsonObject d = new JsonObject();
            d.addProperty("path", report.paths().show(f.path()));
            d.add("range", range(f.range()));
            d.addProperty("severity", f.severity().label());
            d.addProperty("code", f.code().name());
            d.addProperty("message", f.message());
            if (!f.related().isEmpty()) {
                JsonArray related = new JsonArray();
                for (RelatedLocation r : f.related()) {
                    JsonObject o = new JsonObject();
                    o.addProperty("path", report.paths().show(r.path()));
                    o.add("range", range(r.range()));
                    o.addProperty("message", r.message());
                    related.add(o);
                }
                d.add("related", related);
            }
            diagnostics.add(d);
        }
        root.add("diagnostics", diagnostics);
        return new GsonBuilder().disableHtmlEscaping().create().toJson(root);
    }

    static JsonObject range(Range r) {
        JsonObject o = new JsonObject();
        o.add("start", position(r.start()));
        o.add("end", position(r.end()));
        return o;
    }

    private static JsonObject position(Position p) {
        JsonObject o = new JsonObject();
        o.addProperty("line", p.line());
        o.addProperty("character", p.character());
        return o;
    }
}
