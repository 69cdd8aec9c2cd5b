package dev.touchline.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.io.ModelFileException;
import dev.touchline.io.ModelFiles;
import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.FindingIndex;
import dev.touchline.model.BrandPromise;
import dev.touchline.model.Channel;
import dev.touchline.model.Department;
import dev.touchline.model.EmployeeInsight;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Opportunity;
import dev.touchline.model.PainPoint;
import dev.touchline.model.Persona;
import dev.touchline.model.ServiceValue;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.ValidationReport;

/** {@code touchline stats}: what a model holds, and each department's share of it. */
final class StatsCommand implements Command {

    /** The kinds counted, in the order they are shown. */
    private static final List<Class<? extends EObject>> KINDS = List.of(Journey.class, Stage.class, Touchpoint.class,
            Measurement.class, Department.class, Persona.class, Channel.class, BrandPromise.class, ServiceValue.class,
            Metric.class, PainPoint.class, Opportunity.class, EmployeeInsight.class);
    private static final List<String> LABELS = List.of("journeys", "stages", "touchpoints", "measurements",
            "departments", "personas", "channels", "brand promises", "service values", "metrics", "pain points",
            "opportunities", "employee insights");

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "Count a model's elements, and per department its touchpoints and findings";
    }

    @Override
    public String help() {
        return """
                Usage: touchline stats FILE [--format text|json]

                Counts the journeys, stages, touchpoints, measurements and other elements of a model,
                and for every department: the touchpoints it owns, the touchpoints it supports, how
                many of its owned touchpoints are measured, and the validation findings that concern it.

                Options:
                  --format FORMAT   text (default) or json
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, ModelFileException {
        Arguments a = Arguments.parse(name(), args, Set.of("format"), Set.of());
        String format = a.choice("format", "text", "text", "json");
        if (a.positional().size() != 1) {
            throw a.usage("name exactly one model file");
        }
        String file = a.positional().get(0);
        JourneyModel model = ModelFiles.load(Path.of(file));
        ValidationReport report = new ModelValidator().validateLoaded(model);
        Map<String, Integer> counts = count(model);
        List<DepartmentFigures> departments = DepartmentFigures.all(model, DepartmentFigures.Scope.model(model),
                new FindingIndex(report));
        if (format.equals("json")) {
            out.println(JsonReports.stats(file, counts, departments));
        } else {
            TextReports.stats(file, counts, departments, out);
        }
        return TouchlineCli.OK;
    }

    static Map<String, Integer> count(JourneyModel model) {
        int[] n = new int[KINDS.size()];
        for (Iterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject e = it.next();
            for (int i = 0; i < n.length; i++) {
                if (KINDS.get(i).isInstance(e)) {
                    n[i]++;
                    break;
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < n.length; i++) {
            counts.put(LABELS.get(i), n[i]);
        }
        return counts;
    }
}
