package dev.handoffls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Settings the editor owns (section {@code handoff}): severity overrides, debounce, trace. Project
 * rules in {@code .handoff.yaml} win over them. Read from {@code workspace/didChangeConfiguration}
 * or {@code workspace/configuration}; see docs/lsp.md.
 */
record ClientSettings(Map<Code, Severity> severity, int debounceMillis, String trace) {

    static final int DEFAULT_DEBOUNCE = 150;

    static ClientSettings defaults() {
        return new ClientSettings(Map.of(), DEFAULT_DEBOUNCE, "off");
    }

    /** Reads {@code {"handoff": {...}}} or the inner object itself; unknown or bad values keep defaults. */
    static ClientSettings from(Object settings) {
        JsonObject o = settings instanceof JsonObject j ? j : null;
        if (o != null && o.has("handoff") && o.get("handoff").isJsonObject()) {
            o = o.getAsJsonObject("handoff");
        }
        if (o == null) {
            return defaults();
        }
        Map<Code, Severity> severity = new LinkedHashMap<>();
        if (o.has("severity") && o.get("severity").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e :
                    o.getAsJsonObject("severity").entrySet()) {
                Optional<Code> code = Code.parse(e.getKey());
                if (code.isPresent() && e.getValue().isJsonPrimitive()) {
                    Severity.parse(e.getValue().getAsString()).ifPresent(s -> severity.put(code.get(), s));
                }
            }
        }
        int debounce = DEFAULT_DEBOUNCE;
        if (o.has("debounce")
                && o.get("debounce").isJsonPrimitive()
                && o.get("debounce").getAsJsonPrimitive().isNumber()) {
            debounce = Math.max(0, Math.min(5000, o.get("debounce").getAsInt()));
        }
        String trace = "off";
        if (o.has("trace")
                && o.get("trace").isJsonObject()
                && o.getAsJsonObject("trace").has("server")) {
            trace = o.getAsJsonObject("trace").get("server").getAsString();
        }
        return new ClientSettings(Map.copyOf(severity), debounce, trace);
    }
}
