package dev.touchline.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

import dev.touchline.cli.TouchlineCli;
import dev.touchline.io.ModelFiles;
import dev.touchline.model.JourneyModel;
import dev.touchline.sheet.SheetExport;
import dev.touchline.validation.ModelValidator;
import dev.touchline.validation.ValidationReport;

/**
 * A model file's life, side by side in one run: the floor (a raw SAX pass over the same file),
 * Touchline's load, save, full validation, {@code stats} and the XLSX export. EMF's load with
 * default options is {@link EmfDefaultLoadBenchmark}. Runs with the collector the command line
 * uses (see {@code touchline}); {@link WorkbenchLoadBenchmark} loads with the workbench's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = { "-Xmx4g", "-XX:+UseParallelGC" })
public class ModelFilesBenchmark {

    @Param({ "1000", "10000", "100000" })
    public int touchpoints;

    private Path file;
    private Path saved;
    private Path workbook;
    private JourneyModel model;
    private SAXParserFactory sax;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = Models.file(touchpoints);
        saved = Models.scratch("saved-" + touchpoints + ".touchline");
        workbook = Models.scratch("export-" + touchpoints + ".xlsx");
        model = ModelFiles.load(file);
        sax = Models.saxFactory();
    }

    /** The floor: the XML parser alone, building nothing. */
    @Benchmark
    public int saxPass() throws Exception {
        return Models.saxPass(sax, file);
    }

    @Benchmark
    public JourneyModel touchlineLoad() throws Exception {
        return ModelFiles.load(file);
    }

    /**
     * EMF's generic XMI reader with Touchline's options: what {@link #touchlineLoad} used before
     * it read files directly, and still uses for files outside the usual shape.
     */
    @Benchmark
    public JourneyModel genericLoad() throws Exception {
        return ModelFiles.loadGeneric(file);
    }

    @Benchmark
    public void save() throws Exception {
        ModelFiles.save(model, saved);
    }

    /** Every rule and EMF's structural constraints, as for a model built or edited in memory. */
    @Benchmark
    public ValidationReport validate() {
        return new ModelValidator().validate(model);
    }

    /** What {@code touchline validate} runs after loading: every rule (the loader checked the structure). */
    @Benchmark
    public ValidationReport validateLoaded() {
        return new ModelValidator().validateLoaded(model);
    }

    /**
     * The floor under validation: visiting every element of the model in validation's order,
     * checking nothing. Grows faster than the model once it no longer fits in the CPU caches.
     */
    @Benchmark
    public int walkOnly() {
        int[] elements = { 0 };
        dev.touchline.validation.internal.ContentWalk.forEach(model, e -> elements[0]++);
        return elements[0];
    }

    /** {@code touchline stats FILE}, in process: load, validate, count, print. */
    @Benchmark
    public int stats() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
        int code = new TouchlineCli(print, print).run("stats", file.toString());
        return code + out.size();
    }

    @Benchmark
    public void exportXlsx() throws Exception {
        SheetExport.write(model, workbook, null);
    }
}
