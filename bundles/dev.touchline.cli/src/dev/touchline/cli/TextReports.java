package dev.touchline.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.model.util.Texts;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Severity;

/** Plain-text reports for people reading a terminal. */
final class TextReports {

    private TextReports() {
    }

    static void validation(List<ValidateCommand.Result> results, PrintStream out) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        for (ValidateCommand.Result r : results) {
            Map<Severity, Integer> counts = r.report().counts();
            out.println(Texts.oneLine(r.file()) + ": " + counts(counts));
            for (Finding f : r.report().errorsFirst()) {
                out.printf("  %-7s %-22s %s%s%n", f.severity().label(), f.rule().id(), Texts.oneLine(f.message()), departments(f));
            }
            errors += counts.get(Severity.ERROR);
            warnings += counts.get(Severity.WARNING);
            infos += counts.get(Severity.INFO);
        }
        if (results.size() > 1) {
            out.println("total: " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
                    + plural(infos, "info"));
        }
    }

    private static String departments(Finding f) {
        if (f.department() != null) {
            return "  [" + Texts.oneLine(f.department().getName()) + "]";
        }
        if (f.departments().isEmpty()) {
            return "";
        }
        return "  [no owner; supported by "
                + f.departments().stream().map(d -> Texts.oneLine(d.getName())).collect(Collectors.joining(", ")) + "]";
    }

    static String counts(Map<Severity, Integer> counts) {
        return plural(counts.get(Severity.ERROR), "error") + ", " + plural(counts.get(Severity.WARNING), "warning")
                + ", " + plural(counts.get(Severity.INFO), "info");
    }

    static void stats(String file, Map<String, Integer> elements, List<DepartmentFigures> departments, PrintStream out) {
        out.println(Texts.oneLine(file));
        StringBuilder line = new StringBuilder("  ");
        elements.forEach((kind, n) -> line.append(kind).append(' ').append(n).append(", "));
        out.println(line.substring(0, line.length() - 2));
        out.println();
        int width = Math.max(10, departments.stream().mapToInt(d -> name(d).length()).max().orElse(10));
        out.println("  departments, over " + (departments.isEmpty() ? "all journeys" : departments.get(0).scope().label())
                + ":");
        out.printf("  %-" + width + "s  %6s  %9s  %8s  %10s  %8s  %s%n", "department", "owned", "supported", "measured",
                "off target", "findings", "health");
        for (DepartmentFigures d : departments) {
            out.printf("  %-" + width + "s  %6d  %9d  %8d  %10d  %8d  %s%n", name(d), d.owned().size(),
                    d.supported().size(), d.measured(), d.offTarget(), d.findings().size(), d.health().label());
        }
    }

    private static String name(DepartmentFigures d) {
        return d.department().getName() == null ? "(unnamed)" : Texts.oneLine(d.department().getName());
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }
}
