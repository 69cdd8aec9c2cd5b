package dev.touchline.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.touchline.map.JourneyMapLayout;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapLayout;
import dev.touchline.map.Rect;
import dev.touchline.model.Journey;
import dev.touchline.model.JourneyModel;
import dev.touchline.model.synthetic.SyntheticModel;
import dev.touchline.map.draw.MapDrawing;
import dev.touchline.map.draw.MapView;
import dev.touchline.ui.editor.SwtColors;
import dev.touchline.ui.editor.SwtSurface;
import dev.touchline.validation.ModelValidator;

/**
 * Measures (does not assert) the journey map on a generated 2,000-touchpoint journey: layout,
 * first paint of a 1600×1000 viewport with a fresh drawing (no line breaks cached), repaint of the same
 * viewport, and a paint of the whole map. Run with releng/benchmark-map.sh; writes
 * target/benchmarks/map.md.
 */
@Tag("benchmark")
class MapPaintBenchmark {

    private static final int ROUNDS = 15;

    @Test
    void layoutAndPaintOfA2000TouchpointMap() throws Exception {
        JourneyModel model = SyntheticModel.generate(2000, 2000, 42);
        Journey journey = model.getJourneys().get(0);
        int touchpoints = journey.getStages().stream().mapToInt(s -> s.getTouchpoints().size()).sum();
        FindingIndex findings = new FindingIndex(new ModelValidator().validate(model));

        long[] layout = measure(() -> {
            long start = System.nanoTime();
            JourneyMapLayout.of(journey, findings);
            return System.nanoTime() - start;
        });
        MapLayout map = JourneyMapLayout.of(journey, findings);
        Shell shell = new Shell(Ui.display());
        Image viewport = new Image(Ui.display(), 1600, 1000);
        Rect visible = new Rect(0, 0, 1600, 1000);
        try {
            // the very first paint of the process: loads the map's font files too
            long cold = paint(new MapDrawing(), new SwtColors(shell), viewport, map, visible);
            long[] first = measure(() -> {
                return paint(new MapDrawing(), new SwtColors(shell), viewport, map, visible);
            });
            MapDrawing warm = new MapDrawing();
            SwtColors colors = new SwtColors(shell);
            paint(warm, colors, viewport, map, visible);
            long[] repaint = measure(() -> paint(warm, colors, viewport, map, visible));
            Rect whole = new Rect(0, 0, map.width(), map.height());
            long[] full = measure(() -> paint(warm, colors, viewport, map, whole));
            String report = String.format(Locale.ROOT, """
                    # Journey map: layout and paint (%d touchpoints in one journey, %d stages)

                    Map %d × %d px; viewport 1600 × 1000; %d rounds each, median (min–max), ms.
                    JDK %s, %d cores.

                    | What | Median | Min | Max |
                    |---|---:|---:|---:|
                    | Layout (whole journey) | %s | %s | %s |
                    | Very first paint of the process (loads the font files; one run) | %s | | |
                    | First paint of the viewport (fresh drawing, no line-break cache) | %s | %s | %s |
                    | Repaint of the viewport | %s | %s | %s |
                    | Paint of the whole map (not done by the editor) | %s | %s | %s |
                    """, touchpoints, journey.getStages().size(), map.width(), map.height(), ROUNDS,
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    ms(median(layout)), ms(layout[0]), ms(layout[ROUNDS - 1]), ms(cold),
                    ms(median(first)), ms(first[0]), ms(first[ROUNDS - 1]),
                    ms(median(repaint)), ms(repaint[0]), ms(repaint[ROUNDS - 1]),
                    ms(median(full)), ms(full[0]), ms(full[ROUNDS - 1]));
            Path out = Path.of("target/benchmarks/map.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            // What was painted, for a person to look at.
            paint(warm, colors, viewport, map, visible);
            org.eclipse.swt.graphics.ImageLoader png = new org.eclipse.swt.graphics.ImageLoader();
            png.data = new org.eclipse.swt.graphics.ImageData[] { viewport.getImageData() };
            png.save(out.resolveSibling("map-2000-viewport.png").toString(), org.eclipse.swt.SWT.IMAGE_PNG);
            System.out.println(report);
        } finally {
            viewport.dispose();
            shell.dispose();
        }
    }

    private static long paint(MapDrawing drawing, SwtColors colors, Image image, MapLayout map, Rect area) {
        GC gc = new GC(image);
        try {
            long start = System.nanoTime();
            drawing.draw(new SwtSurface(gc, colors, drawing.text()), map, MapView.PLAIN, area);
            return System.nanoTime() - start;
        } finally {
            gc.dispose();
        }
    }

    private static long[] measure(LongSupplier run) {
        for (int i = 0; i < 3; i++) {
            run.getAsLong(); // warm-up
        }
        long[] times = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            times[i] = run.getAsLong();
        }
        Arrays.sort(times);
        return times;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
