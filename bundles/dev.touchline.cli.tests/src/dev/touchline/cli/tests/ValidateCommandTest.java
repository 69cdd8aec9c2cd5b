package dev.touchline.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.Rule;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSamplePrintsItsGapsAndExitsOne() {
        Cli cli = Cli.run("validate", Cli.SAMPLE);
        assertEquals(1, cli.exit(), cli::toString);
        assertTrue(cli.out().contains("touchpoint-owner"), cli::toString);
        assertTrue(cli.out().contains("Live truck tracking: touchpoint has no owner department"), cli::toString);
        assertTrue(cli.out().contains("touchpoint-metric"), cli::toString);
        assertTrue(cli.out().contains("measurement-off-target"), cli::toString);
        assertTrue(cli.out().startsWith(Cli.SAMPLE + ": 2 errors, "), cli::toString);
        assertEquals("", cli.err());
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path clean = dir.resolve("clean.touchline");
        JourneyModel model = SyntheticModel.generate(0, 1);
        ModelFiles.save(model, clean); // no touchpoints: only warnings and infos
        assertEquals(0, Cli.run("validate", clean.toString()).exit());
        assertEquals(1, Cli.run("validate", clean.toString(), "--fail-on", "warning").exit());
        assertEquals(1, Cli.run("validate", clean.toString(), "--fail-on=info").exit());
    }

    @Test
    void jsonHasTheDocumentedShape() {
        Cli cli = Cli.run("validate", Cli.SAMPLE, "--format", "json");
        assertEquals(1, cli.exit());
        JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray files = root.getAsJsonArray("files");
        assertEquals(1, files.size());
        JsonObject file = files.get(0).getAsJsonObject();
        assertEquals(Cli.SAMPLE, file.get("file").getAsString());
        int errors = 0;
        for (JsonElement e : file.getAsJsonArray("diagnostics")) {
            JsonObject d = e.getAsJsonObject();
            assertTrue(Rule.byId(d.get("rule").getAsString()) != null, d.toString());
            assertTrue(Set.of("error", "warning", "info").contains(d.get("severity").getAsString()));
            assertFalse(d.get("message").getAsString().isBlank());
            JsonObject element = d.getAsJsonObject("element");
            for (String key : new String[] { "id", "type", "name", "path" }) {
                assertTrue(element.has(key), key);
            }
            assertTrue(d.has("department"));
            if (d.get("severity").getAsString().equals("error")) {
                errors++;
            }
        }
        JsonObject summary = root.getAsJsonObject("summary");
        assertEquals(errors, summary.get("errors").getAsInt());
        assertTrue(summary.has("warnings") && summary.has("infos"));
        JsonObject owner = find(file.getAsJsonArray("diagnostics"), "touchpoint-owner");
        assertEquals("tp-truck-tracking", owner.getAsJsonObject("element").get("id").getAsString());
        assertEquals("Touchpoint", owner.getAsJsonObject("element").get("type").getAsString());
        assertTrue(owner.get("department").isJsonNull(), "no owner, so no accountable department");
        assertEquals("Field Operations",
                find(file.getAsJsonArray("diagnostics"), "measurement-off-target").get("department").getAsString());
    }

    @Test
    void sarifIsAValidSarif210Log() throws Exception {
        Cli cli = Cli.run("validate", Cli.SAMPLE, "--format", "sarif");
        assertEquals(1, cli.exit());
        JsonObject log = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        assertTrue(log.get("$schema").getAsString().contains("sarif-2.1.0"));
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject driver = run.getAsJsonObject("tool").getAsJsonObject("driver");
        assertEquals("Touchline", driver.get("name").getAsString());
        JsonArray rules = driver.getAsJsonArray("rules");
        Set<String> ruleIds = new HashSet<>();
        for (JsonElement r : rules) {
            ruleIds.add(r.getAsJsonObject().get("id").getAsString());
            assertFalse(r.getAsJsonObject().getAsJsonObject("shortDescription").get("text").getAsString().isBlank());
        }
        assertEquals(Rule.values().length, ruleIds.size());
        JsonArray results = run.getAsJsonArray("results");
        assertTrue(results.size() >= 3);
        for (JsonElement e : results) {
            JsonObject r = e.getAsJsonObject();
            String ruleId = r.get("ruleId").getAsString();
            assertEquals(ruleId, rules.get(r.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString(),
                    "ruleIndex points at the rule");
            assertTrue(Set.of("error", "warning", "note").contains(r.get("level").getAsString()));
            assertFalse(r.getAsJsonObject("message").get("text").getAsString().isBlank());
            JsonObject location = r.getAsJsonArray("locations").get(0).getAsJsonObject();
            assertEquals("../../samples/northwind-movers.touchline", location.getAsJsonObject("physicalLocation")
                    .getAsJsonObject("artifactLocation").get("uri").getAsString());
            assertFalse(location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("fullyQualifiedName")
                    .getAsString().isBlank());
        }
        JsonObject ownerRegion = null;
        for (JsonElement e : results) {
            if (e.getAsJsonObject().get("ruleId").getAsString().equals("touchpoint-owner")) {
                ownerRegion = e.getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                        .getAsJsonObject("physicalLocation").getAsJsonObject("region");
            }
        }
        java.util.List<String> lines = Files.readAllLines(Path.of(Cli.SAMPLE));
        int expected = 1 + java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains("id=\"tp-truck-tracking\"")).findFirst().orElseThrow();
        assertEquals(expected, ownerRegion.get("startLine").getAsInt(), "the region points at the touchpoint's line");
    }

    @Test
    void departmentFilterKeepsItsFindings() {
        Cli it = Cli.run("validate", Cli.SAMPLE, "--department", "IT", "--format", "json");
        JsonArray diagnostics = JsonParser.parseString(it.out()).getAsJsonObject().getAsJsonArray("files").get(0)
                .getAsJsonObject().getAsJsonArray("diagnostics");
        assertTrue(find(diagnostics, "touchpoint-owner") != null, "IT supports the unowned tracking touchpoint");
        assertTrue(find(diagnostics, "measurement-off-target") == null, "the crew's lateness is not IT's");
        Cli marketing = Cli.run("validate", Cli.SAMPLE, "--department", "Marketing");
        assertEquals(0, marketing.exit(), marketing::toString);
    }

    @Test
    void unknownDepartmentIsAUsageError() {
        Cli cli = Cli.run("validate", Cli.SAMPLE, "--department", "Catering");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("no department named 'Catering'"), cli::toString);
    }

    @Test
    void badFilesExitTwoWithAMessageAndNoOutput() throws Exception {
        Path doctype = dir.resolve("doctype.touchline");
        Files.writeString(doctype, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n");
        Path truncated = dir.resolve("truncated.touchline");
        String sample = Files.readString(Path.of(Cli.SAMPLE));
        Files.writeString(truncated, sample.substring(0, sample.length() / 3));
        Path foreign = dir.resolve("foreign.touchline");
        Files.writeString(foreign, "<?xml version=\"1.0\"?>\n<o:Thing xmlns:o=\"http://example.com/other\"/>\n");
        for (Path bad : new Path[] { doctype, truncated, foreign, dir.resolve("missing.touchline"), dir }) {
            Cli cli = Cli.run("validate", Cli.SAMPLE, bad.toString(), "--format", "json");
            assertEquals(2, cli.exit(), cli::toString);
            assertEquals("", cli.out(), "no partial output");
            assertTrue(cli.err().startsWith("touchline validate: " + bad), cli::toString);
            assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
        }
    }

    @Test
    void usageErrorsExitTwo() {
        for (String[] args : new String[][] { { "validate" }, { "validate", Cli.SAMPLE, "--format", "xml" },
                { "validate", Cli.SAMPLE, "--fail-on", "fatal" }, { "validate", Cli.SAMPLE, "--colour" },
                { "validate", Cli.SAMPLE, "--format" }, { "frobnicate" } }) {
            Cli cli = Cli.run(args);
            assertEquals(2, cli.exit(), cli::toString);
            assertTrue(cli.err().contains("touchline"), cli::toString);
            assertEquals("", cli.out());
        }
    }

    @Test
    void severalFilesAreReportedTogether() throws Exception {
        Path other = dir.resolve("other.touchline");
        ModelFiles.save(SyntheticModel.generate(60, 3), other);
        Cli cli = Cli.run("validate", Cli.SAMPLE, other.toString(), "--format", "json");
        JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(2, root.getAsJsonArray("files").size());
        int expected = new ModelValidator().validate(ModelFiles.load(other)).counts().get(dev.touchline.validation.Severity.ERROR)
                + new ModelValidator().validate(ModelFiles.load(Path.of(Cli.SAMPLE))).counts().get(dev.touchline.validation.Severity.ERROR);
        assertEquals(expected, root.getAsJsonObject("summary").get("errors").getAsInt());
    }

    private static JsonObject find(JsonArray diagnostics, String rule) {
        for (JsonElement e : diagnostics) {
            if (e.getAsJsonObject().get("rule").getAsString().equals(rule)) {
                return e.getAsJsonObject();
            }
        }
        return null;
    }

    @Test
    void unknownDataIsReportedAsAWarningWithItsLineAndValidationGoesOn() throws Exception {
        String sample = Files.readString(Path.of("../../samples/northwind-movers.touchline"));
        Path file = dir.resolve("newer.touchline");
        Files.writeString(file, sample.replace("<departments id=\"dep-it\" ",
                "<departments id=\"dep-it\" budget=\"1.2M\" "));
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(1, cli.exit(), "the sample's gaps are still found");
        int line = sample.lines().toList().indexOf(sample.lines().filter(l -> l.contains("id=\"dep-it\""))
                .findFirst().orElseThrow()) + 1;
        assertTrue(cli.err().contains("warning: " + file + ":" + line + ": IT: attribute 'budget' is not known"),
                cli.err());
        assertTrue(cli.out().contains("2 errors"), cli.out());
        assertTrue(Files.readString(file).contains("budget=\"1.2M\""), "the input is unchanged");
    }
}
