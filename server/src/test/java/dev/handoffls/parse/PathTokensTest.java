package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.parse.PathTokens.Candidate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathTokensTest {
    private final PathTokens tokens = new PathTokens(HandoffConfig.defaults());

    private Optional<Candidate> bare(String token) {
        return tokens.classify(token, false);
    }

    private Optional<Candidate> code(String token) {
        return tokens.classify(token, true);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "api_healer.py",
                "docs/runbook.md",
                "L1-index.yaml",
                "src/app.ts",
                "scripts/run.sh",
                "schema.sql",
                "pyproject.toml",
                "package.json",
                "Dockerfile",
                "../sibling/x.md",
                "/etc/x.yaml"
            })
    void aBareTokenWithAKnownExtensionIsAPathThatNeedsNoRootCheck(String token) {
        assertThat(bare(token)).hasValueSatisfying(c -> {
            assertThat(c.path()).isEqualTo(token);
            assertThat(c.needsRootCheck()).isFalse();
        });
    }

    @Test
    void aBareTokenWithASlashAndNoExtensionIsAPathOnlyIfItsFirstSegmentExists() {
        assertThat(bare("crewai-service/handlers"))
                .hasValueSatisfying(c -> assertThat(c.needsRootCheck()).isTrue());
        // Prose like Gemini/Abacus or w/ is left to the resolver's root check.
        assertThat(bare("Gemini/Abacus"))
                .hasValueSatisfying(c -> assertThat(c.needsRootCheck()).isTrue());
        assertThat(bare("w/"))
                .hasValueSatisfying(c -> assertThat(c.needsRootCheck()).isTrue());
    }

    @Test
    void aFolderInInlineCodeIsAPath() {
        assertThat(code("L3-full/")).hasValueSatisfying(c -> {
            assertThat(c.path()).isEqualTo("L3-full/");
            assertThat(c.needsRootCheck()).isFalse();
        });
        assertThat(code("phase-4/planning-coord/L1-index.yaml"))
                .map(Candidate::path)
                .hasValue("phase-4/planning-coord/L1-index.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"README", "npm", "crewai-service", "v1.2.3", "e.g.", "Gemini", "200"})
    void aTokenWithoutSlashOrKnownExtensionIsNotAPath(String token) {
        assertThat(bare(token)).isEmpty();
        assertThat(code(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/releases/api_healer.py",
                "http://localhost:8000/health",
                "file:///tmp/x.md",
                "mailto:ops@example.com",
                "ops@example.com",
                "docs.example.com",
                "www.example.com/x.md"
            })
    void urlsEmailsAndHostsAreNotPaths(String token) {
        assertThat(bare(token)).isEmpty();
        assertThat(code(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEALER_LOG_PATH=_agents/_logs/", "CONFIG=config/app.yaml"})
    void assignmentsAreNotPaths(String token) {
        assertThat(bare(token)).isEmpty();
        assertThat(code(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ".agent/teams/{team}/permanent-task.md",
                "handoff-{topic}-YYYYMMDD.md",
                "<name>.md",
                "notes/[topic].md",
                "_agents/_logs/api_healer_YYYYMMDD.json",
                "logs/*.json",
                "*.py",
                "handoff-0001-...md",
                "handoff-0002-….md",
                "phase-…/L2-summary.md"
            })
    void templatesAndElisionsArePatternsNotPaths(String token) {
        assertThat(bare(token)).isEmpty();
        assertThat(code(token)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "src/app.py:12-30, src/app.py",
        "src/app.py:12, src/app.py",
        "src/app.py::handle_event, src/app.py",
        "api_healer.py::Healer.run, api_healer.py",
        "src/app.py:main, src/app.py",
        "lib/x.ts:parseThing, lib/x.ts",
        "src/app.py:main(), src/app.py",
        "api_healer.py::Healer.run(), api_healer.py"
    })
    void aLineOrSymbolSuffixIsIgnored(String token, String path) {
        assertThat(bare(token)).hasValueSatisfying(c -> {
            assertThat(c.path()).isEqualTo(path);
            assertThat(c.start()).isZero();
            assertThat(c.end()).isEqualTo(path.length());
        });
        assertThat(code(token)).map(Candidate::path).hasValue(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"~/x.py", "~/.config/handoff/config.yaml", "~/code/palantir/"})
    void aHomeRelativeTokenDescribesSomeonesMachineAndIsNotAPath(String token) {
        assertThat(bare(token)).isEmpty();
        assertThat(code(token)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Node.js", "Next.js", "Vue.js"})
    void aCapitalisedNameDotJsIsAProductName(String token) {
        assertThat(bare(token)).isEmpty();
        assertThat(code(token)).isEmpty();
    }

    @Test
    void aLowerCaseDotJsFileIsAPath() {
        assertThat(bare("server.js")).map(Candidate::path).hasValue("server.js");
        assertThat(bare("web/Node.js")).map(Candidate::path).hasValue("web/Node.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/health/api", "/health", "/api/v1/users"})
    void anAbsoluteTokenWithoutAnExtensionIsAnEndpoint(String token) {
        assertThat(bare(token)).isEmpty();
        assertThat(code(token)).isEmpty();
    }

    @Test
    void proseTokensLoseSurroundingPunctuationAndEmphasis() {
        assertThat(bare("api_healer.py,")).hasValue(new Candidate("api_healer.py", 0, 13, false));
        assertThat(bare("(docs/runbook.md).")).hasValue(new Candidate("docs/runbook.md", 1, 16, false));
        assertThat(bare("**api_healer.py**")).hasValue(new Candidate("api_healer.py", 2, 15, false));
        assertThat(bare("\"config.yaml\":")).hasValue(new Candidate("config.yaml", 1, 12, false));
    }

    @Test
    void aTrailingParentSegmentIsKept() {
        assertThat(code("../")).isEmpty();
        assertThat(bare("docs/..")).map(Candidate::path).hasValue("docs/..");
    }

    @Test
    void aHostLikeLastSegmentInProseIsNotAPathButInCodeItIs() {
        assertThat(bare("release/v1.2")).isEmpty();
        assertThat(code("release/v1.2")).map(Candidate::path).hasValue("release/v1.2");
    }
}
