package dev.touchline.benchmarks;

import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

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
 * The journey-map editor on a 2,000-touchpoint journey (6 stages), drawn offscreen into a
 * 1600 × 1000 image as the editor draws its viewport: the layout of the whole journey, the first
 * paint with a fresh drawing (no line broken yet) and a repaint. Needs a display (Xvfb).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class MapBenchmark {

    private Display display;
    private Shell shell;
    private Image viewport;
    private Journey journey;
    private FindingIndex findings;
    private MapLayout layout;
    private MapDrawing warm;
    private SwtColors colors;
    private final Rect visible = new Rect(0, 0, 1600, 1000);

    @Setup(Level.Trial)
    public void setUp() {
        JourneyModel model = SyntheticModel.generate(2000, 2000, 42);
        journey = model.getJourneys().get(0);
        findings = new FindingIndex(new ModelValidator().validate(model));
        layout = JourneyMapLayout.of(journey, findings);
        display = new Display();
        shell = new Shell(display);
        viewport = new Image(display, 1600, 1000);
        colors = new SwtColors(shell);
        warm = new MapDrawing();
        paint(warm);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        viewport.dispose();
        shell.dispose();
        display.dispose();
    }

    @Benchmark
    public MapLayout layout() {
        return JourneyMapLayout.of(journey, findings);
    }

    /** A new drawing: every text is measured and broken into lines again, as when the editor opens. */
    @Benchmark
    public void firstPaint() {
        paint(new MapDrawing());
    }

    @Benchmark
    public void repaint() {
        paint(warm);
    }

    private void paint(MapDrawing drawing) {
        GC gc = new GC(viewport);
        try {
            drawing.draw(new SwtSurface(gc, colors, drawing.text()), layout, MapView.PLAIN, visible);
        } finally {
            gc.dispose();
        }
        while (display.readAndDispatch()) {
            // keep the display's queue empty, as the editor's event loop does
        }
    }
}
