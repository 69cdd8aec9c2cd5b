package dev.touchline.benchmarks;

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

import dev.touchline.export.WorkshopPack;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;

/**
 * {@code touchline pack} after loading: validation, a poster per journey, a handout per
 * department, the gaps page and the workbook, zipped and written atomically.
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

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        model = ModelFiles.load(Models.file(touchpoints));
        zip = Models.scratch("pack-" + touchpoints + ".zip");
    }

    @Benchmark
    public WorkshopPack.Contents workshopPack() throws Exception {
        return WorkshopPack.write(model, zip, "Touchline benchmark");
    }
}
