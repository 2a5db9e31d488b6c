package dev.handoffls.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.text.Range;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * SARIF 2.1.0: one rule per code, UTF-16 columns, hints and information as {@code note}. Written as it goes,
 * one result at a time.
 */
final class SarifFormatter {
    static final String RULES_DOC = "https://github.com/handoff-ls/handoff-ls/blob/main/docs/rules.md";

    private SarifFormatter() {}

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    static void write(Report report, Path root, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setHtmlSafe(false);
        json.setIndent("  ");
        json.beginObject();
        json.name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
        json.name("version").value("2.1.0");
        json.name("runs").beginArray().beginObject();
        JsonObject tool = new JsonObject();
        tool.add("driver", driver());
        json.name("tool");
        GSON.toJson(tool, json);
        json.name("columnKind").value("utf16CodeUnits");
        json.name("results").beginArray();
        for (Finding f : report.findings()) {
            GSON.toJson(result(report, f), json);
        }
        json.endArray();
        json.endObject().endArray();
        json.endObject();
        json.flush();
        out.write(System.lineSeparator());
    }

    private static JsonObject driver() {
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "handoff-ls");
        driver.addProperty("informationUri", RULES_DOC);
        JsonArray rules = new JsonArray();
        for (Code c : Code.values()) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", c.name());
            rule.addProperty("name", c.ruleName());
            JsonObject text = new JsonObject();
            text.addProperty("text", c.name() + " " + c.ruleName().replace('-', ' '));
            rule.add("shortDescription", text);
            rule.addProperty("helpUri", RULES_DOC + "#" + c.docsAnchor());
            JsonObject config = new JsonObject();
            config.addProperty("level", level(c.defaultSeverity()));
            rule.add("defaultConfiguration", config);
            rules.add(rule);
        }
        driver.add("rules", rules);
        return driver;
    }

    private static JsonObject result(Report report, Finding f) {
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", f.code().name());
        result.addProperty("ruleIndex", f.code().ordinal());
        result.addProperty("level", level(f.severity()));
        result.add("message", message(f.message()));
        JsonArray locations = new JsonArray();
        locations.add(location(report.paths().show(f.path()), f.range(), null));
        result.add("locations", locations);
        if (!f.related().isEmpty()) {
            JsonArray related = new JsonArray();
            int id = 0;
            for (RelatedLocation r : f.related()) {
                JsonObject loc = location(report.paths().show(r.path()), r.range(), r.message());
                loc.addProperty("id", id++);
                related.add(loc);
            }
            result.add("relatedLocations", related);
        }
        return result;
    }

    private static JsonObject message(String text) {
        JsonObject m = new JsonObject();
        m.addProperty("text", text);
        return m;
    }

    private static JsonObject location(String path, Range range, String message) {
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uri(path));
        JsonObject region = new JsonObject();
        region.addProperty("startLine", range.startLine() + 1);
        region.addProperty("startColumn", range.start().character() + 1);
        region.addProperty("endLine", range.endLine() + 1);
        region.addProperty("endColumn", range.end().character() + 1);
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifact);
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        if (message != null) {
            location.add("message", message(message));
        }
        return location;
    }

    static String uri(String relativePath) {
        try {
            return new URI(null, null, relativePath, null).getRawPath();
        } catch (URISyntaxException e) {
            return relativePath.replace(" ", "%20");
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }
}
