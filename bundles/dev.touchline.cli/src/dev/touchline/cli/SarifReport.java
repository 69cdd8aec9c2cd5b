package dev.touchline.cli;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.touchline.io.ElementLines;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Rule;
import dev.touchline.validation.Severity;

/** Validation results as SARIF 2.1.0, the format code-scanning tools and CI dashboards read. */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static String of(List<ValidateCommand.Result> results) {
        JsonArray rules = new JsonArray();
        for (Rule rule : Rule.values()) {
            JsonObject r = new JsonObject();
            r.addProperty("id", rule.id());
            r.add("shortDescription", text(rule.title()));
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", level(Severity.of(rule.severity())));
            r.add("defaultConfiguration", configuration);
            rules.add(r);
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Touchline");
        driver.addProperty("version", TouchlineCli.version());
        driver.addProperty("informationUri", "https://touchline.dev");
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonArray sarifResults = new JsonArray();
        for (ValidateCommand.Result r : results) {
            String uri = uri(r.file());
            ElementLines lines = ElementLines.of(Path.of(r.file()));
            for (Finding f : r.report().findings()) {
                sarifResults.add(result(f, uri, lines.lineOf(f.elementId())));
            }
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("results", sarifResults);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA);
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        return JsonReports.GSON.toJson(root);
    }

    private static JsonObject result(Finding f, String uri, int line) {
        JsonObject logical = new JsonObject();
        logical.addProperty("name", f.elementName());
        logical.addProperty("fullyQualifiedName", f.elementPath());
        logical.addProperty("kind", "object");
        JsonArray logicals = new JsonArray();
        logicals.add(logical);
        JsonObject physical = new JsonObject();
        JsonObject artifact = new JsonObject();
        artifact.addProperty("uri", uri);
        physical.add("artifactLocation", artifact);
        if (line > 0) {
            JsonObject region = new JsonObject();
            region.addProperty("startLine", line);
            physical.add("region", region);
        }
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        location.add("logicalLocations", logicals);
        JsonArray locations = new JsonArray();
        locations.add(location);
        JsonObject properties = new JsonObject();
        properties.addProperty("elementId", f.elementId());
        properties.addProperty("elementType", f.elementType());
        if (f.department() != null) {
            properties.addProperty("department", f.department().getName());
        }
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", f.rule().id());
        result.addProperty("ruleIndex", f.rule().ordinal());
        result.addProperty("level", level(f.severity()));
        result.add("message", text(f.message()));
        result.add("locations", locations);
        result.add("properties", properties);
        return result;
    }

    private static JsonObject text(String text) {
        JsonObject message = new JsonObject();
        message.addProperty("text", text);
        return message;
    }

    /** SARIF levels: error, warning, note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a relative URI reference; an absolute one as a file URI. */
    private static String uri(String file) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        StringBuilder s = new StringBuilder();
        for (Path part : path.normalize()) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return s.toString();
    }
}
