package dev.handoffls.features;

import static dev.handoffls.features.Pipeline.DIRECTIVE;
import static dev.handoffls.features.Pipeline.L2_3;
import static dev.handoffls.features.Pipeline.L2_4;
import static dev.handoffls.features.Pipeline.PT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.Cursor;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionsTest {
    private static final String NOTES = ".agent/teams/alpha/phase-4/worker-1/notes.md";
    private static final Range FILE_START = Range.of(0, 0, 0, 0);

    @TempDir
    Path tmp;

    private static Location at(String path, int sl, int sc, int el, int ec) {
        return new Location(path, Range.of(sl, sc, el, ec));
    }

    @Test
    void aReferenceAfterAnEmojiGoesToTheOriginInAnEarlierPhase() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("🚀 AD-1", "🚀 AD-|1"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(L2_4), c.position()))
                .containsExactly(at(L2_3, 5, 3, 5, 7));
        assertThat(Definitions.declaration(ws.index(), ws.document(L2_4), c.position()))
                .containsExactly(at(L2_3, 5, 3, 5, 7));
    }

    @Test
    void aPtItemGoesToItsOriginL2() {
        Cursor c = Cursor.of(Pipeline.PT_TEXT.replace("- [AD-1]", "- [|AD-1]"));
        TestWorkspace ws = Pipeline.in(tmp).file(PT, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(PT), c.position()))
                .containsExactly(at(L2_3, 5, 3, 5, 7));
    }

    @Test
    void theEndOfARangeGoesToItsOwnOrigin() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("through AD-2", "through AD-2|"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(DIRECTIVE), c.position()))
                .containsExactly(at(L2_3, 6, 3, 6, 7));
    }

    @Test
    void anIdDefinedOnlyForItsDocumentGoesToTheTeamDefinition() {
        Cursor c = Cursor.of("""
                # Worker notes
                ### OQ-7: Which queue?
                We still owe an answer to OQ-|7.
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(NOTES), c.position()))
                .containsExactly(at(NOTES, 1, 4, 1, 8));
    }

    @Test
    void anIdDefinedNowhereHasNoDefinition() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("through AD-4", "through AD-|4"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(DIRECTIVE), c.position()))
                .isEmpty();
    }

    @Test
    void aDirectiveInputGoesToTheFileResolvedFromThePipelineFolder() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("at: phase-3/", "at: phase-|3/"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(DIRECTIVE), c.position()))
                .containsExactly(new Location(L2_3, FILE_START));
        assertThat(Definitions.declaration(ws.index(), ws.document(DIRECTIVE), c.position()))
                .isEmpty();
    }

    @Test
    void aTaskPathFoundByNameGoesToThatFile() {
        Cursor c = Cursor.of("""
                # Worker notes
                - [ ] Deploy api_he|aler.py to Render
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text()).file("services/api/api_healer.py", "");
        assertThat(Definitions.definition(ws.index(), ws.document(NOTES), c.position()))
                .containsExactly(new Location("services/api/api_healer.py", FILE_START));
    }

    @Test
    void aLinkWithAnAnchorGoesToTheHeading() {
        Cursor c = Cursor.of("""
                # Worker notes
                See [the handoff](../../phase-3/coordinator/L2-su|mmary.md#downstream-handoff).
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(NOTES), c.position()))
                .containsExactly(at(L2_3, 2, 0, 2, 21));
    }

    @Test
    void aLinkWithAPythonMarkdownAnchorGoesToTheHeading() {
        Cursor c = Cursor.of("""
                # Worker notes
                See [setup](../../../../../docs/se|tup.md#setup-install).
                """);
        TestWorkspace ws =
                Pipeline.in(tmp).file(NOTES, c.text()).file("docs/setup.md", "# Setup\n## Setup & Install\n");
        assertThat(Definitions.definition(ws.index(), ws.document(NOTES), c.position()))
                .containsExactly(new Location("docs/setup.md", Range.of(1, 0, 1, 18)));
    }

    @Test
    void aWikiLinkGoesToTheNoteFoundIgnoringCase() {
        Cursor c = Cursor.of("""
                # Worker notes
                Background in [[event-sou|rcing]].
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text()).file("docs/Event-Sourcing.md", "# Event sourcing\n");
        assertThat(Definitions.definition(ws.index(), ws.document(NOTES), c.position()))
                .containsExactly(new Location("docs/Event-Sourcing.md", FILE_START));
    }

    @Test
    void aHandoffTicketNameAndADecisionNumberGoToTheirFiles() {
        String ticket = "handoffs/handoff-api-deploy-20260218.md";
        String decision = "decisions/decision-011-handoff-protocol.md";
        Cursor onTicket = Cursor.of("""
                # Worker notes
                Picked up from handoff-api-deploy-|20260218.md under Decision 011.
                """);
        TestWorkspace ws = Pipeline.in(tmp)
                .file(NOTES, onTicket.text())
                .file(ticket, "# Deploy the API\n**ID**: api-deploy\n")
                .file(decision, "# Decision 011: Handoff protocol\n");
        assertThat(Definitions.definition(ws.index(), ws.document(NOTES), onTicket.position()))
                .containsExactly(new Location(ticket, FILE_START));
        Cursor onDecision = Cursor.of(onTicket.text().replace("Decision 011", "Decision 0|11"));
        ws.file(NOTES, onDecision.text());
        assertThat(Definitions.definition(ws.index(), ws.document(NOTES), onDecision.position()))
                .containsExactly(new Location(decision, FILE_START));
    }

    @Test
    void plainProseHasNoDefinition() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("Built on", "Bu|ilt on"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text());
        assertThat(Definitions.definition(ws.index(), ws.document(L2_4), c.position()))
                .isEmpty();
    }
}
