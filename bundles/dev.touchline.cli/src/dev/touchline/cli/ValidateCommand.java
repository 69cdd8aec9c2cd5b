package dev.touchline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.Severity;
import dev.touchline.validation.ValidationReport;

/** {@code touchline validate}: the gaps in one or more models. */
final class ValidateCommand implements Command {

    /** One validated file. */
    record Result(String file, ValidationReport report) {
    }

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Find the gaps in journey models (touchpoints with no owner or no metric, ...)";
    }

    @Override
    public String help() {
        return """
                Usage: touchline validate FILE... [--format text|json|sarif] [--department NAME]
                                          [--fail-on error|warning|info]

                Checks each model against Touchline's rules (see docs/rules.md): every touchpoint has
                an owner department and a measurement, moments of truth are owned and measured against
                a target, promises are delivered and measured, departments have a role, and more.

                Options:
                  --format FORMAT     text (default), json, or sarif (SARIF 2.1.0, for code-scanning tools)
                  --department NAME   keep only the findings that concern this department's touchpoints
                                      (owned or supported) or the department itself
                  --fail-on SEVERITY  exit 1 when a finding is at or above SEVERITY (default: error)

                Exit codes: 0 no finding at or above --fail-on, 1 some, 2 usage error or unreadable file.
                Example: touchline validate samples/northwind-movers.touchline --department IT
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ModelFileException {
        Arguments a = Arguments.parse(name(), args, Set.of("format", "department", "fail-on"), Set.of());
        String format = a.choice("format", "text", "text", "json", "sarif");
        Severity failOn = Severity.parse(a.option("fail-on", "error"));
        if (failOn == null) {
            throw a.usage("--fail-on must be one of error, warning, info, not '" + a.option("fail-on", "") + "'");
        }
        if (a.positional().isEmpty()) {
            throw a.usage("name at least one model file");
        }
        String department = a.option("department", null);
        // Read every file before printing anything: a bad file gives an error, not half a report.
        List<JourneyModel> models = new ArrayList<>();
        for (String file : a.positional()) {
            JourneyModel model = ModelFiles.load(Path.of(file));
            UnknownContentWarnings.print(Path.of(file), model, err);
            models.add(model);
        }
        if (department != null && models.stream().noneMatch(m -> hasDepartment(m, department))) {
            throw a.usage("no department named '" + department + "' in " + String.join(", ", a.positional()));
        }
        ModelValidator validator = new ModelValidator();
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            ValidationReport report = validator.validateLoaded(models.get(i));
            results.add(new Result(a.positional().get(i), department == null ? report : report.forDepartment(department)));
        }
        switch (format) {
            case "json" -> out.println(JsonReports.validation(results));
            case "sarif" -> out.println(SarifReport.of(results));
            default -> TextReports.validation(results, out);
        }
        return results.stream().anyMatch(r -> r.report().hasAtLeast(failOn)) ? TouchlineCli.FINDINGS : TouchlineCli.OK;
    }

    private static boolean hasDepartment(JourneyModel model, String name) {
        for (Department d : model.getDepartments()) {
            if (d.getName() != null && d.getName().equalsIgnoreCase(name.trim())) {
                return true;
            }
        }
        return false;
    }
}
