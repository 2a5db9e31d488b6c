package dev.handoffls.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON schema version 1 (spec §11): 0-based lines, UTF-16 characters, paths relative to the cwd.
 * {@code baselined} (how many findings the baseline hid) is an addition that version 1 readers ignore.
 * Written as it goes, one diagnostic at a time: the output of a large workspace is never held whole.
 */
final class JsonFormatter {
    private JsonFormatter() {}

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    static void write(Report report, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("version").value(1);
        json.name("files").value(report.files());
        json.name("baselined").value(report.baselined());
        json.name("diagnostics").beginArray();
        for (Finding f : report.findings()) {
            GSON.toJson(diagnostic(report, f), json);
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write(System.lineSeparator());
    }

    private static JsonObject diagnostic(Report report, Finding f) {
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
        return d;
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
