package dev.handoffls.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.PropertyBudget;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The depth check parses the YAML's events only when it has more than {@code MAX_DEPTH} characters that can
 * open a list or mapping: skipping it must never let YAML nested deeper than that through.
 */
@AddLifecycleHook(PropertyBudget.class)
class DepthShortcutPropertyTest {
    private static final LoadSettings SETTINGS = LoadSettings.builder().build();

    @Provide
    Arbitrary<String> yamls() {
        Arbitrary<String> part = Arbitraries.of(
                "- ", "[", "]", "{", "}", "a: ", "? ", "\n", "  ", "x", ", ", "'q'", "&a ", "*a", "!!map ", "\"k\": ",
                "#c\n");
        return part.list().ofMaxSize(180).map(p -> String.join("", p));
    }

    @Property
    void yamlItSkipsNeverNestsTooDeep(@ForAll("yamls") String yaml) {
        if (!SafeYaml.mayNestTooDeep(yaml)) {
            try {
                assertThat(SafeYaml.tooDeep(SETTINGS, yaml)).isEmpty();
            } catch (RuntimeException notYaml) {
                // does not parse: the composer reports it, whatever its depth
            }
        }
    }

    @Test
    void deepFlowAndBlockNestingIsStillCaught() {
        String flow = "[".repeat(SafeYaml.MAX_DEPTH + 1) + "]".repeat(SafeYaml.MAX_DEPTH + 1);
        assertThat(SafeYaml.mayNestTooDeep(flow)).isTrue();
        assertThat(SafeYaml.tooDeep(SETTINGS, flow)).isPresent();
        String block = "- ".repeat(SafeYaml.MAX_DEPTH + 1) + "x\n";
        assertThat(SafeYaml.mayNestTooDeep(block)).isTrue();
        assertThat(SafeYaml.tooDeep(SETTINGS, block)).isPresent();
        StringBuilder mapping = new StringBuilder();
        for (int i = 0; i <= SafeYaml.MAX_DEPTH; i++) {
            mapping.append(" ".repeat(i)).append("k:\n");
        }
        mapping.append(" ".repeat(SafeYaml.MAX_DEPTH + 1)).append("v\n");
        assertThat(SafeYaml.mayNestTooDeep(mapping.toString())).isTrue();
        assertThat(SafeYaml.tooDeep(SETTINGS, mapping.toString())).isPresent();
        assertThat(SafeYaml.mayNestTooDeep("status: open\ndate: 2026-02-18\nowner: mei\n"))
                .isFalse();
    }
}
