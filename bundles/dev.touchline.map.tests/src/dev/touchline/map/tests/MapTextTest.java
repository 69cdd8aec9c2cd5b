package dev.touchline.map.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.touchline.map.MapText;
import dev.touchline.model.Measurement;
import dev.touchline.model.Metric;
import dev.touchline.model.TouchlineFactory;

class MapTextTest {

    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        assertEquals("4", MapText.number(4.0));
        assertEquals("99.95", MapText.number(99.95));
        assertEquals("0.0000001", MapText.number(1e-7));
        assertEquals("120000000000000000000", MapText.number(1.2e20));
        assertEquals("?", MapText.number(Double.NaN));
    }

    @Test
    void aMetricBarSpansTheScaleOrTheFigures() {
        Metric csat = TouchlineFactory.eINSTANCE.createMetric();
        csat.setName("CSAT");
        csat.setUnit("%");
        Measurement m = TouchlineFactory.eINSTANCE.createMeasurement();
        m.setMetric(csat);
        m.setTarget(80.0);
        m.setActual(60.0);
        assertArrayEquals(new double[] { 0, 96 }, MapText.metricRange(m), 1e-9, "0 to 1.2 × the larger figure");
        assertEquals(50, MapText.scale(48, MapText.metricRange(m), 100));
        csat.setScaleMin(0.0);
        csat.setScaleMax(100.0);
        assertArrayEquals(new double[] { 0, 100 }, MapText.metricRange(m), 1e-9);
        assertEquals(100, MapText.scale(250, MapText.metricRange(m), 100), "clamped to the bar");
        assertEquals("CSAT: 60 / 80 %", MapText.metricLabel(m));
        m.setActual(null);
        assertEquals("CSAT: no actual / 80 %", MapText.metricLabel(m));
    }
}
