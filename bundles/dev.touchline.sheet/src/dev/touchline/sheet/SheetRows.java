package dev.touchline.sheet;

import java.util.ArrayList;
import java.util.List;

import dev.touchline.model.Channel;
import dev.touchline.model.Department;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.Stage;
import dev.touchline.model.Touchpoint;

/**
 * The rows of a {@link Table} for a model, in model order. Cells are {@link String}s, or
 * {@link Number}s for number columns ({@code null} when empty).
 */
final class SheetRows {

    private final JourneyModel model;
    final Names<Department> departments;
    final Names<Channel> channels;
    final Names<Metric> metrics;
    final Names<Journey> journeys;

    SheetRows(JourneyModel model) {
        this.model = model;
        departments = new Names<>("department", model.getDepartments());
        channels = new Names<>("channel", model.getChannels());
        metrics = new Names<>("metric", model.getMetrics());
        journeys = new Names<>("journey", model.getJourneys());
    }

    List<Object[]> rows(Table table) {
        List<Object[]> rows = new ArrayList<>();
        for (Journey journey : model.getJourneys()) {
            Names<Stage> stages = new Names<>("stage", journey.getStages());
            for (Stage stage : journey.getStages()) {
                for (Touchpoint tp : stage.getTouchpoints()) {
                    if (table == Table.TOUCHPOINTS) {
                        rows.add(touchpointRow(journey, stages.cell(stage), tp));
                    } else {
                        for (Measurement m : tp.getMeasurements()) {
                            rows.add(measurementRow(tp, m));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private Object[] touchpointRow(Journey journey, String stage, Touchpoint tp) {
        String supporters = departments.cells(tp.getSupporters());
        return new Object[] { tp.getId(), journeys.cell(journey), stage, text(tp.getName()), text(tp.getDescription()),
                channels.cell(tp.getChannel()), tp.getVisibility().getLiteral(), departments.cell(tp.getOwner()),
                supporters, tp.getEmotion(), tp.isMomentOfTruth() ? "yes" : "no" };
    }

    private Object[] measurementRow(Touchpoint tp, Measurement m) {
        Metric metric = m.getMetric();
        return new Object[] { m.getId(), tp.getId(), text(tp.getName()), metrics.cell(metric), m.getTarget(),
                m.getActual(), metric == null ? "" : text(metric.getUnit()), text(m.getMeasuredOn()),
                text(m.getSource()) };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
