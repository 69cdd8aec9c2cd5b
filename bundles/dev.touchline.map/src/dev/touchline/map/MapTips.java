package dev.touchline.map;

import dev.touchline.departments.FindingIndex;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import dev.touchline.model.BrandPromise;
import dev.touchline.model.Department;
import dev.touchline.model.Measurement;
import dev.touchline.model.NamedElement;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;
import dev.touchline.model.util.ElementPaths;
import dev.touchline.validation.Finding;
import dev.touchline.validation.Rule;
import dev.touchline.validation.Targets;

/**
 * What the map says about the thing under the pointer: a badge's meaning and the finding behind
 * it, a card's details (owner, supporters, measurements with targets and actuals, promises,
 * findings), a metric bar's touchpoint. Headless, so every surface that shows the map can use it.
 */
public final class MapTips {

    private MapTips() {
    }

    /** The tip for map point {@code (x, y)}, or {@code null} over empty map. */
    public static String at(MapLayout layout, FindingIndex findings, int x, int y) {
        Badge badge = layout.badgeAt(x, y);
        EObject element = layout.elementAt(x, y);
        if (badge != null && element instanceof Touchpoint touchpoint) {
            return badge(badge, touchpoint, findings);
        }
        if (element instanceof Touchpoint touchpoint) {
            return card(touchpoint, findings);
        }
        if (element instanceof Measurement measurement) {
            return bar(measurement);
        }
        if (element instanceof Stage stage) {
            return "Stage " + label(stage) + (stage.getCustomerGoal() == null ? "" : "\nGoal: " + stage.getCustomerGoal())
                    + "\nDouble-click a text to edit it";
        }
        if (element instanceof NamedElement named) {
            String description = named.getDescription();
            return label(named) + (description == null || description.isBlank() ? "" : "\n" + description);
        }
        return null;
    }

    static String badge(Badge badge, Touchpoint touchpoint, FindingIndex findings) {
        StringBuilder s = new StringBuilder(badge.label()).append(": ").append(badge.meaning());
        Rule rule = switch (badge) {
            case NO_OWNER -> Rule.TOUCHPOINT_OWNER;
            case NO_MEASUREMENT -> Rule.TOUCHPOINT_METRIC;
            case OFF_TARGET -> Rule.MEASUREMENT_OFF_TARGET;
            case MOMENT_OF_TRUTH -> null;
        };
        for (Finding finding : findings.within(touchpoint)) {
            if (finding.rule() == rule) {
                s.append("\n\u2022 ").append(finding.message());
            }
        }
        return s.toString();
    }

    static String card(Touchpoint touchpoint, FindingIndex findings) {
        StringBuilder s = new StringBuilder(label(touchpoint));
        if (touchpoint.isMomentOfTruth()) {
            s.append("  \u2605 moment of truth");
        }
        s.append("\nChannel: ").append(touchpoint.getChannel() == null ? "none" : label(touchpoint.getChannel()))
                .append(" \u00b7 ").append(touchpoint.getVisibility().getLiteral());
        s.append("\nOwner: ").append(touchpoint.getOwner() == null ? "nobody" : label(touchpoint.getOwner()));
        if (!touchpoint.getSupporters().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Department d : touchpoint.getSupporters()) {
                names.add(label(d));
            }
            s.append(" \u00b7 supported by ").append(String.join(", ", names));
        }
        if (touchpoint.getMeasurements().isEmpty()) {
            s.append("\nMeasurements: none");
        } else {
            s.append("\nMeasurements:");
            for (Measurement m : touchpoint.getMeasurements()) {
                s.append("\n  ").append(MapText.metricLabel(m)).append(status(m));
            }
        }
        if (!touchpoint.getPromises().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (BrandPromise p : touchpoint.getPromises()) {
                names.add(label(p));
            }
            s.append("\nPromises: ").append(String.join(", ", names));
        }
        if (touchpoint.getEmotion() != null) {
            s.append("\nEmotion: ").append(MapText.signed(touchpoint.getEmotion()));
        }
        if (touchpoint.getEmpowerment() != dev.touchline.model.Empowerment.UNSPECIFIED) {
            s.append("\nEmpowerment: ").append(MapText.empowermentLabel(touchpoint.getEmpowerment()));
        }
        for (dev.touchline.model.EmployeeInsight insight : touchpoint.getInsights()) {
            s.append("\n").append(MapText.INSIGHT_GLYPH).append(" ").append(insight.getText() == null ? "" : insight.getText())
                    .append(insight.getReportedBy() == null ? "" : " (" + insight.getReportedBy() + ")");
        }
        List<Finding> within = findings.within(touchpoint);
        if (!within.isEmpty()) {
            s.append("\nFindings:");
            for (Finding f : within) {
                s.append("\n  ").append(f.severity().label()).append(": ").append(f.message());
            }
        }
        return s.toString();
    }

    static String bar(Measurement measurement) {
        String of = measurement.eContainer() instanceof Touchpoint t ? "\nMeasures touchpoint " + label(t) : "";
        return MapText.metricLabel(measurement) + status(measurement) + of;
    }

    private static String status(Measurement measurement) {
        return switch (Targets.status(measurement)) {
            case ON_TARGET -> " \u2014 on target";
            case OFF_TARGET -> " \u2014 off target";
            case UNKNOWN -> "";
        };
    }

    private static String label(EObject element) {
        return ElementPaths.label(element);
    }
}
