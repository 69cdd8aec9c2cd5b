package dev.touchline.export;

import static dev.touchline.export.Markup.color;
import static dev.touchline.export.Markup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.touchline.departments.DepartmentFigures;
import dev.touchline.departments.Health;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapText;
import dev.touchline.map.Palette;
import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.Visibility;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Severity;
import dev.touchline.validation.ValidationReport;
import dev.touchline.validation.Targets;

/**
 * The HTML pages of a workshop pack: one handout per department, the list of gaps and the index.
 * Printable on A4 (tables repeat their headers, rows do not break), readable on screen, and inert:
 * a Content-Security-Policy that allows no script, no connection and nothing from elsewhere, all
 * model text escaped, links only between the pack's own files.
 */
final class Pages {

    /** Allows the page's own style element and nothing else. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'";

    /** The page's colours: the map's {@link Palette}, so a handout speaks in the colours of the map. */
    private static final String STYLE = Palette.cssVariables() + """
            @page { size: A4; margin: 14mm 12mm; }
            body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.35; }
            h1 { font-size: 20pt; margin: 0 0 .2rem; }
            h2 { font-size: 13pt; margin: 1.4rem 0 .4rem; border-bottom: 2px solid var(--header); padding-bottom: .15rem; }
            .sub { color: var(--muted); margin: 0 0 1rem; }
            .tiles { display: flex; flex-wrap: wrap; gap: .5rem; margin: .6rem 0; }
            .tile { border: 1px solid var(--line); border-radius: 6px; padding: .35rem .7rem; min-width: 7rem; }
            .tile b { display: block; font-size: 15pt; }
            table { border-collapse: collapse; width: 100%; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            th, td { text-align: left; vertical-align: top; padding: .25rem .4rem; border-bottom: 1px solid var(--line); }
            th { background: var(--gutter); font-size: 9.5pt; }
            td.where, td.small { color: var(--muted); font-size: 9.5pt; }
            .light { display: inline-block; width: .8em; height: .8em; border-radius: 50%; vertical-align: -.05em; margin-right: .3em; box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--ink) 25%, transparent); }
            .off { color: var(--poor); font-weight: bold; }
            .on { color: var(--good); }
            .sev-error { color: var(--poor); font-weight: bold; }
            .sev-warning { color: var(--watch-text); font-weight: bold; }
            .sev-info { color: var(--muted); }
            .none { color: var(--muted); font-style: italic; }
            footer { margin-top: 2rem; color: var(--muted); font-size: 9pt; }
            ul.files li { margin: .2rem 0; }
            """;

    private Pages() {
    }

