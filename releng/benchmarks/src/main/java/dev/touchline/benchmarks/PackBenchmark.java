package dev.touchline.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.touchline.export.PosterPdf;
import dev.touchline.export.PosterSvg;
import dev.touchline.export.WorkshopPack;
import dev.touchline.io.ModelFiles;
import dev.touchline.map.JourneyMapLayout;
import dev.touchline.departments.FindingIndex;
import dev.touchline.map.MapLayout;
import dev.touchline.map.draw.MapView;
import dev.touchline.model.JourneyModel;
import dev.touchline.validation.ModelValidator;

/**
 * {@code touchline pack} after loading: validation, an SVG and a PDF poster per journey, a handout
 * per department, the gaps page and the workbook, zipped and written atomically; and one poster
 * alone in each format.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = { "-Xmx2g", "-XX:+UseParallelGC" })
public class PackBenchmark {

    @Param({ "2000" })
    public int touchpoints;

    private JourneyModel model;
    private Path zip;
    private MapLayout journey;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        model = ModelFiles.load(Models.file(touchpoints));
        zip = Models.scratch("pack-" + touchpoints + ".zip");
        journey = JourneyMapLayout.of(model.getJourneys().get(0),
                new FindingIndex(new ModelValidator().validateLoaded(model)));
    }

    /** One journey's poster as SVG (the first journey: 500 of the model's touchpoints). */
    @Benchmark
    public String posterSvg() {
        return PosterSvg.of(journey, MapView.PLAIN, "Touchline benchmark");
    }

    /** The same poster as PDF, in memory. */
    @Benchmark
    public int posterPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        PosterPdf.write(journey, MapView.PLAIN, "Touchline benchmark", out);
        return out.size();
    }

    @Benchmark
    public WorkshopPack.Contents workshopPack() throws Exception {
        return WorkshopPack.write(model, zip, "Touchline benchmark");
    }
}
