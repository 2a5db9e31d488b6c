package dev.handoffls.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/rules.md has one entry per code, headed exactly as the editor links to it. */
class RulesDocTest {
    private static final Path DOC =
            Path.of(System.getProperty("handoff.repoRoot", "..")).resolve("docs/rules.md");
    private static final Pattern ENTRY = Pattern.compile("(?m)^## (HL\\d{3}) ([a-z0-9-]+)\\s*$");

    @Test
    void everyCodeHasAnEntryWithItsName() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8).replaceAll("(?s)```.*?```", "");
        Matcher m = ENTRY.matcher(doc);
        Set<String> entries = new java.util.HashSet<>();
        while (m.find()) {
            entries.add(m.group(1) + " " + m.group(2));
        }
        List<String> expected = Arrays.stream(Code.values())
                .map(c -> c.name() + " " + c.ruleName())
                .toList();
        assertThat(entries).containsAll(expected);
    }

    @Test
    void everyEntryShowsAFiringAndANearMissExample() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (Code c : Code.values()) {
            int at = doc.indexOf("## " + c.name() + " ");
            int next = doc.indexOf("\n## HL", at + 1);
            String entry = doc.substring(at, next < 0 ? doc.length() : next);
            if (c.name().startsWith("HL0")) {
                continue;
            }
            assertThat(entry).as(c.name()).contains("**Fires:**").contains("**Does not fire:**");
        }
    }

    @Test
    void everyRuleClassHasAUniqueCodeAndEveryHandoffCodeIsImplemented() {
        List<Code> codes = Rules.all().stream().map(Rule::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
        Set<Code> implemented = codes.stream().collect(Collectors.toSet());
        for (Code c : Code.values()) {
            boolean required = c.name().compareTo("HL101") >= 0;
            if (required) {
                assertThat(implemented).as("rule class for " + c).contains(c);
            }
        }
    }
}
