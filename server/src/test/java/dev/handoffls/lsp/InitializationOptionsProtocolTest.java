package dev.handoffls.lsp;

import static dev.handoffls.lsp.RecordingClient.codes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings given at initialize hold when the client answers {@code workspace/configuration} with null, as
 * the protocol says a client does for a section it cannot provide (and editors without a {@code handoff}
 * section do). The null arrived as a JSON null and reset them to the defaults: a debounce of 0 became
 * 150 ms, found through {@code TextSyncPropertyTest}.
 */
class InitializationOptionsProtocolTest {
    @TempDir
    Path tmp;

    @Test
    void aNullConfigurationAnswerKeepsTheSettingsGivenAtInitialize() throws Exception {
        String l2 = ProtocolBehaviourTest.L2;
        TestWorkspace.in(tmp).file(l2, ProtocolBehaviourTest.TEXT);
        try (LspConnection lsp = new LspConnection()) {
            lsp.start(tmp, Map.of("handoff", Map.of("severity", Map.of("HL206", "off"))));
            // The client answers the server's configuration request (its configuration is null) on the
            // thread that reads settle()'s answers, so the didOpen below reaches the server after that answer.
            lsp.settle();
            String uri = LspConnection.uri(tmp, l2);
            lsp.open(uri, 1, ProtocolBehaviourTest.TEXT);
            lsp.settle();

            List<PublishDiagnosticsParams> published = lsp.client.diagnosticsFor(uri);
            assertThat(published).isNotEmpty();
            assertThat(codes(published.get(published.size() - 1))).doesNotContain("HL206");
        }
    }
}