    /** A department's handout: what it owns and supports, how that is doing, what to fix. */
    static String handout(DepartmentFigures figures, JourneyModel model, String caption) {
        Department department = figures.department();
        List<Touchpoint> owned = figures.owned();
        List<Touchpoint> supported = figures.supported();
        List<Finding> gaps = sorted(figures.findings());
        Health health = figures.health();
        StringBuilder s = start(name(department) + " \u2014 handout");
        s.append("<h1>").append(text(name(department))).append("</h1>\n<p class=\"sub\">");
        if (department.getHead() != null && !department.getHead().isBlank()) {
            s.append("Head: ").append(text(department.getHead())).append(" \u00b7 ");
        }
        s.append(text(name(model))).append(" \u00b7 figures over ").append(text(figures.scope().label()))
                .append("</p>\n");
        s.append("<div class=\"tiles\">");
        tile(s, Integer.toString(owned.size()), "touchpoints owned");
        tile(s, Integer.toString(supported.size()), "supported");
        tile(s, figures.measured() + " of " + owned.size(), "owned ones measured");
        tile(s, Integer.toString(figures.offTarget()), "measurements off target");
        tile(s, Integer.toString(gaps.size()), "gaps to close");
        s.append("<div class=\"tile\"><b>").append(light(Palette.of(health))).append(text(health.label()))
                .append("</b>health of what you own and support</div>");
        s.append("</div>\n");

        s.append("<h2>Touchpoints you own</h2>\n");
        if (owned.isEmpty()) {
            s.append("<p class=\"none\">None. Touchpoints get an owner on the map or in the workshop workbook.</p>\n");
        } else {
            s.append("<table><thead><tr><th>Where</th><th>Touchpoint</th><th>Channel</th><th>Seen by the customer</th>"
                    + "<th>Measurements (actual / target)</th><th>Brand promises</th></tr></thead><tbody>\n");
            for (Touchpoint t : owned) {
                s.append("<tr><td class=\"where\">").append(text(where(t))).append("</td><td>");
                if (t.isMomentOfTruth()) {
                    s.append("\u2605 ");
                }
                s.append(text(t.getName())).append("</td><td>").append(text(nameOr(t.getChannel() == null ? null
                        : t.getChannel().getName(), "no channel"))).append("</td><td>")
                        .append(seen(t.getVisibility())).append("</td><td>").append(measurements(t))
                        .append("</td><td class=\"small\">").append(text(promises(t))).append("</td></tr>\n");
            }
            s.append("</tbody></table>\n");
        }

        s.append("<h2>Touchpoints you support</h2>\n");
        if (supported.isEmpty()) {
            s.append("<p class=\"none\">None.</p>\n");
        } else {
            s.append("<table><thead><tr><th>Where</th><th>Touchpoint</th><th>Owner</th><th>Channel</th></tr></thead><tbody>\n");
            for (Touchpoint t : supported) {
                s.append("<tr><td class=\"where\">").append(text(where(t))).append("</td><td>").append(text(t.getName()))
                        .append("</td><td>").append(text(t.getOwner() == null ? "No owner" : name(t.getOwner())))
                        .append("</td><td>").append(text(nameOr(t.getChannel() == null ? null : t.getChannel().getName(),
                                "no channel")))
                        .append("</td></tr>\n");
            }
            s.append("</tbody></table>\n");
        }

        s.append("<h2>Brand promises you carry</h2>\n");
        List<BrandPromise> carried = figures.promises();
        if (carried.isEmpty()) {
            s.append("<p class=\"none\">None of your touchpoints is linked to a brand promise.</p>\n");
        } else {
            s.append("<ul>");
            for (BrandPromise p : carried) {
                s.append("<li>").append(text(p.getName()));
                if (p.getDescription() != null && !p.getDescription().isBlank()) {
                    s.append(" <span class=\"small\">\u2014 ").append(text(p.getDescription())).append("</span>");
                }
                s.append("</li>");
            }
            s.append("</ul>\n");
        }

        s.append("<h2>Gaps to close</h2>\n");
        findingsTable(s, gaps, false);
        return end(s, caption);
    }

    /** Every finding of the model, errors first, with the departments concerned. */
    static String gaps(JourneyModel model, FindingIndex findings, String caption) {
        StringBuilder s = start(name(model) + " \u2014 gaps");
        s.append("<h1>Gaps found by validation</h1>\n<p class=\"sub\">").append(text(name(model))).append("</p>\n");
        Map<Severity, Integer> counts = findings.report().counts();
        s.append("<div class=\"tiles\">");
        tile(s, Integer.toString(counts.getOrDefault(Severity.ERROR, 0)), "errors");
        tile(s, Integer.toString(counts.getOrDefault(Severity.WARNING, 0)), "warnings");
        tile(s, Integer.toString(counts.getOrDefault(Severity.INFO, 0)), "notes");
        s.append("</div>\n");
        findingsTable(s, sorted(findings.report().findings()), true);
        return end(s, caption);
    }

    /**
     * The first page of the pack: what is in it and how the workbook comes back. Each poster is
     * {path without ending, journey name}: an SVG, a PDF and a PDF of A3 sheets.
     */
    static String index(JourneyModel model, List<String[]> posters, List<String[]> handouts, String workbook,
            FindingIndex findings, String caption) {
        StringBuilder s = start(name(model) + " \u2014 workshop pack");
        s.append("<h1>").append(text(name(model))).append("</h1>\n<p class=\"sub\">Workshop pack</p>\n");
        s.append("<h2>Journey maps (posters)</h2>\n<ul class=\"files\">");
        for (String[] p : posters) {
            s.append("<li><a href=\"").append(p[0]).append(".svg\">").append(text(p[1]))
                    .append("</a> <span class=\"small\">(PDF: <a href=\"").append(p[0])
                    .append(".pdf\">one sheet for a plotter</a> \u00b7 <a href=\"").append(p[0])
                    .append("-a3.pdf\">A3 sheets to join</a>) \u00b7 heatmap of its departments: <a href=\"")
                    .append(p[0].replace("posters/", "heatmaps/")).append(".svg\">SVG</a>, <a href=\"")
                    .append(p[0].replace("posters/", "heatmaps/")).append(".pdf\">PDF</a></span></li>");
        }
        s.append("</ul>\n<h2>Department handouts</h2>\n<ul class=\"files\">");
        for (String[] h : handouts) {
            s.append("<li>").append(light(Integer.parseInt(h[2]))).append("<a href=\"").append(h[0]).append("\">")
                    .append(text(h[1])).append("</a> <span class=\"small\">").append(text(h[3])).append("</span></li>");
        }
        s.append("</ul>\n<h2>Gaps</h2>\n<p><a href=\"gaps.html\">").append(findings.report().findings().size())
                .append(" findings</a>, errors first, with the departments they concern.</p>\n");
        s.append("<h2>Workbook</h2>\n<p><a href=\"").append(workbook).append("\">").append(workbook).append("</a>: ")
                .append("touchpoints and measurements for participants to edit (owners, channels, targets, actuals). ")
                .append("Bring it back into the model with <code>touchline import MODEL ").append(workbook)
                .append("</code>; every cell is checked before anything changes.</p>\n");
        return end(s, caption);
    }

