package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.handoffls.Main;
import dev.handoffls.codes.Code;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code check samples --format sarif} is a SARIF 2.1.0 log that validates against the official
 * schema (test resource {@code sarif/sarif-schema-2.1.0.json}, see the README beside it), with the
 * properties spec §11 promises: one rule per code, UTF-16 columns, hints as {@code note}.
 */
class SarifOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path repoRoot;
    private static Run sarif;
    private static Run json;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void runCheck() {
        repoRoot = Path.of(System.getProperty("handoff.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
        assertThat(repoRoot.resolve("samples")).isDirectory();
        sarif = run("check", "samples", "--format", "sarif");
        json = run("check", "samples", "--format", "json");
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(
                args,
                repoRoot,
                new CliOutput(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        JsonSchema schema;
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(in).as("test resource sarif/sarif-schema-2.1.0.json").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode log = JSON.readTree(sarif.out());
        Set<ValidationMessage> errors = schema.validate(log);
        assertThat(errors).as("schema violations").isEmpty();
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
    }

    @Test
    void theSchemaCheckIsNotVacuous() throws Exception {
        // The same validator rejects a log that breaks the schema, so an empty error set above means something.
        JsonSchema schema;
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        String broken = sarif.out().replace("\"columnKind\": \"utf16CodeUnits\"", "\"columnKind\": \"utf16\"");
        assertThat(broken).isNotEqualTo(sarif.out());
        assertThat(schema.validate(JSON.readTree(broken))).isNotEmpty();
    }

    @Test
    void exitStatusIsOneAndNothingOnStderr() {
        assertThat(sarif.exit()).isEqualTo(1);
        assertThat(sarif.err()).isEmpty();
    }

    @Test
    void oneRulePerCodeAndResultsPointAtTheirRule() throws Exception {
        JsonNode run = JSON.readTree(sarif.out()).path("runs").path(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids)
                .containsExactlyElementsOf(
                        Arrays.stream(Code.values()).map(Code::name).toList());

        JsonNode results = run.path("results");
        assertThat(results.size()).isGreaterThan(0);
        for (JsonNode r : results) {
            int index = r.path("ruleIndex").asInt(-1);
            assertThat(index).isBetween(0, rules.size() - 1);
            assertThat(rules.path(index).path("id").asText())
                    .isEqualTo(r.path("ruleId").asText());
        }
    }

    @Test
    void columnsAreUtf16CodeUnits() throws Exception {
        JsonNode run = JSON.readTree(sarif.out()).path("runs").path(0);
        assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
    }

    @Test
    void levelsFollowSeverityAndHintsAreNotes() throws Exception {
        // Both formats list the same findings in the same order; the JSON one names the severity.
        JsonNode results = JSON.readTree(sarif.out()).path("runs").path(0).path("results");
        JsonNode diagnostics = JSON.readTree(json.out()).path("diagnostics");
        assertThat(results.size()).isEqualTo(diagnostics.size());
        Map<String, String> level =
                Map.of("error", "error", "warning", "warning", "information", "note", "hint", "note");
        int hints = 0;
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.path(i);
            JsonNode d = diagnostics.path(i);
            assertThat(r.path("ruleId").asText()).isEqualTo(d.path("code").asText());
            assertThat(r.path("level").asText())
                    .as("level of %s", d)
                    .isEqualTo(level.get(d.path("severity").asText()));
            if (d.path("severity").asText().equals("hint")) {
                hints++;
            }
        }
        assertThat(hints).as("the samples show hints (HL205, HL206)").isGreaterThan(0);

        JsonNode rules = JSON.readTree(sarif.out())
                .path("runs")
                .path(0)
                .path("tool")
                .path("driver")
                .path("rules");
        assertThat(rules.path(Code.HL206.ordinal())
                        .path("defaultConfiguration")
                        .path("level")
                        .asText())
                .isEqualTo("note");
    }

    @Test
    void locationsAreRelativeUrisWithOneBasedRegions() throws Exception {
        JsonNode results = JSON.readTree(sarif.out()).path("runs").path(0).path("results");
        JsonNode diagnostics = JSON.readTree(json.out()).path("diagnostics");
        for (int i = 0; i < results.size(); i++) {
            JsonNode physical = results.path(i).path("locations").path(0).path("physicalLocation");
            String uri = physical.path("artifactLocation").path("uri").asText();
            assertThat(uri).startsWith("samples/");
            assertThat(Files.exists(repoRoot.resolve(java.net.URI.create(uri).getPath())))
                    .as(uri)
                    .isTrue();
            JsonNode start = diagnostics.path(i).path("range").path("start");
            assertThat(physical.path("region").path("startLine").asInt())
                    .isEqualTo(start.path("line").asInt() + 1);
            assertThat(physical.path("region").path("startColumn").asInt())
                    .isEqualTo(start.path("character").asInt() + 1);
        }
    }
}
