package dev.handoffls.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Architecture invariant (ARCHITECTURE.md): the engine — everything but the {@code lsp} and
 * {@code cli} adapter packages and {@code Main} — imports nothing from lsp4j or the JSON library.
 */
class EngineIndependenceTest {
    private static final Path MAIN =
            Path.of(System.getProperty("handoff.repoRoot", "..")).resolve("server/src/main/java/dev/handoffls");

    @Test
    void engineClassesDoNotImportLsp4j() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !isAdapter(MAIN.relativize(p).toString().replace('\\', '/')))
                    .filter(EngineIndependenceTest::mentionsProtocolLibraries)
                    .map(p -> MAIN.relativize(p).toString())
                    .toList();
        }
        assertThat(offenders).as("engine files that use lsp4j or gson").isEmpty();
    }

    @Test
    void theCheckCoversTheEngine() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("rules"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count())
                    .isGreaterThan(30);
        }
    }

    private static boolean isAdapter(String relative) {
        return relative.startsWith("lsp/") || relative.startsWith("cli/") || relative.equals("Main.java");
    }

    private static boolean mentionsProtocolLibraries(Path p) {
        try {
            String s = Files.readString(p, StandardCharsets.UTF_8);
            return s.contains("org.eclipse.lsp4j") || s.contains("com.google.gson");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
