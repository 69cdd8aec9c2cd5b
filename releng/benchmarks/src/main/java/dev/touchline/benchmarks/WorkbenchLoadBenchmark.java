package dev.touchline.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.SAXParserFactory;

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

import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;

/**
 * Loading as the workbench does, with the JVM's default collector (G1, short pauses for an
 * interactive application), beside a raw SAX pass in the same JVM. {@link ModelFilesBenchmark}
 * measures with the command line's parallel collector; the difference between the two is the
 * cost of copying a freshly built model that outlives the young generation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = { "-Xmx4g", "-XX:+UseG1GC" })
public class WorkbenchLoadBenchmark {

    @Param({ "1000", "10000", "100000" })
    public int touchpoints;

    private Path file;
    private SAXParserFactory sax;

    @Setup(Level.Trial)
    public void setUp() {
        file = Models.file(touchpoints);
        sax = Models.saxFactory();
    }

    @Benchmark
    public int saxPassG1() throws Exception {
        return Models.saxPass(sax, file);
    }

    @Benchmark
    public JourneyModel touchlineLoadG1() throws Exception {
        return ModelFiles.load(file);
    }
}