    // ---- parts

    private static StringBuilder start(String title) {
        StringBuilder s = new StringBuilder(1 << 14);
        s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\"/>\n")
                .append("<title>").append(text(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        return s;
    }

    private static String end(StringBuilder s, String caption) {
        s.append("<footer>").append(text(caption)).append("</footer>\n</body>\n</html>\n");
        return s.toString();
    }

    private static void tile(StringBuilder s, String figure, String label) {
        s.append("<div class=\"tile\"><b>").append(text(figure)).append("</b>").append(text(label)).append("</div>");
    }

    private static String light(int rgb) {
        return "<span class=\"light\" style=\"background:" + color(rgb) + "\"></span>";
    }

    private static void findingsTable(StringBuilder s, List<Finding> findings, boolean departments) {
        if (findings.isEmpty()) {
            s.append("<p class=\"none\">No gaps found.</p>\n");
            return;
        }
        s.append("<table><thead><tr><th>Severity</th><th>What to fix</th>");
        if (departments) {
            s.append("<th>Departments</th>");
        }
        s.append("</tr></thead><tbody>\n");
        for (Finding f : findings) {
            String severity = f.severity().name().toLowerCase(java.util.Locale.ROOT);
            s.append("<tr><td class=\"sev-").append(severity).append("\">").append(severity).append("</td><td>")
                    .append(text(f.message())).append("</td>");
            if (departments) {
                s.append("<td class=\"small\">").append(text(f.departmentNames())).append("</td>");
            }
            s.append("</tr>\n");
        }
        s.append("</tbody></table>\n");
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return new ValidationReport(findings).errorsFirst();
    }

    private static String measurements(Touchpoint t) {
        if (t.getMeasurements().isEmpty()) {
            return "<span class=\"off\">not measured</span>";
        }
        StringBuilder s = new StringBuilder();
        for (Measurement m : t.getMeasurements()) {
            if (!s.isEmpty()) {
                s.append("<br/>");
            }
            Metric metric = m.getMetric();
            String unit = metric == null || metric.getUnit() == null || metric.getUnit().isBlank() ? ""
                    : " " + metric.getUnit();
            String figures = (m.getActual() == null ? "no actual" : MapText.number(m.getActual())) + " / "
                    + (m.getTarget() == null ? "no target" : MapText.number(m.getTarget())) + unit;
            Targets.Status status = Targets.status(m);
            s.append(text(metric == null ? "(no metric)" : metric.getName())).append(": <span class=\"")
                    .append(status == Targets.Status.OFF_TARGET ? "off" : status == Targets.Status.ON_TARGET ? "on" : "small")
                    .append("\">").append(text(figures)).append("</span>");
        }
        return s.toString();
    }

    private static String promises(Touchpoint t) {
        List<String> names = new ArrayList<>();
        for (BrandPromise p : t.getPromises()) {
            names.add(p.getName());
        }
        return String.join(", ", names);
    }

    private static String seen(Visibility visibility) {
        return switch (visibility == null ? Visibility.FRONTSTAGE : visibility) {
            case BACKSTAGE -> "backstage";
            case SUPPORT -> "support";
            default -> "frontstage";
        };
    }

    private static String where(Touchpoint t) {
        Stage stage = t.eContainer() instanceof Stage st ? st : null;
        if (stage == null) {
            return "";
        }
        String journey = stage.eContainer() instanceof dev.touchline.model.Journey j ? j.getName() : null;
        return (journey == null ? "" : journey + " \u203a ") + stage.getName();
    }

    static String name(Department d) {
        return nameOr(d.getName(), d.getId() == null ? "Unnamed department" : d.getId());
    }

    static String name(JourneyModel m) {
        return nameOr(m.getName(), "Journey model");
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }
}
