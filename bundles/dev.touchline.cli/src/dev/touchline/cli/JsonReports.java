package dev.touchline.cli;

import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Severity;

/** JSON reports for scripts and dashboards. */
final class JsonReports {

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private JsonReports() {
    }

    static String validation(List<ValidateCommand.Result> results) {
        JsonArray files = new JsonArray();
        int[] totals = new int[3];
        for (ValidateCommand.Result r : results) {
            JsonArray diagnostics = new JsonArray();
            for (Finding f : r.report().findings()) {
                diagnostics.add(finding(f));
            }
            JsonObject file = new JsonObject();
            file.addProperty("file", r.file());
            file.add("diagnostics", diagnostics);
            files.add(file);
            Map<Severity, Integer> counts = r.report().counts();
            totals[0] += counts.get(Severity.ERROR);
            totals[1] += counts.get(Severity.WARNING);
            totals[2] += counts.get(Severity.INFO);
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("errors", totals[0]);
        summary.addProperty("warnings", totals[1]);
        summary.addProperty("infos", totals[2]);
        JsonObject root = new JsonObject();
        root.add("files", files);
        root.add("summary", summary);
        return GSON.toJson(root);
    }

    static JsonObject finding(Finding f) {
        JsonObject element = new JsonObject();
        element.addProperty("id", f.elementId());
        element.addProperty("type", f.elementType());
        element.addProperty("name", f.elementName());
        element.addProperty("path", f.elementPath());
        JsonObject d = new JsonObject();
        d.addProperty("rule", f.rule().id());
        d.addProperty("severity", f.severity().label());
        d.addProperty("message", f.message());
        d.add("element", element);
        d.addProperty("department", f.department() == null ? null : f.department().getName());
        return d;
    }

    static String stats(String file, Map<String, Integer> elements, List<DepartmentFigures> departments) {
        JsonObject counts = new JsonObject();
        elements.forEach(counts::addProperty);
        JsonArray rows = new JsonArray();
        for (DepartmentFigures s : departments) {
            JsonObject row = new JsonObject();
            row.addProperty("id", s.department().getId());
            row.addProperty("name", s.department().getName());
            row.addProperty("head", s.department().getHead());
            row.addProperty("owned", s.owned().size());
            row.addProperty("supported", s.supported().size());
            row.addProperty("measured", s.measured());
            row.addProperty("onTarget", s.onTarget());
            row.addProperty("offTarget", s.offTarget());
            row.addProperty("findings", s.findings().size());
            row.addProperty("errors", s.errors());
            row.addProperty("warnings", s.warnings());
            row.addProperty("health", s.health().name().toLowerCase(java.util.Locale.ROOT));
            rows.add(row);
        }
        JsonObject root = new JsonObject();
        root.addProperty("file", file);
        root.add("elements", counts);
        root.addProperty("departmentScope", departments.isEmpty() ? "all journeys" : departments.get(0).scope().label());
        root.add("departments", rows);
        return GSON.toJson(root);
    }
}
