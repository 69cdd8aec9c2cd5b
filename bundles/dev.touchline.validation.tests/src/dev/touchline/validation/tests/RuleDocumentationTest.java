package dev.touchline.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.touchline.validation.Rule;

/** docs/rules.md documents every rule of the catalogue, with its severity. */
class RuleDocumentationTest {

    @Test
    void everyRuleHasASectionAndARowInTheTable() throws Exception {
        String doc = Files.readString(Path.of("../../docs/rules.md"));
        for (Rule rule : Rule.values()) {
            assertTrue(doc.contains("\n### " + rule.id() + "\n"), "docs/rules.md has a section for " + rule.id());
            String severity = switch (rule.severity()) {
                case org.eclipse.emf.common.util.Diagnostic.ERROR -> "error";
                case org.eclipse.emf.common.util.Diagnostic.WARNING -> "warning";
                default -> "info";
            };
            assertTrue(doc.contains("| [" + rule.id() + "](#" + rule.id() + ") | " + severity + " |"),
                    "docs/rules.md lists " + rule.id() + " as " + severity);
        }
    }
}
