package dev.handoffls.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.rules.Checker;
import dev.handoffls.rules.Reach;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.Rules;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rule's metadata travels with the rule (STYLE habit 16): every registered rule declares what it
 * reads beyond its document, and what the server derives from the declarations is what it should be.
 * That the declarations are complete is proven by {@code DependentsParanoiaTest}.
 */
class RuleMetadataTest {

    @Test
    void everyRuleDeclaresWhatItReads() {
        for (Rule r : Rules.all()) {
            assertThat(r.reads()).as(r.code() + " reads()").isNotNull();
            assertThat(r.reach()).as(r.code() + " reach()").isNotNull();
        }
    }

    @Test
    void theEditorHoldsBackExactlyTheRulesThatReadParsedDocuments() {
        Set<Code> held = Checker.standard().heldBack(Fact.knownFromWalk());
        Set<Code> expected = EnumSet.noneOf(Code.class);
        Rules.all().stream()
                .filter(r -> r.reads().stream().anyMatch(Fact::needsParsedDocuments))
                .forEach(r -> expected.add(r.code()));
        expected.add(Code.HL005);
        assertThat(held).isEqualTo(expected);
        // A rule of the document alone, and one that needs only the walk, show while indexing.
        assertThat(held)
                .contains(Code.HL301, Code.HL204, Code.HL501, Code.HL310)
                .doesNotContain(Code.HL101, Code.HL304, Code.HL401);
    }

    @Test
    void beforeTheWalkOnlyTheRulesOfTheDocumentAloneShow() {
        Set<Code> held = Checker.standard().heldBack(Set.of());
        Set<Code> expected = EnumSet.noneOf(Code.class);
        Rules.all().stream().filter(r -> r.reach() != Reach.DOCUMENT).forEach(r -> expected.add(r.code()));
        expected.add(Code.HL005);
        assertThat(held).isEqualTo(expected).contains(Code.HL304).doesNotContain(Code.HL101, Code.HL401);
        assertThat(Checker.standard().heldBack(EnumSet.allOf(Fact.class))).isEmpty();
    }

    @Test
    void reachFollowsTheFacts() {
        assertThat(rule(Code.HL101).reach()).isEqualTo(Reach.DOCUMENT);
        assertThat(rule(Code.HL301).reach()).isEqualTo(Reach.SCOPE);
        assertThat(rule(Code.HL304).reach()).isEqualTo(Reach.WORKSPACE);
        assertThat(Checker.standard().factsRead()).isEqualTo(EnumSet.allOf(Fact.class));
    }

    private static Rule rule(Code code) {
        return Rules.all().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
    }
}
