package dev.handoffls.cli;

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

    static void write(Report report, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("version").value(1);
        json.name("files").value(report.files());
        json.name("baselined").value(report.baselined());
        json.name("diagnostics").beginArray();
        for (Finding f : report.findings()) {
            diagnostic(report, f, json);
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write(System.lineSeparator());
    }

    /** Written field by field, no element tree per finding: 25,000 findings are 12 MB of JSON. */
    private static void diagnostic(Report report, Finding f, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("path").value(report.paths().show(f.path()));
        json.name("range");
        range(f.range(), json);
        json.name("severity").value(f.severity().label());
        json.name("code").value(f.code().name());
        json.name("message").value(f.message());
        if (!f.related().isEmpty()) {
            json.name("related").beginArray();
            for (RelatedLocation r : f.related()) {
                json.beginObject();
                json.name("path").value(report.paths().show(r.path()));
                json.name("range");
                range(r.range(), json);
                json.name("message").value(r.message());
                json.endObject();
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void range(Range r, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("start").beginObject();
        json.name("line").value(r.startLine());
        json.name("character").value(r.start().character());
        json.endObject();
        json.name("end").beginObject();
        json.name("line").value(r.endLine());
        json.name("character").value(r.end().character());
        json.endObject();
        json.endObject();
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
